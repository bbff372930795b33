package cn.zhaoshang.desk.history;

import java.time.OffsetDateTime;

/** One export of data (personal data under PIPL): who, when, what, how many rows, masked or not. */
public record ExportEntry(OffsetDateTime occurredAt, String userName, String kind, String filter, int rows,
                          boolean masked, boolean encrypted, String fileName) {
}
