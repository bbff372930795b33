package cn.zhaoshang.desk.exchange;

/**
 * What undoing an import did: rows it had created now in the trash, rows it had updated put back,
 * and updated rows left alone because someone changed them after the import.
 */
public record UndoSummary(long removed, long restored, long keptChangedSince) {
}
