package cn.zhaoshang.desk.task;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A visit's next step that no task tracks yet (a planned visit, 计划走访): what was agreed, by when,
 * with whom. {@code kind} is the interaction kind as stored (VISIT_OUT, CALL …).
 */
public record NextStep(UUID interactionId, UUID companyId, String companyName, UUID projectId, LocalDate occurredOn,
                       String kind, String nextStep, LocalDate dueOn, String recordedBy) {
}
