package cn.zhaoshang.desk.common.office;

import cn.zhaoshang.desk.common.i18n.Messages;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Position;
import org.dhatim.fastexcel.Worksheet;

/**
 * How a list sheet prints and opens, the same for every .xlsx the app writes (ledger, contacts, project
 * list, route sheet, gap list): an optional title row over the header, A4 fitted to the page width with the
 * header repeated on every page, page numbers in the footer, and the panes frozen below the header.
 */
public final class SheetPrint {
    /** A4 landscape for wide lists; portrait for narrow ones. */
    public enum Orientation { LANDSCAPE, PORTRAIT }

    private SheetPrint() {
    }

    /**
     * Writes {@code title} in row 0 across {@code columns} columns (merged, bold, larger), so the header
     * row goes to row 1.
     */
    public static void title(Worksheet sheet, String title, int columns) {
        sheet.value(0, 0, title);
        sheet.range(0, 0, 0, columns - 1).merge();
        sheet.range(0, 0, 0, columns - 1).style().bold().fontSize(16).horizontalAlignment("center")
                .verticalAlignment("center").set();
        sheet.rowHeight(0, 30);
    }

    /** Bold, shaded, bordered header cells in {@code row}, with the given column widths. */
    public static void header(Worksheet sheet, int row, String[] headers, double[] widths) {
        for (int c = 0; c < headers.length; c++) {
            sheet.value(row, c, headers[c]);
            sheet.width(c, widths[c]);
        }
        sheet.range(row, 0, row, headers.length - 1).style().bold().fillColor("DDEBF7").borderStyle("thin")
                .horizontalAlignment("center").verticalAlignment("center").wrapText(true).set();
    }

    /**
     * Print settings of a list whose header is row {@code headerRow}: A4, fit to one page wide (as many
     * pages tall as it takes), rows 0…headerRow repeated on each page, "第 N 页，共 M 页" in the footer,
     * panes frozen under the header (and right of {@code frozenColumns} columns).
     */
    public static void layout(Worksheet sheet, int headerRow, int frozenColumns, Orientation orientation, Messages messages) {
        layout(sheet, headerRow, frozenColumns, orientation, messages.get("common.sheet.footer"));
    }

    /** As {@link #layout(Worksheet, int, int, Orientation, Messages)}, with the footer's text given ("第 &P 页，共 &N 页"). */
    public static void layout(Worksheet sheet, int headerRow, int frozenColumns, Orientation orientation, String pageFooter) {
        sheet.paperSize(PaperSize.A4_PAPER);
        sheet.pageOrientation(orientation == Orientation.LANDSCAPE ? "landscape" : "portrait");
        sheet.setFitToPage(true);
        sheet.fitToWidth((short) 1);
        sheet.fitToHeight((short) 0);
        sheet.repeatRows(0, headerRow);
        sheet.leftMargin(0.5f);
        sheet.rightMargin(0.5f);
        sheet.topMargin(0.6f);
        sheet.bottomMargin(0.7f);
        sheet.footer(pageFooter, Position.CENTER, "SimSun", 10);
        sheet.freezePane(frozenColumns, headerRow + 1);
    }
}
