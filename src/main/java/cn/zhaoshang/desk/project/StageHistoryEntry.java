package cn.zhaoshang.desk.project;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One row of a project's stage history: from and to (from is null for the first), the day it
 * happened, who recorded it and when, the reason, and the data it recorded or cleared.
 */
public record StageHistoryEntry(UUID id, ProjectStage from, ProjectStage to, LocalDate changedOn, String changedBy,
                                OffsetDateTime recordedAt, String reason, List<HistoryDetails.Entry> details) {
}
