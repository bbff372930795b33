package cn.zhaoshang.desk.team;

import java.time.LocalDate;
import java.util.UUID;

/** A person's time in a team (轮岗): from/to dates; to is null while the person is still there. */
public record Membership(UUID id, int version, UUID teamId, String teamName, UUID personId, String personName,
                         String unitName, String role, LocalDate from, LocalDate to) {
    public boolean currentOn(LocalDate day) {
        return !from.isAfter(day) && (to == null || !to.isBefore(day));
    }
}
