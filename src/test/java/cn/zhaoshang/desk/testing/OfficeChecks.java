package cn.zhaoshang.desk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FtrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Strict checks of the documents the app writes, for tests: a .docx is validated part by part against the
 * complete OOXML schemas (poi-ooxml-full) and checked for what stricter readers (python-docx, Word) need —
 * a styles part, a column grid in every table, the section's A4 page and margins, run properties in the
 * standard's order, and properties that do not say "Apache POI"; an .xlsx sheet for its print settings.
 */
public final class OfficeChecks {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    /** The order of CT_RPr's children in ECMA-376 (1st edition sequence, which Word writes and expects). */
    private static final List<String> RUN_PROPERTY_ORDER = List.of("rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps",
            "smallCaps", "strike", "dstrike", "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish",
            "webHidden", "color", "spacing", "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd",
            "fitText", "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath");

    private OfficeChecks() {
    }

    /** Fails with every problem found in a .docx; returns its document.xml for further checks. */
    public static Document strictDocx(Path file) throws Exception {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            PackagePart document = pkg.getPartsByContentType(
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml").getFirst();
            validate(document, DocumentDocument.Factory::parse);
            PackagePart styles = related(pkg, document, "styles");
            assertThat(styles).as("styles part").isNotNull();
            validate(styles, StylesDocument.Factory::parse);
            PackagePart footer = related(pkg, document, "footer");
            assertThat(footer).as("footer part (page numbers)").isNotNull();
            validate(footer, FtrDocument.Factory::parse);
            assertThat(dom(footer).getElementsByTagNameNS(W, "instrText").item(0).getTextContent()).contains("PAGE");
            POIXMLProperties.CoreProperties core = new POIXMLProperties(pkg).getCoreProperties();
            assertThat(core.getCreator()).as("author").isNotBlank().doesNotContain("Apache POI");
            for (Document part : List.of(dom(document), dom(styles), dom(footer))) {
                runPropertiesInOrder(part);
            }
            Document body = dom(document);
            tablesHaveGrids(body);
            sectionIsA4(body);
            return body;
        }
    }

    private interface Parser {
        XmlObject parse(InputStream in) throws Exception;
    }

    private static void validate(PackagePart part, Parser parser) throws Exception {
        XmlObject xml;
        try (InputStream in = part.getInputStream()) {
            xml = parser.parse(in);
        }
        List<XmlError> errors = new ArrayList<>();
        boolean valid = xml.validate(new XmlOptions().setErrorListener(errors));
        assertThat(errors).as(part.getPartName() + " against the OOXML schema").isEmpty();
        assertThat(valid).isTrue();
    }

    private static PackagePart related(OPCPackage pkg, PackagePart from, String typeEnd) throws Exception {
        for (var rel : from.getRelationships()) {
            if (rel.getRelationshipType().endsWith("/" + typeEnd)) {
                return pkg.getPart(PackagingURIHelper.createPartName(PackagingURIHelper.resolvePartUri(
                        from.getPartName().getURI(), rel.getTargetURI())));
            }
        }
        return null;
    }

    private static Document dom(PackagePart part) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        try (InputStream in = part.getInputStream()) {
            return f.newDocumentBuilder().parse(in);
        }
    }

    private static void runPropertiesInOrder(Document part) {
        NodeList all = part.getElementsByTagNameNS(W, "rPr");
        for (int i = 0; i < all.getLength(); i++) {
            int last = -1;
            for (Element child : children(all.item(i))) {
                int at = RUN_PROPERTY_ORDER.indexOf(child.getLocalName());
                if (at < 0) {
                    continue;       // rPrChange and the like: outside the base sequence
                }
                assertThat(at).as("w:" + child.getLocalName() + " after an element it must precede in w:rPr").isGreaterThan(last);
                last = at;
            }
        }
    }

    private static void tablesHaveGrids(Document body) {
        NodeList tables = body.getElementsByTagNameNS(W, "tbl");
        for (int i = 0; i < tables.getLength(); i++) {
            List<Element> parts = children(tables.item(i));
            assertThat(parts).extracting(Element::getLocalName).as("w:tbl starts with w:tblPr, w:tblGrid")
                    .startsWith("tblPr", "tblGrid");
            int columns = children(parts.get(1)).size();
            assertThat(columns).isPositive();
            for (Element part : parts) {
                if (part.getLocalName().equals("tr")) {
                    long cells = children(part).stream().filter(e -> e.getLocalName().equals("tc")).count();
                    assertThat(cells).as("cells in a row = grid columns").isEqualTo(columns);
                }
            }
        }
    }

    private static void sectionIsA4(Document body) {
        Element bodyElement = (Element) body.getElementsByTagNameNS(W, "body").item(0);
        List<Element> blocks = children(bodyElement);
        Element sect = blocks.getLast();
        assertThat(sect.getLocalName()).as("the body ends with its section properties").isEqualTo("sectPr");
        Element size = (Element) sect.getElementsByTagNameNS(W, "pgSz").item(0);
        assertThat(size.getAttributeNS(W, "w")).isEqualTo("11906");
        assertThat(size.getAttributeNS(W, "h")).isEqualTo("16838");
        Element margins = (Element) sect.getElementsByTagNameNS(W, "pgMar").item(0);
        assertThat(Integer.parseInt(margins.getAttributeNS(W, "top"))).as("top margin 37 mm").isEqualTo(2098);
        assertThat(Integer.parseInt(margins.getAttributeNS(W, "left"))).as("left margin 28 mm").isEqualTo(1587);
    }

    private static List<Element> children(Node node) {
        List<Element> out = new ArrayList<>();
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    /** Text of every paragraph in document order (for content checks beside the structural ones). */
    public static List<String> paragraphs(Document body) {
        List<String> out = new ArrayList<>();
        NodeList ps = body.getElementsByTagNameNS(W, "p");
        for (int i = 0; i < ps.getLength(); i++) {
            out.add(ps.item(i).getTextContent());
        }
        return out;
    }

    /**
     * A list sheet prints on A4 in the given orientation, one page wide, rows 0…headerRow repeated, page
     * numbers in the footer, and panes frozen under the header.
     */
    public static void printsAsList(XSSFSheet sheet, boolean landscape, int headerRow) {
        var print = sheet.getPrintSetup();
        assertThat(print.getPaperSize()).as("A4").isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(print.getLandscape()).as("landscape").isEqualTo(landscape);
        assertThat(sheet.getFitToPage()).as("fit to page").isTrue();
        assertThat(print.getFitWidth()).as("one page wide").isEqualTo((short) 1);
        assertThat(print.getFitHeight()).as("as many pages tall as needed").isEqualTo((short) 0);
        assertThat(sheet.getRepeatingRows()).as("header repeated").isEqualTo(new CellRangeAddress(0, headerRow, -1, -1));
        assertThat(sheet.getFooter().getCenter()).contains("&P").contains("&N");
        var pane = sheet.getPaneInformation();
        assertThat(pane).as("frozen panes").isNotNull();
        assertThat(pane.isFreezePane()).isTrue();
        assertThat((int) pane.getHorizontalSplitPosition()).as("frozen under the header").isEqualTo(headerRow + 1);
    }
}
