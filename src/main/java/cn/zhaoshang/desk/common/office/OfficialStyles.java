package cn.zhaoshang.desk.common.office;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

/**
 * The styles part of {@link OfficialDocx}. Sizes follow Chinese type sizes: 二号 22 pt (title), 三号 16 pt
 * (body and headings, fixed 28 pt lines as in official documents), 四号 14 pt (page numbers), 小四 12 pt
 * (tables). Run properties are written in the order of the standard's sequence (fonts, bold, colour, size,
 * language), which some readers insist on.
 */
final class OfficialStyles {
    static final String BODY = "Body";
    static final String TITLE = "Title";
    static final String SUBTITLE = "Subtitle";
    static final String HEADING = "Heading1";
    static final String MASTHEAD = "Masthead";
    static final String ISSUE_NUMBER = "IssueNumber";
    static final String ISSUER_LINE = "IssuerLine";
    static final String TABLE_HEADER = "TableHeader";
    static final String TABLE_TEXT = "TableText";
    static final String TABLE_NUMBER = "TableNumber";
    static final String AFTER_TABLE = "AfterTable";
    static final String FOOTER = "Footer";

    private OfficialStyles() {
    }

    static void install(XWPFDocument doc, DocumentFonts fonts) {
        CTStyles styles = CTStyles.Factory.newInstance();
        var defaults = styles.addNewDocDefaults();
        CTRPr run = defaults.addNewRPrDefault().addNewRPr();
        fonts(run, fonts.body(), fonts.latin());
        run.addNewKern().setVal(BigInteger.TWO);
        size(run, 16);
        var lang = run.addNewLang();
        lang.setVal("en-US");
        lang.setEastAsia("zh-CN");
        spacing(defaults.addNewPPrDefault().addNewPPr(), 0, 0, 560, STLineSpacingRule.EXACT);

        CTStyle normal = style(styles, STStyleType.PARAGRAPH, "Normal", "Normal", null);
        normal.setDefault(true);
        normal.addNewPPr().addNewJc().setVal(STJc.BOTH);

        CTStyle body = style(styles, STStyleType.PARAGRAPH, BODY, "Body Text", "Normal");
        body.addNewPPr().addNewInd().setFirstLineChars(BigInteger.valueOf(200));

        CTStyle title = style(styles, STStyleType.PARAGRAPH, TITLE, "Title", "Normal");
        CTPPrGeneral tp = title.addNewPPr();
        tp.addNewKeepNext();
        spacing(tp, 240, 120, 720, STLineSpacingRule.EXACT);
        tp.addNewJc().setVal(STJc.CENTER);
        text(title.addNewRPr(), fonts.title(), fonts.latin(), true, null, 22);

        CTStyle subtitle = style(styles, STStyleType.PARAGRAPH, SUBTITLE, "Subtitle", "Normal");
        CTPPrGeneral sp = subtitle.addNewPPr();
        spacing(sp, 0, 240, 560, STLineSpacingRule.EXACT);
        sp.addNewJc().setVal(STJc.CENTER);
        text(subtitle.addNewRPr(), fonts.body(), fonts.latin(), false, null, 16);

        CTStyle heading = style(styles, STStyleType.PARAGRAPH, HEADING, "heading 1", "Normal");
        CTPPrGeneral hp = heading.addNewPPr();
        hp.addNewKeepNext();
        spacing(hp, 120, 0, 560, STLineSpacingRule.EXACT);
        hp.addNewInd().setFirstLineChars(BigInteger.valueOf(200));
        hp.addNewOutlineLvl().setVal(BigInteger.ZERO);
        text(heading.addNewRPr(), fonts.heading(), fonts.latin(), false, null, 16);

        CTStyle masthead = style(styles, STStyleType.PARAGRAPH, MASTHEAD, "Masthead", "Normal");
        CTPPrGeneral mp = masthead.addNewPPr();
        spacing(mp, 240, 240, 1200, STLineSpacingRule.EXACT);
        mp.addNewJc().setVal(STJc.CENTER);
        text(masthead.addNewRPr(), fonts.title(), fonts.latin(), true, "C00000", 36);

        CTStyle number = style(styles, STStyleType.PARAGRAPH, ISSUE_NUMBER, "Issue Number", "Normal");
        number.addNewPPr().addNewJc().setVal(STJc.CENTER);

        CTStyle issuer = style(styles, STStyleType.PARAGRAPH, ISSUER_LINE, "Issuer Line", "Normal");
        CTPPrGeneral ip = issuer.addNewPPr();
        CTBorder rule = ip.addNewPBdr().addNewBottom();
        rule.setVal(STBorder.SINGLE);
        rule.setSz(BigInteger.valueOf(18));
        rule.setSpace(BigInteger.valueOf(4));
        rule.setColor("C00000");
        var tab = ip.addNewTabs().addNewTab();
        tab.setVal(STTabJc.RIGHT);
        tab.setPos(BigInteger.valueOf(OfficialDocx.TEXT_WIDTH));
        spacing(ip, 0, 360, 560, STLineSpacingRule.EXACT);

        CTStyle cell = style(styles, STStyleType.PARAGRAPH, TABLE_TEXT, "Table Text", "Normal");
        CTPPrGeneral cp = cell.addNewPPr();
        spacing(cp, 0, 0, 300, STLineSpacingRule.AUTO);
        cp.addNewJc().setVal(STJc.LEFT);
        text(cell.addNewRPr(), fonts.body(), fonts.latin(), false, null, 12);

        CTStyle head = style(styles, STStyleType.PARAGRAPH, TABLE_HEADER, "Table Header", TABLE_TEXT);
        head.addNewPPr().addNewJc().setVal(STJc.CENTER);
        text(head.addNewRPr(), fonts.heading(), fonts.latin(), false, null, 12);

        CTStyle figure = style(styles, STStyleType.PARAGRAPH, TABLE_NUMBER, "Table Number", TABLE_TEXT);
        figure.addNewPPr().addNewJc().setVal(STJc.RIGHT);

        CTStyle after = style(styles, STStyleType.PARAGRAPH, AFTER_TABLE, "After Table", "Normal");
        spacing(after.addNewPPr(), 0, 0, 240, STLineSpacingRule.EXACT);

        CTStyle footer = style(styles, STStyleType.PARAGRAPH, FOOTER, "footer", "Normal");
        CTPPrGeneral fp = footer.addNewPPr();
        spacing(fp, 0, 0, 280, STLineSpacingRule.AUTO);
        fp.addNewJc().setVal(STJc.CENTER);
        text(footer.addNewRPr(), fonts.title(), fonts.latin(), false, null, 14);

        doc.createStyles().setStyles(styles);
    }

    private static CTStyle style(CTStyles styles, STStyleType.Enum type, String id, String name, String basedOn) {
        CTStyle s = styles.addNewStyle();
        s.setType(type);
        s.setStyleId(id);
        s.addNewName().setVal(name);
        if (basedOn != null) {
            s.addNewBasedOn().setVal(basedOn);
        }
        s.addNewQFormat();
        return s;
    }

    private static void spacing(org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrBase p, int before, int after,
                                int line, STLineSpacingRule.Enum rule) {
        CTSpacing s = p.addNewSpacing();
        s.setBefore(BigInteger.valueOf(before));
        s.setAfter(BigInteger.valueOf(after));
        s.setLine(BigInteger.valueOf(line));
        s.setLineRule(rule);
    }

    /** Font, bold, colour and size, in the standard's order. */
    private static void text(CTRPr r, String eastAsia, String latin, boolean bold, String color, int points) {
        fonts(r, eastAsia, latin);
        if (bold) {
            r.addNewB();
            r.addNewBCs();
        }
        if (color != null) {
            r.addNewColor().setVal(color);
        }
        size(r, points);
    }

    private static void fonts(CTRPr r, String eastAsia, String latin) {
        CTFonts f = r.addNewRFonts();
        f.setAscii(latin);
        f.setHAnsi(latin);
        f.setEastAsia(eastAsia);
        f.setCs(latin);
    }

    private static void size(CTRPr r, int points) {
        r.addNewSz().setVal(BigInteger.valueOf(points * 2L));
        r.addNewSzCs().setVal(BigInteger.valueOf(points * 2L));
    }
}
