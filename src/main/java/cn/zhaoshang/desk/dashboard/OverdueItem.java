package cn.zhaoshang.desk.dashboard;

import java.time.LocalDate;
import java.util.UUID;

/** An open supervision item (督办) past its due date. */
public record OverdueItem(UUID taskId, String title, String supervisionLevel, LocalDate dueOn, long daysOverdue,
                          String teamName, String assigneeName, String projectName) {
}
