package cn.zhaoshang.desk.dashboard;

import cn.zhaoshang.desk.common.i18n.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Writes the project ledger (项目台账) as .xlsx with fastexcel: one row per project, amounts as numbers. */
final class LedgerWriter {
    private static final String[] COLUMNS = {"name", "company", "stage", "team", "unit", "channel", "planned", "contract",
            "funds", "signedOn", "registeredOn", "startedOn", "operatingOn", "leader"};
    private final Messages m;

    LedgerWriter(Messages messages) {
        this.m = messages;
    }

    void write(List<LedgerRow> rows, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "ZhaoshangDesk", "1.0");
            Worksheet ws = wb.newWorksheet(m.get("report.ledger.sheet"));
            for (int c = 0; c < COLUMNS.length; c++) {
                ws.value(0, c, m.get("report.ledger." + COLUMNS[c]));
                ws.style(0, c).bold().fillColor("DDEBF7").set();
            }
            int r = 1;
            for (LedgerRow row : rows) {
                ws.value(r, 0, row.name());
                ws.value(r, 1, row.company());
                ws.value(r, 2, m.has("dashboard.stage." + row.stage()) ? m.get("dashboard.stage." + row.stage()) : row.stage());
                ws.value(r, 3, row.team());
                ws.value(r, 4, row.unit());
                ws.value(r, 5, row.channel() == null ? null : m.has("dashboard.channel." + row.channel())
                        ? m.get("dashboard.channel." + row.channel()) : row.channel());
                number(ws, r, 6, row.planned());
                number(ws, r, 7, row.contract());
                number(ws, r, 8, row.funds());
                date(ws, r, 9, row.signedOn());
                date(ws, r, 10, row.registeredOn());
                date(ws, r, 11, row.startedOn());
                date(ws, r, 12, row.operatingOn());
                ws.value(r, 13, row.leader());
                r++;
            }
            ws.freezePane(1, 1);
            ws.width(0, 30);
            ws.width(1, 30);
            wb.finish();
        }
    }

    private static void number(Worksheet ws, int r, int c, BigDecimal v) {
        if (v != null) {
            ws.value(r, c, v);
            ws.style(r, c).format("#,##0.00").set();
        }
    }

    private static void date(Worksheet ws, int r, int c, LocalDate d) {
        if (d != null) {
            ws.value(r, c, d);
            ws.style(r, c).format("yyyy-mm-dd").set();
        }
    }
}
