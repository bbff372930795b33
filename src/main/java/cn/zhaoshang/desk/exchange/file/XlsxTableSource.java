package cn.zhaoshang.desk.exchange.file;

import cn.zhaoshang.desk.common.i18n.DeskException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The first sheet of an .xlsx workbook, streamed row by row with fastexcel-reader. Numbers come out
 * as plain decimals (no 1.38E10), date-formatted cells as ISO dates; undated serial numbers stay
 * numbers and the date parser reads them as Excel serial dates.
 */
public final class XlsxTableSource implements TableSource {
    private final ReadableWorkbook workbook;
    private final Sheet sheet;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;
    private final RowsAfterHeader afterHeader;
    private final long size;
    private long rowsRead;

    private XlsxTableSource(Path file) throws IOException {
        this.size = Files.size(file);
        // Cell formats are read so that a date cell comes out as a date (not 44260) in the preview,
        // the rejected-rows file and the date columns alike.
        this.workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
        this.sheet = workbook.getFirstSheet();
        this.stream = sheet.openStream();
        this.rows = stream.iterator();
        this.afterHeader = new RowsAfterHeader(this::readRow);
    }

    public static XlsxTableSource open(Path file) {
        try {
            return new XlsxTableSource(file);
        } catch (IOException | UncheckedIOException | IllegalStateException | ExcelReaderException e) {
            throw new DeskException(e, "exchange.error.unreadable", file.getFileName(), String.valueOf(e.getMessage()));
        }
    }

    @Override
    public List<String> headers() {
        return afterHeader.headers();
    }

    @Override
    public boolean hasRows() {
        return afterHeader.hasRows();
    }

    @Override
    public SourceRow next() {
        return afterHeader.next();
    }

    private SourceRow readRow() {
        try {
            while (rows.hasNext()) {
                Row row = rows.next();
                String[] cells = new String[row.getCellCount()];
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = text(row.getCell(i));
                }
                rowsRead++;
                if (!HeaderFinder.isBlank(cells)) {
                    return new SourceRow(row.getRowNum(), cells);
                }
            }
            return null;
        } catch (UncheckedIOException | IllegalStateException | ExcelReaderException e) {
            throw new DeskException(e, "exchange.error.unreadable", sheet.getName(), String.valueOf(e.getMessage()));
        }
    }

    static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        switch (cell.getType()) {
            case NUMBER -> {
                String format = cell.getDataFormatString();
                if (format != null && isDateFormat(format)) {
                    return cell.asDate().toLocalDate().toString();
                }
                BigDecimal n = cell.asNumber();
                return n.scale() > 0 ? n.stripTrailingZeros().toPlainString() : n.toPlainString();
            }
            case EMPTY -> {
                return null;
            }
            default -> {
                return cell.getText();
            }
        }
    }

    /** Excel date formats mention days, months or years outside quoted literals and colours. */
    static boolean isDateFormat(String format) {
        String f = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "").toLowerCase(Locale.ROOT);
        return f.contains("y") || f.contains("d") || (f.contains("m") && !f.contains("0"));
    }

    @Override
    public long position() {
        return rowsRead;
    }

    @Override
    public long size() {
        return -1;
    }

    @Override
    public String description() {
        return "Excel · " + sheet.getName();
    }

    @Override
    public void close() {
        stream.close();
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
