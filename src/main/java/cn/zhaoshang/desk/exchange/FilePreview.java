package cn.zhaoshang.desk.exchange;

import java.util.List;

/**
 * The first rows of a file as the wizard's preview shows them: each row's cells and, per column,
 * what is wrong (null when fine), plus whole-row problems.
 *
 * @param source   what was detected ("CSV · GB18030 · ';'")
 * @param mapping  the mapping the rows were read with
 * @param rows     up to the requested number of data rows
 */
public record FilePreview(String source, ColumnMapping mapping, List<Row> rows) {
    /** One previewed row. */
    public record Row(long line, List<String> cells, List<String> cellProblems, List<String> rowProblems) {
        /** Every reason, cell by cell, then for the row. */
        public List<String> allProblems() {
            List<String> all = new java.util.ArrayList<>();
            cellProblems.stream().filter(p -> p != null).forEach(all::add);
            all.addAll(rowProblems);
            return all;
        }

        public boolean isRejected() {
            return !rowProblems.isEmpty() || cellProblems.stream().anyMatch(p -> p != null);
        }
    }

    public long rejectedCount() {
        return rows.stream().filter(Row::isRejected).count();
    }
}
