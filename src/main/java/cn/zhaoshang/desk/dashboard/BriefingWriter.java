package cn.zhaoshang.desk.dashboard;

import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.office.DocumentFonts;
import cn.zhaoshang.desk.common.office.OfficialDocx;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a {@link ReportService.Briefing} as a 简报 that leaders print: the red masthead (name, 〔year〕第N期,
 * issuing office and date), the title and period, the numbered sections of {@link BriefingSections#ALL}
 * and those other features add ({@link BriefingExtra}), then their appendix tables, each on a new page. Layout and validity come from {@link OfficialDocx}.
 */
final class BriefingWriter {
    private static final String NUMERALS = "一二三四五六七八九十";
    private final Messages m;
    private final List<BriefingSection> sections;

    BriefingWriter(Messages messages) {
        this(messages, BriefingSections.ALL);
    }

    BriefingWriter(Messages messages, List<BriefingSection> sections) {
        this.m = messages;
        this.sections = sections;
    }

    void write(ReportService.Briefing b, OutputStream out) throws IOException {
        String scope = b.teamName() == null ? m.get("report.scope.district") : b.teamName();
        String title = m.get("report.title." + b.kind().name(), scope);
        try (OfficialDocx doc = new OfficialDocx(DocumentFonts.OFFICIAL, title, m.get("common.app.creator"))) {
            ReportService.Issue issue = b.issue();
            doc.masthead(m.get("report.masthead." + b.kind().name()),
                    m.get("report.number", String.valueOf(b.to().getYear()), String.valueOf(issue.number())),
                    m.get("report.issuer", issue.district()), date(issue.issuedOn()));
            doc.title(title);
            doc.subtitle(m.get("report.window", date(b.from()), date(b.to())));
            List<BriefingSection> all = new ArrayList<>(sections);
            b.extras().forEach(extra -> all.add(new BriefingSections.Extra(extra)));
            List<BriefingSection> withAppendix = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                BriefingSection section = all.get(i);
                doc.heading((m.isChinese() ? numeral(i + 1) + "、" : (i + 1) + ". ") + section.title(b, m));
                section.body(b, m, doc);
                if (section.hasAppendix(b)) {
                    withAppendix.add(section);
                }
            }
            for (int i = 0; i < withAppendix.size(); i++) {
                doc.pageBreak();
                withAppendix.get(i).appendix(b, m, doc, i + 1);
            }
            doc.write(out);
        }
    }

    private String date(LocalDate day) {
        return BriefingSections.date(m, day);
    }

    /** 1 → 一, 12 → 十二 (sections never reach 20). */
    static String numeral(int n) {
        if (n <= 10) {
            return String.valueOf(NUMERALS.charAt(n - 1));
        }
        return "十" + NUMERALS.charAt(n - 11);
    }
}
