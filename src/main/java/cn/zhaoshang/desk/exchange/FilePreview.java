package cn.zhaoshang.desk.exchange;

import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.exchange.file.TableSource;
import cn.zhaoshang.desk.exchange.rows.ParsedRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The first rows of a file as the wizard's preview shows them: each row's cells and, per column,
 * what rejects the row (problems) and what is left out of it (warnings), null where the cell is
 * fine; plus whole-row ones. Totals and notes rows (合计, 注：…) are marked as skipped.
 *
 * @param source   what was detected ("CSV · GB18030 · ';'")
 * @param mapping  the mapping the rows were read with (with each money column's unit)
 * @param rows     up to the requested number of rows
 */
public record FilePreview(String source, ColumnMapping mapping, List<Row> rows) {
    /** One previewed row. */
    public record Row(long line, List<String> cells, List<String> cellProblems, List<String> cellWarnings,
                      List<String> rowProblems, List<String> rowWarnings, boolean skipped) {
        /** A parsed row as the preview shows it: each reason beside its cell where it has one. */
        public static Row of(ParsedRow parsed, ColumnMapping mapping, TableSource.SourceRow row, Messages messages) {
            int width = Math.max(mapping.headers().size(), row.cells().length);
            List<String> cells = new ArrayList<>(Arrays.asList(Arrays.copyOf(row.cells(), width)));
            List<String> cellProblems = new ArrayList<>(Collections.nCopies(width, (String) null));
            List<String> cellWarnings = new ArrayList<>(Collections.nCopies(width, (String) null));
            List<String> rowProblems = new ArrayList<>();
            List<String> rowWarnings = new ArrayList<>();
            for (ParsedRow.Problem p : parsed.problems()) {
                place(p.column(), Reasons.describe(p, messages), cellProblems, rowProblems);
            }
            for (ParsedRow.Problem w : parsed.warnings()) {
                place(w.column(), Reasons.describeWarning(w, messages), cellWarnings, rowWarnings);
            }
            return new Row(row.lineNumber(), cells, cellProblems, cellWarnings, rowProblems, rowWarnings, parsed.isNote());
        }

        private static void place(int column, String text, List<String> byCell, List<String> byRow) {
            if (column >= 0 && column < byCell.size() && byCell.get(column) == null) {
                byCell.set(column, text);
            } else {
                byRow.add(text);
            }
        }

        /** Every reason the row is rejected, cell by cell, then for the row. */
        public List<String> allProblems() {
            return all(cellProblems, rowProblems);
        }

        /** Everything left out of the row, cell by cell, then for the row. */
        public List<String> allWarnings() {
            return all(cellWarnings, rowWarnings);
        }

        public boolean isRejected() {
            return !allProblems().isEmpty();
        }

        public boolean hasWarnings() {
            return !allWarnings().isEmpty();
        }

        private static List<String> all(List<String> cells, List<String> row) {
            List<String> all = new ArrayList<>();
            cells.stream().filter(Objects::nonNull).forEach(all::add);
            all.addAll(row);
            return all;
        }
    }

    public long rejectedCount() {
        return rows.stream().filter(Row::isRejected).count();
    }

    public long warnedCount() {
        return rows.stream().filter(r -> !r.isRejected() && r.hasWarnings()).count();
    }

    public long skippedCount() {
        return rows.stream().filter(Row::skipped).count();
    }
}
