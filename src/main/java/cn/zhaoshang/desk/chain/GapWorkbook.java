package cn.zhaoshang.desk.chain;

import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.office.OutputFile;
import cn.zhaoshang.desk.common.office.SheetPrint;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The gap list as .xlsx: sheet 1 one row per gap and candidate (a gap without candidates still gets
 * its row), sheet 2 every node's figures. Written through {@link OutputFile}, so a failed export never
 * leaves half a file under the user's name; both sheets print one page wide with the header repeated.
 */
final class GapWorkbook {
    private GapWorkbook() {
    }

    static void write(Path file, ChainMap map, List<GapEntry> gaps, Messages m) throws IOException {
        OutputFile.write(file, "xlsx", out -> {
            try (Workbook wb = new Workbook(out, m.get("common.app.creator"), "1.0")) {
                gapSheet(wb.newWorksheet(m.get("chain.export.sheet.gaps")), map, gaps, m);
                figureSheet(wb.newWorksheet(m.get("chain.export.sheet.nodes")), map, m);
            }
        });
    }

    private static void gapSheet(Worksheet ws, ChainMap map, List<GapEntry> gaps, Messages m) {
        header(ws, m, new double[] {14, 8, 28, 48, 12, 36, 12, 10, 14, 14}, "chain.export.col.chain", "chain.export.col.segment", "chain.export.col.node",
                "chain.export.col.why", "chain.export.col.codes", "chain.export.col.candidate",
                "chain.export.col.place", "chain.export.col.status", "chain.export.col.capital",
                "chain.export.col.source");
        int row = 1;
        for (GapEntry gap : gaps) {
            String why = GapReasons.describe(gap, m);
            List<GapCandidate> candidates = gap.candidates().isEmpty() ? Collections.singletonList(null)
                    : gap.candidates();
            for (GapCandidate c : candidates) {
                ws.value(row, 0, map.chain().name());
                ws.value(row, 1, m.label(gap.figures().node().segment()));
                ws.value(row, 2, gap.path());
                ws.value(row, 3, why);
                if (!gap.figures().node().industryCodes().isEmpty()) {
                    ws.value(row, 4, gap.figures().node().industryCodesText());
                }
                if (c == null) {
                    ws.value(row, 5, m.get("chain.export.noCandidate"));
                } else {
                    ws.value(row, 5, c.name());
                    if (c.place() != null) {
                        ws.value(row, 6, c.place());
                    }
                    ws.value(row, 7, m.get("chain.status." + c.pursuitStatus()));
                    if (c.registeredCapital() != null) {
                        ws.value(row, 8, c.registeredCapital());
                    }
                    ws.value(row, 9, m.label(c.source()));
                }
                row++;
            }
        }
        SheetPrint.layout(ws, 0, 0, SheetPrint.Orientation.LANDSCAPE, m);
        if (row > 1) {
            ws.setAutoFilter(0, 0, 9);
        }
    }

    private static void figureSheet(Worksheet ws, ChainMap map, Messages m) {
        header(ws, m, new double[] {8, 28, 10, 10, 10, 10, 10, 14}, "chain.export.col.segment", "chain.export.col.node",
                "chain.export.col.strength",
                "chain.export.col.local", "chain.export.col.pursued", "chain.export.col.leaders",
                "chain.export.col.projects", "chain.export.col.codes");
        int row = 1;
        for (NodeFigures f : map.nodes()) {
            ws.value(row, 0, m.label(f.node().segment()));
            ws.value(row, 1, map.tree().path(f.node().id()));
            ws.value(row, 2, m.label(f.strength()));
            ws.value(row, 3, f.localCompanies());
            ws.value(row, 4, f.pursuedTargets());
            ws.value(row, 5, f.chainLeaders());
            ws.value(row, 6, f.activeProjects());
            if (!f.node().industryCodes().isEmpty()) {
                ws.value(row, 7, f.node().industryCodesText());
            }
            row++;
        }
        SheetPrint.layout(ws, 0, 0, SheetPrint.Orientation.PORTRAIT, m);
    }

    private static void header(Worksheet ws, Messages m, double[] widths, String... keys) {
        SheetPrint.header(ws, 0, Arrays.stream(keys).map(m::get).toArray(String[]::new), widths);
    }
}
