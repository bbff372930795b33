package cn.zhaoshang.desk.common.text;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A list as the screen shows it (these headers, these cell texts) written to .xlsx or .csv (UTF-8 with a
 * BOM, so Excel reads the Chinese): into a temporary file moved into place, so a failure leaves nothing
 * half-written. Cells that look like formulas are written as text.
 */
public final class ListFile {
    private ListFile() {
    }

    /** Rows are pushed to the sink; returns how many were written. */
    public interface Rows {
        void each(Consumer<List<String>> sink);
    }

    public static long write(Path file, String sheetName, List<String> headers, Rows rows) throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), ".list-", ".part");
        try {
            long count;
            try (OutputStream out = Files.newOutputStream(temp)) {
                count = isCsv(target) ? csv(out, headers, rows) : xlsx(out, sheetName, headers, rows);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            return count;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    public static boolean isCsv(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    private static long csv(OutputStream out, List<String> headers, Rows rows) throws IOException {
        OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        long[] n = {0};
        try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            printer.printRecord(headers);
            IOException[] failed = {null};
            rows.each(row -> {
                try {
                    printer.printRecord(row.stream().map(ListFile::safe).toList());
                    n[0]++;
                } catch (IOException e) {
                    failed[0] = e;
                }
            });
            if (failed[0] != null) {
                throw failed[0];
            }
        }
        return n[0];
    }

    private static long xlsx(OutputStream out, String sheetName, List<String> headers, Rows rows) throws IOException {
        Workbook workbook = new Workbook(out, "ZhaoshangDesk", "1.0");
        Worksheet sheet = workbook.newWorksheet(sheetName);
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
            sheet.style(0, c).bold().fillColor("DDEBF7").set();
            sheet.width(c, c == 0 ? 36 : 18);
        }
        long[] n = {0};
        rows.each(row -> {
            int r = (int) ++n[0];
            for (int c = 0; c < row.size(); c++) {
                sheet.value(r, c, row.get(c));
            }
        });
        workbook.finish();
        return n[0];
    }

    /** A cell starting like a formula (=, +, -, @) is prefixed so no spreadsheet runs it. */
    private static String safe(String cell) {
        return cell != null && !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
