package cn.zhaoshang.desk.project;

import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.office.OutputFile;
import cn.zhaoshang.desk.common.office.SheetPrint;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The project list as an .xlsx file, streamed row by row (fastexcel writes 100,000 rows in about
 * a second). Written through {@link OutputFile}, so a failure or a cancel leaves nothing half-written;
 * prints on A4 landscape one page wide with the header repeated.
 */
final class ProjectListWriter {
    private static final String[] HEADERS = {"name", "company", "stage", "clock", "amount", "team", "unit", "carrier",
        "leader", "days", "major"};
    private static final double[] WIDTHS = {32, 32, 8, 8, 14, 20, 18, 26, 14, 10, 8};

    private ProjectListWriter() {
    }

    interface Rows {
        void each(Consumer<ProjectCard> row);
    }

    static long write(Path file, Rows rows, Messages messages, Progress progress) {
        long[] count = {0};
        try {
            OutputFile.write(file, "xlsx", out -> count[0] = write(out, rows, messages, progress));
            return count[0];
        } catch (IOException e) {
            throw new DeskException(e, "project.list.error.export", file);
        }
    }

    private static long write(OutputStream out, Rows rows, Messages m, Progress progress) throws IOException {
        Workbook workbook = new Workbook(out, m.get("common.app.creator"), "1.0");
        Worksheet sheet = workbook.newWorksheet(m.get("project.list.sheet"));
        String[] headers = new String[HEADERS.length];
        for (int c = 0; c < HEADERS.length; c++) {
            headers[c] = m.get("project.list.column." + HEADERS[c]);
        }
        SheetPrint.header(sheet, 0, headers, WIDTHS);
        long[] row = {1};
        rows.each(card -> {
            int r = (int) row[0];
            sheet.value(r, 0, card.name());
            sheet.value(r, 1, card.companyName());
            sheet.value(r, 2, m.label(card.stage()));
            sheet.value(r, 3, card.clock() == ClockState.NONE ? "" : m.label(card.clock()));
            if (card.amount() != null) {
                sheet.value(r, 4, card.amount());
                sheet.style(r, 4).format("#,##0.00").set();
            }
            sheet.value(r, 5, card.teamName());
            sheet.value(r, 6, card.unitName());
            sheet.value(r, 7, card.carrierName());
            sheet.value(r, 8, card.leaderInCharge());
            sheet.value(r, 9, card.daysInStage());
            sheet.value(r, 10, card.major() ? m.get("project.card.major") : "");
            if (row[0]++ % 5_000 == 0) {
                progress.update(row[0], -1);
                progress.checkCancelled();
                try {
                    sheet.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        SheetPrint.layout(sheet, 0, 1, SheetPrint.Orientation.LANDSCAPE, m);
        workbook.finish();
        return row[0] - 1;
    }
}
