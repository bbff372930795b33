package cn.zhaoshang.desk.event;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An event (招商推介会, 签约仪式, 项目观摩) with its invitees and the projects signed at it. */
public record FieldEvent(UUID id, int version, EventKind kind, String name, LocalDate heldOn, String city, String venue,
                         String notes, List<Invitee> invitees, List<Signing> signings, String recordedBy) {
    public long attendedCount() {
        return invitees.stream().filter(Invitee::attended).count();
    }
}
