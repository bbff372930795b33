package cn.zhaoshang.desk.event;

import cn.zhaoshang.desk.common.i18n.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Stream;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The event's .xlsx files (fastexcel): the print-ready list and the sign-in sheet, A4 landscape, title rows on top. */
final class EventSheets {
    private EventSheets() {
    }

    static void list(FieldEvent e, Messages m, Path file) throws IOException {
        write(file, m.get("event.sheet.list"), (ws) -> {
            int r = title(ws, e, m, m.get("event.sheet.listTitle", e.name()), 5);
            header(ws, r, m, "event.sheet.no", "event.sheet.company", "event.sheet.attended", "event.sheet.representative",
                    "event.sheet.signed");
            int n = 0;
            for (Invitee i : e.invitees()) {
                r++;
                ws.value(r, 0, ++n);
                ws.value(r, 1, i.companyName());
                ws.value(r, 2, m.get(i.attended() ? "event.sheet.yes" : "event.sheet.no.answer"));
                ws.value(r, 3, i.representative());
                ws.value(r, 4, e.signings().stream().filter(s -> i.companyName().equals(s.companyName()))
                        .map(Signing::projectName).reduce((a, b) -> a + "、" + b).orElse(""));
                border(ws, r, 5);
            }
            r += 2;
            ws.value(r, 0, m.get("event.sheet.signings", e.signings().size()));
            ws.style(r, 0).bold().set();
            for (Signing s : e.signings()) {
                r++;
                ws.value(r, 1, s.projectName());
                ws.value(r, 2, s.companyName());
                ws.value(r, 3, s.contractAmount());
                ws.value(r, 4, m.get("event.sheet.amountUnit"));
            }
            ws.width(0, 6);
            ws.width(1, 36);
            ws.width(2, 18);
            ws.width(3, 18);
            ws.width(4, 30);
        });
    }

    static void signIn(FieldEvent e, Messages m, Path file) throws IOException {
        write(file, m.get("event.sheet.signIn"), (ws) -> {
            int r = title(ws, e, m, m.get("event.sheet.signInTitle", e.name()), 6);
            header(ws, r, m, "event.sheet.no", "event.sheet.company", "event.sheet.name", "event.sheet.title",
                    "event.sheet.phone", "event.sheet.signature");
            int n = 0;
            for (Invitee i : e.invitees()) {
                r++;
                ws.value(r, 0, ++n);
                ws.value(r, 1, i.companyName());
                ws.rowHeight(r, 30);
                border(ws, r, 6);
            }
            for (int blank = 0; blank < 5; blank++) {   // for guests nobody invited
                r++;
                ws.value(r, 0, ++n);
                ws.rowHeight(r, 30);
                border(ws, r, 6);
            }
            ws.width(0, 6);
            ws.width(1, 36);
            ws.width(2, 14);
            ws.width(3, 16);
            ws.width(4, 18);
            ws.width(5, 20);
        });
    }

    private interface Sheet {
        void fill(Worksheet ws);
    }

    private static void write(Path file, String sheetName, Sheet sheet) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "ZhaoshangDesk", "1.0");
            Worksheet ws = wb.newWorksheet(sheetName);
            ws.pageOrientation("landscape");
            ws.paperSize(PaperSize.A4_PAPER);
            sheet.fill(ws);
            wb.finish();
        }
    }

    /** Title, then "date · city · venue"; returns the header row's index. */
    private static int title(Worksheet ws, FieldEvent e, Messages m, String title, int columns) {
        ws.value(0, 0, title);
        ws.range(0, 0, 0, columns - 1).merge();
        ws.style(0, 0).bold().fontSize(16).horizontalAlignment("center").set();
        String place = String.join(" · ", Stream.of(e.heldOn().toString(), m.label(e.kind()), e.city(), e.venue())
                .filter(Objects::nonNull).toList());
        ws.value(1, 0, place);
        ws.range(1, 0, 1, columns - 1).merge();
        ws.style(1, 0).horizontalAlignment("center").set();
        return 3;
    }

    private static void header(Worksheet ws, int row, Messages m, String... keys) {
        for (int c = 0; c < keys.length; c++) {
            ws.value(row, c, m.get(keys[c]));
            ws.style(row, c).bold().fillColor("DDEBF7").borderStyle("thin").horizontalAlignment("center").set();
        }
    }

    private static void border(Worksheet ws, int row, int columns) {
        for (int c = 0; c < columns; c++) {
            ws.style(row, c).borderStyle("thin").set();
        }
    }
}
