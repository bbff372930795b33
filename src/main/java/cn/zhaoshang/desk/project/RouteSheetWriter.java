package cn.zhaoshang.desk.project;

import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.office.SheetPrint;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The route sheet (观摩路线单) of an inspection tour as an .xlsx workbook: a title, then one row per
 * stop in route order, with an empty comments column wide enough to write in when printed.
 * Amounts are numbers in 万元 so the sheet can sum them.
 */
final class RouteSheetWriter {
    private static final String[] HEADERS = {"seq", "project", "company", "carrier", "address", "stage", "amount",
        "leader", "unit", "remarks"};
    private static final double[] WIDTHS = {6, 30, 30, 24, 34, 10, 14, 14, 16, 40};

    private RouteSheetWriter() {
    }

    static void write(OutputStream out, InspectionTour tour, List<TourStop> stops, Messages messages) throws IOException {
        Workbook workbook = new Workbook(out, messages.get("common.app.creator"), "1.0");
        Worksheet sheet = workbook.newWorksheet(messages.get("project.tour.sheet.name"));
        SheetPrint.title(sheet, messages.get("project.tour.sheet.title", tour.name(), tour.tourDate()), HEADERS.length);
        String[] headers = new String[HEADERS.length];
        for (int c = 0; c < HEADERS.length; c++) {
            headers[c] = messages.get("project.tour.sheet." + HEADERS[c]);
        }
        SheetPrint.header(sheet, 1, headers, WIDTHS);
        int row = 2;
        for (TourStop stop : stops) {
            sheet.value(row, 0, row - 1);
            sheet.value(row, 1, stop.projectName());
            sheet.value(row, 2, stop.companyName());
            sheet.value(row, 3, stop.carrierName());
            sheet.value(row, 4, stop.address());
            sheet.value(row, 5, messages.label(stop.stage()));
            if (stop.amount() != null) {
                sheet.value(row, 6, stop.amount());
            }
            sheet.value(row, 7, stop.leaderInCharge());
            sheet.value(row, 8, stop.unitName());
            sheet.value(row, 9, stop.remarks());
            for (int c = 0; c < HEADERS.length; c++) {
                sheet.style(row, c).borderStyle("thin").wrapText(true).verticalAlignment("top").set();
            }
            sheet.style(row, 6).format("#,##0.00").borderStyle("thin").verticalAlignment("top").set();
            row++;
        }
        SheetPrint.layout(sheet, 1, 0, SheetPrint.Orientation.LANDSCAPE, messages);
        workbook.finish();
    }
}
