package cn.zhaoshang.desk.exchange.file;

import cn.zhaoshang.desk.exchange.ContactListRow;
import cn.zhaoshang.desk.exchange.ExportColumn;
import cn.zhaoshang.desk.common.office.SheetPrint;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A contact list as an .xlsx workbook through fastexcel, flushed every few thousand rows (constant memory).
 * Values are string cells, so formula-like text stays text without CSV's apostrophe guard; prints on A4
 * landscape one page wide with the header repeated.
 */
final class XlsxContactWriter implements ContactListWriter {
    private static final int FLUSH_EVERY = 2_000;
    private final Workbook workbook;
    private final Worksheet sheet;
    private final List<ExportColumn> columns;
    private final Labels labels;
    private int row = 1;

    XlsxContactWriter(OutputStream out, List<ExportColumn> columns, Labels labels) {
        this.columns = columns;
        this.labels = labels;
        this.workbook = new Workbook(out, "Zhaoshang Desk", "1.0");
        this.sheet = workbook.newWorksheet(labels.sheetName());
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(0, c, labels.headers().get(c));
            sheet.width(c, width(columns.get(c)));
        }
        sheet.range(0, 0, 0, columns.size() - 1).style().bold().fillColor("EEF2F7").set();
        SheetPrint.layout(sheet, 0, 0, SheetPrint.Orientation.LANDSCAPE, labels.pageFooter());
    }

    private static double width(ExportColumn column) {
        return switch (column) {
            case COMPANY -> 36;
            case USCC -> 22;
            case EMAIL -> 26;
            case MOBILE, PHONE, WECHAT -> 16;
            case PRIMARY -> 8;
            default -> 12;
        };
    }

    @Override
    public void write(ContactListRow contact) throws IOException {
        for (int c = 0; c < columns.size(); c++) {
            String value = contact.value(columns.get(c), labels.yes(), labels.no());
            if (value != null) {
                // a string cell is text whatever it starts with ("=", "+", "@"): no protective apostrophe needed
                sheet.value(row, c, value);
            }
        }
        if (++row % FLUSH_EVERY == 0) {
            sheet.flush();
        }
    }

    @Override
    public void close() throws IOException {
        workbook.finish();
    }
}
