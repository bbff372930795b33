package cn.zhaoshang.desk.dashboard;

import cn.zhaoshang.desk.common.i18n.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** Writes a {@link ReportService.Briefing} as a plain .docx (headings, paragraphs, simple tables). */
final class BriefingWriter {
    private static final String FONT = "SimSun";
    private final Messages m;

    BriefingWriter(Messages messages) {
        this.m = messages;
    }

    void write(ReportService.Briefing b, Path file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            String scope = b.teamName() == null ? m.get("report.scope.district") : b.teamName();
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            run(title, m.get("report.title." + b.kind().name(), scope), 18, true);
            XWPFParagraph sub = doc.createParagraph();
            sub.setAlignment(ParagraphAlignment.CENTER);
            run(sub, m.get("report.window", b.from().toString(), b.to().toString()), 11, false);

            heading(doc, m.get("report.section.headline"));
            XWPFTable figures = table(doc, m.get("report.column.indicator"), m.get("report.column.value"));
            for (Indicator i : Indicator.values()) {
                row(figures, m.get("enum.Indicator." + i.name()), value(i, b.headline().get(i)));
            }
            paragraph(doc, m.get("report.kpis", String.valueOf(b.to().getYear()), Money.percent(b.yearKpis().fulfilmentRate()),
                    Money.percent(b.yearKpis().startRate()), Money.percent(b.yearKpis().fundsRate())));

            heading(doc, m.get("report.section.signings", String.valueOf(b.signings().size())));
            if (b.signings().isEmpty()) {
                paragraph(doc, m.get("report.none"));
            } else {
                XWPFTable t = table(doc, m.get("report.column.project"), m.get("report.column.company"),
                        m.get("report.column.team"), m.get("report.column.amount"), m.get("report.column.date"));
                for (DrillRow r : b.signings()) {
                    row(t, r.name(), nz(r.companyName()), nz(r.teamName()), money(r.amount()), String.valueOf(r.date()));
                }
            }
            heading(doc, m.get("report.section.moves", String.valueOf(b.stageMoves().size())));
            lines(doc, b.stageMoves(), true);
            heading(doc, m.get("report.section.overdue", String.valueOf(b.overdue().size())));
            if (b.overdue().isEmpty()) {
                paragraph(doc, m.get("report.none"));
            } else {
                XWPFTable t = table(doc, m.get("report.column.task"), m.get("report.column.team"),
                        m.get("report.column.due"), m.get("report.column.days"));
                for (OverdueItem o : b.overdue()) {
                    row(t, o.title(), nz(o.teamName()), o.dueOn().toString(), String.valueOf(o.daysOverdue()));
                }
            }
            heading(doc, m.get("report.section.next", b.to().plusDays(1).toString(), b.to().plusDays(7).toString()));
            lines(doc, b.nextWeek(), false);
            for (BriefingSection s : b.sections()) {
                heading(doc, m.get(s.titleKey(), s.titleArgs().toArray()));
                if (s.summaryKey() != null) {
                    paragraph(doc, m.get(s.summaryKey(), s.summaryArgs().toArray()));
                }
                lines(doc, s.lines(), false);
            }
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                doc.write(out);
            }
        }
    }

    private void lines(XWPFDocument doc, List<ReportLine> lines, boolean stages) {
        if (lines.isEmpty()) {
            paragraph(doc, m.get("report.none"));
        }
        for (ReportLine l : lines) {
            String text = l.text() == null ? "" : stages ? stageMove(l.text()) : l.text();
            paragraph(doc, l.date() + "  " + l.subject() + (text.isEmpty() ? "" : "：" + text));
        }
    }

    private String stageMove(String move) {
        String[] parts = move.split("→", -1);
        return stage(parts[0]) + " → " + stage(parts[1]);
    }

    private String stage(String s) {
        return s.isEmpty() ? "—" : m.has("dashboard.stage." + s) ? m.get("dashboard.stage." + s) : s;
    }

    private String value(Indicator i, java.math.BigDecimal v) {
        return i.isMoney() ? money(v) : v.stripTrailingZeros().toPlainString();
    }

    private String money(java.math.BigDecimal v) {
        return Money.text(m, v);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static void heading(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBefore(240);
        run(p, text, 14, true);
    }

    private static void paragraph(XWPFDocument doc, String text) {
        run(doc.createParagraph(), text, 11, false);
    }

    private static void run(XWPFParagraph p, String text, int size, boolean bold) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontSize(size);
        r.setBold(bold);
        r.setFontFamily(FONT);
    }

    private static XWPFTable table(XWPFDocument doc, String... headers) {
        XWPFTable t = doc.createTable(1, headers.length);
        t.setWidth("100%");
        for (int i = 0; i < headers.length; i++) {
            XWPFParagraph p = t.getRow(0).getCell(i).getParagraphs().getFirst();
            run(p, headers[i], 11, true);
        }
        return t;
    }

    private static void row(XWPFTable t, String... cells) {
        var row = t.createRow();
        for (int i = 0; i < cells.length; i++) {
            run(row.getCell(i).getParagraphs().getFirst(), cells[i], 11, false);
        }
    }
}
