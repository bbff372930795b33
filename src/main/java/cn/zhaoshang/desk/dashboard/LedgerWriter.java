package cn.zhaoshang.desk.dashboard;

import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.office.SheetPrint;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the project ledger (项目台账) as offices keep it: a title row with the scope and date, a header
 * row, one row per project starting with 序号, amounts as numbers in 万元 and dates as dates, and a 合计
 * row whose sums are formulas (so a ledger edited by hand still adds up). Prints on A4 landscape, one page
 * wide, the title and header repeated on every page.
 */
final class LedgerWriter {
    private static final String[] COLUMNS = {"seq", "name", "company", "stage", "team", "unit", "channel", "planned",
        "contract", "funds", "signedOn", "registeredOn", "startedOn", "operatingOn", "leader"};
    private static final double[] WIDTHS = {6, 28, 28, 8, 18, 16, 10, 13, 13, 13, 11, 11, 11, 11, 10};
    /** The amount columns (planned, contract, funds) that the 合计 row sums. */
    private static final int FIRST_AMOUNT = 7;
    private static final int LAST_AMOUNT = 9;
    private static final int HEADER_ROW = 1;
    private final Messages m;

    LedgerWriter(Messages messages) {
        this.m = messages;
    }

    void write(List<LedgerRow> rows, String scope, LocalDate asOf, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, m.get("common.app.creator"), "1.0");
        Worksheet ws = wb.newWorksheet(m.get("report.ledger.sheet"));
        SheetPrint.title(ws, m.get("report.ledger.title", scope, BriefingSections.date(m, asOf)), COLUMNS.length);
        String[] headers = new String[COLUMNS.length];
        for (int c = 0; c < COLUMNS.length; c++) {
            headers[c] = m.get("report.ledger." + COLUMNS[c]);
        }
        SheetPrint.header(ws, HEADER_ROW, headers, WIDTHS);
        int r = HEADER_ROW + 1;
        for (LedgerRow row : rows) {
            ws.value(r, 0, r - HEADER_ROW);
            ws.value(r, 1, row.name());
            ws.value(r, 2, row.company());
            ws.value(r, 3, m.has("dashboard.stage." + row.stage()) ? m.get("dashboard.stage." + row.stage()) : row.stage());
            ws.value(r, 4, row.team());
            ws.value(r, 5, row.unit());
            ws.value(r, 6, row.channel() == null ? null : m.has("dashboard.channel." + row.channel())
                    ? m.get("dashboard.channel." + row.channel()) : row.channel());
            number(ws, r, 7, row.planned());
            number(ws, r, 8, row.contract());
            number(ws, r, 9, row.funds());
            date(ws, r, 10, row.signedOn());
            date(ws, r, 11, row.registeredOn());
            date(ws, r, 12, row.startedOn());
            date(ws, r, 13, row.operatingOn());
            ws.value(r, 14, row.leader());
            ws.range(r, 0, r, COLUMNS.length - 1).style().borderStyle("thin").set();
            r++;
        }
        total(ws, r, rows.size());
        SheetPrint.layout(ws, HEADER_ROW, 2, SheetPrint.Orientation.LANDSCAPE, m);
        wb.finish();
    }

    /** The 合计 row: the count of projects, and =SUM over each amount column. */
    private void total(Worksheet ws, int r, int count) {
        ws.value(r, 1, m.get("report.ledger.total", String.valueOf(count)));
        for (int c = FIRST_AMOUNT; c <= LAST_AMOUNT; c++) {
            String column = String.valueOf((char) ('A' + c));
            ws.formula(r, c, count == 0 ? "0" : "SUM(" + column + (HEADER_ROW + 2) + ":" + column + r + ")");
        }
        ws.range(r, 0, r, COLUMNS.length - 1).style().bold().borderStyle("thin").fillColor("F2F2F2").set();
        ws.range(r, FIRST_AMOUNT, r, LAST_AMOUNT).style().bold().borderStyle("thin").fillColor("F2F2F2").format("#,##0.00").set();
    }

    private static void number(Worksheet ws, int r, int c, BigDecimal v) {
        if (v != null) {
            ws.value(r, c, v);
        }
        ws.style(r, c).format("#,##0.00").borderStyle("thin").set();
    }

    private static void date(Worksheet ws, int r, int c, LocalDate d) {
        if (d != null) {
            ws.value(r, c, d);
        }
        ws.style(r, c).format("yyyy-mm-dd").borderStyle("thin").set();
    }
}
