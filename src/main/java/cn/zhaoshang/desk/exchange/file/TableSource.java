package cn.zhaoshang.desk.exchange.file;

import java.io.Closeable;
import java.util.List;

/**
 * A table read from a file one row at a time (never the whole file in memory): the header row, then
 * data rows. Blank rows are passed over. Implementations: CSV in any of the usual encodings and
 * delimiters, and the first sheet of an .xlsx workbook.
 */
public interface TableSource extends Closeable {
    /** One data row: its line (CSV) or row number (Excel) in the file, and its cells as text. */
    record SourceRow(long lineNumber, String[] cells) {
        public String cell(int index) {
            return index < cells.length ? cells[index] : null;
        }
    }

    List<String> headers();

    /** Whether any row follows the header (a file of headers alone has nothing to import). */
    boolean hasRows();

    /** The next data row, or null at the end. Throws {@code DeskException} when the file turns out unreadable. */
    SourceRow next();

    /** How far reading has come and of how much (bytes for CSV, -1 total when unknown). */
    long position();

    long size();

    /** What was detected, for people: "CSV · GB18030 · ';'" or "Excel · 工作表 Sheet1". */
    String description();

    @Override
    void close();
}
