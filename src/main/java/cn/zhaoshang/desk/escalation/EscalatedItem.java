package cn.zhaoshang.desk.escalation;

import java.time.LocalDate;
import java.util.UUID;

/** An overdue task or request that was escalated, as the 督办 view lists it (still open, still overdue). */
public record EscalatedItem(Subject kind, UUID id, String title, String companyName, UUID teamId, String teamName,
                            LocalDate dueOn, EscalationLevel level, LocalDate escalatedOn, long daysOverdue) {
    /** What was escalated. */
    public enum Subject { TASK, REQUEST }
}
