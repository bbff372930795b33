package cn.zhaoshang.desk.exchange;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One line of the export log (导出记录): who took which personal data out, when, and whether masked. */
public record ExportRecord(UUID id, OffsetDateTime occurredAt, String userName, String kind, String filter,
                           int rows, boolean masked, String fileName) {
}
