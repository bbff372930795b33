package cn.zhaoshang.desk.common.office;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * A .docx that passes as an official document and as a valid file: a styles part (the text carries style
 * names, not ad-hoc formatting), one section with A4 and the margins of GB/T 9704 (top 37 mm, bottom 35 mm,
 * left 28 mm, right 26 mm), page numbers "— N —" in the footer, tables with a column grid, fixed widths and
 * a header row repeated on every page, and document properties that name the app rather than the library.
 * Callers add blocks in reading order and {@link #write} once.
 */
public final class OfficialDocx implements AutoCloseable {
    private static final int A4_WIDTH = 11906;
    private static final int A4_HEIGHT = 16838;
    private static final int TOP = twips(37);
    private static final int BOTTOM = twips(35);
    private static final int LEFT = twips(28);
    private static final int RIGHT = twips(26);
    /** The width of the type area in twips (156 mm). */
    public static final int TEXT_WIDTH = A4_WIDTH - LEFT - RIGHT;

    private final XWPFDocument doc = new XWPFDocument();

    public OfficialDocx(DocumentFonts fonts, String title, String creator) {
        OfficialStyles.install(doc, fonts);
        var core = doc.getProperties().getCoreProperties();
        core.setCreator(creator);
        core.setTitle(title);
        core.setLastModifiedByUser(creator);
        doc.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication(creator);
        section();
    }

    private static int twips(double mm) {
        return (int) Math.round(mm / 25.4 * 1440);
    }

    private void section() {
        XWPFHeaderFooterPolicy policy = doc.createHeaderFooterPolicy();
        XWPFFooter footer = policy.createFooter(XWPFHeaderFooterPolicy.DEFAULT);
        XWPFParagraph p = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().getFirst();
        p.setStyle(OfficialStyles.FOOTER);
        p.createRun().setText("— ");
        field(p, " PAGE ");
        p.createRun().setText(" —");
        CTSectPr sect = doc.getDocument().getBody().getSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        margins.setTop(BigInteger.valueOf(TOP));
        margins.setBottom(BigInteger.valueOf(BOTTOM));
        margins.setLeft(BigInteger.valueOf(LEFT));
        margins.setRight(BigInteger.valueOf(RIGHT));
        margins.setHeader(BigInteger.valueOf(twips(15)));
        margins.setFooter(BigInteger.valueOf(twips(25)));
        margins.setGutter(BigInteger.ZERO);
    }

    /** A field (PAGE, NUMPAGES) as begin / instruction / separate / shown value / end runs. */
    private static void field(XWPFParagraph p, String instruction) {
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        p.createRun().getCTR().addNewInstrText().setStringValue(instruction);
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        p.createRun().setText("1");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    /** The red masthead of a 简报: its name, then the issue number, and the issuer left / date right over a red rule. */
    public void masthead(String name, String number, String issuer, String dateText) {
        paragraph(OfficialStyles.MASTHEAD, name);
        paragraph(OfficialStyles.ISSUE_NUMBER, number);
        XWPFParagraph line = paragraph(OfficialStyles.ISSUER_LINE, issuer);
        XWPFRun date = line.createRun();
        date.addTab();
        date.setText(dateText);
    }

    public void title(String text) {
        paragraph(OfficialStyles.TITLE, text);
    }

    public void subtitle(String text) {
        paragraph(OfficialStyles.SUBTITLE, text);
    }

    /** A section heading ("一、主要指标"): Word's Heading 1, so it shows in the navigation pane. */
    public void heading(String text) {
        paragraph(OfficialStyles.HEADING, text);
    }

    /** A body paragraph, first line indented by two characters. */
    public void paragraph(String text) {
        paragraph(OfficialStyles.BODY, text);
    }

    /** Starts the next block on a new page (an appendix). */
    public void pageBreak() {
        doc.createParagraph().setPageBreak(true);
    }

    private XWPFParagraph paragraph(String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        if (!text.isEmpty()) {
            p.createRun().setText(text);
        }
        return p;
    }

    /**
     * A table over the type area's width: {@code widths} are relative column widths, {@code numeric} marks
     * the columns aligned right. The header row repeats on every page and no row breaks across pages.
     */
    public void table(List<String> headers, int[] widths, boolean[] numeric, List<List<String>> rows) {
        int[] columns = columnWidths(widths);
        XWPFTable table = doc.createTable(1 + rows.size(), headers.size());
        CTTbl ct = table.getCTTbl();
        CTTblPr pr = ct.getTblPr();
        var width = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(TEXT_WIDTH));
        pr.addNewJc().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STJcTable.CENTER);
        if (pr.isSetTblBorders()) {
            pr.unsetTblBorders();
        }
        borders(pr.addNewTblBorders());
        pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
        // cell margins on the table itself: a table style's properties are not in poi-ooxml-lite's schema subset
        table.setCellMargins(0, 80, 0, 80);
        CTTblGrid grid = ct.getTblGrid() == null ? ct.addNewTblGrid() : ct.getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : columns) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        fill(table.getRow(0), headers, columns, null, OfficialStyles.TABLE_HEADER);
        table.getRow(0).setRepeatHeader(true);
        for (int r = 0; r < rows.size(); r++) {
            fill(table.getRow(r + 1), rows.get(r), columns, numeric, OfficialStyles.TABLE_TEXT);
        }
        doc.createParagraph().setStyle(OfficialStyles.AFTER_TABLE);
    }

    private static int[] columnWidths(int[] relative) {
        int total = Arrays.stream(relative).sum();
        int[] twips = new int[relative.length];
        int used = 0;
        for (int i = 0; i < relative.length; i++) {
            twips[i] = i == relative.length - 1 ? TEXT_WIDTH - used : TEXT_WIDTH * relative[i] / total;
            used += twips[i];
        }
        return twips;
    }

    private static void borders(CTTblBorders b) {
        for (CTBorder side : new CTBorder[] {b.addNewTop(), b.addNewLeft(), b.addNewBottom(), b.addNewRight(),
            b.addNewInsideH(), b.addNewInsideV()}) {
            side.setVal(STBorder.SINGLE);
            side.setSz(BigInteger.valueOf(4));
            side.setSpace(BigInteger.ZERO);
            side.setColor("000000");
        }
    }

    private static void fill(XWPFTableRow row, List<String> cells, int[] columns, boolean[] numeric, String style) {
        row.setCantSplitRow(true);
        for (int c = 0; c < cells.size(); c++) {
            XWPFTableCell cell = row.getCell(c);
            CTTcPr tc = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
            var w = tc.isSetTcW() ? tc.getTcW() : tc.addNewTcW();
            w.setType(STTblWidth.DXA);
            w.setW(BigInteger.valueOf(columns[c]));
            tc.addNewVAlign().setVal(STVerticalJc.CENTER);
            XWPFParagraph p = cell.getParagraphs().getFirst();
            p.setStyle(numeric != null && numeric[c] ? OfficialStyles.TABLE_NUMBER : style);
            String text = cells.get(c) == null ? "" : cells.get(c);
            if (!text.isEmpty()) {
                p.createRun().setText(text);
            }
        }
    }

    public void write(OutputStream out) throws IOException {
        doc.write(out);
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }
}
