package cn.zhaoshang.desk.company;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * 走访/洽谈记录: one entry of a company's visit and talk log. Append-only: a correction is a new
 * entry whose {@code correctsId} names the entry it corrects.
 *
 * @param taskId        the task made from this entry's next step, if any
 * @param correctedById the newest entry that corrects this one, if any
 */
public record Interaction(UUID id, UUID companyId, LocalDate occurredOn, InteractionKind kind, String ourParticipants,
                          String theirParticipants, String summary, String nextStep, LocalDate nextStepDueOn,
                          UUID correctsId, String recordedBy, OffsetDateTime recordedAt, UUID taskId,
                          UUID correctedById) {
    /** What a user writes for a new entry (or a correction). */
    public record Draft(LocalDate occurredOn, InteractionKind kind, String ourParticipants, String theirParticipants,
                        String summary, String nextStep, LocalDate nextStepDueOn) {
    }

    public boolean isCorrected() {
        return correctedById != null;
    }

    public boolean hasNextStep() {
        return nextStep != null && !nextStep.isBlank();
    }
}
