package cn.zhaoshang.desk.task;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A row of a supervised task's report log: either a progress report (dated entry with text and who
 * gave it) or a report-back date added by hand ({@code dueOn} set, not yet reported).
 */
public record TaskReport(UUID id, UUID taskId, LocalDate dueOn, LocalDate reportedOn, String progress, String reportedBy) {
    public boolean isProgress() {
        return reportedOn != null;
    }
}
