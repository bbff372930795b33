package cn.zhaoshang.desk.exchange.file;

import cn.zhaoshang.desk.common.i18n.DeskException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
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
    private final Deque<SourceRow> buffered = new ArrayDeque<>();
    private final List<String> headers;
    private final long size;
    private long rowsRead;

    private XlsxTableSource(Path file) throws IOException {
        this.size = Files.size(file);
        this.workbook = new ReadableWorkbook(file.toFile());
        this.sheet = workbook.getFirstSheet();
        this.stream = sheet.openStream();
        this.rows = stream.iterator();
        List<SourceRow> first = new ArrayList<>();
        SourceRow row;
        while (first.size() < HeaderFinder.LOOK_AHEAD && (row = readRow()) != null) {
            first.add(row);
        }
        int headerAt = HeaderFinder.headerIndex(first);
        this.headers = headerAt < 0 ? List.of() : HeaderFinder.clean(first.get(headerAt).cells());
        buffered.addAll(first.subList(headerAt + 1, first.size()));
    }

    public static XlsxTableSource open(Path file) {
        try {
            return new XlsxTableSource(file);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new DeskException(e, "exchange.error.unreadable", file.getFileName(), String.valueOf(e.getMessage()));
        }
    }

    @Override
    public List<String> headers() {
        return headers;
    }

    @Override
    public SourceRow next() {
        return buffered.isEmpty() ? readRow() : buffered.poll();
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
        } catch (UncheckedIOException | IllegalStateException e) {
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
        String f = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "").toLowerCase(java.util.Locale.ROOT);
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
