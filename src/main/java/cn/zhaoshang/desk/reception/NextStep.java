package cn.zhaoshang.desk.reception;

import java.time.LocalDate;
import java.util.UUID;

/** A next step agreed at a reception; {@code taskId} once it became a task. */
public record NextStep(UUID id, int version, String text, LocalDate dueOn, UUID taskId) {
    public static NextStep of(String text, LocalDate dueOn) {
        return new NextStep(null, 0, text, dueOn, null);
    }
}
