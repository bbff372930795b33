package cn.zhaoshang.desk.dashboard;

import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.office.OfficialDocx;
import cn.zhaoshang.desk.common.text.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The sections of the weekly and monthly briefing, in the order they are printed. */
final class BriefingSections {
    static final List<BriefingSection> ALL = List.of(new Headline(), new Signings(), new StageSummary(), new Overdue(),
            new Upcoming());

    private BriefingSections() {
    }

    /** 2026年6月15日 in Chinese, 2026-06-15 in English. */
    static String date(Messages m, LocalDate day) {
        return m.get("report.date", String.valueOf(day.getYear()), String.valueOf(day.getMonthValue()),
                String.valueOf(day.getDayOfMonth()));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String stage(Messages m, String s) {
        return s == null || s.isEmpty() ? "—" : m.has("dashboard.stage." + s) ? m.get("dashboard.stage." + s) : s;
    }

    /** 主要指标: the period's figures against nothing (targets are the dashboard's), and the year's three rates. */
    static final class Headline implements BriefingSection {
        @Override
        public String title(ReportService.Briefing b, Messages m) {
            return m.get("report.section.headline");
        }

        @Override
        public void body(ReportService.Briefing b, Messages m, OfficialDocx doc) {
            List<List<String>> rows = new ArrayList<>();
            for (Indicator i : Indicator.values()) {
                BigDecimal v = b.headline().get(i);
                rows.add(List.of(m.get("enum.Indicator." + i.name()), i.isMoney() ? Money.formatSum(v, m) : v.stripTrailingZeros().toPlainString()));
            }
            doc.table(List.of(m.get("report.column.indicator"), m.get("report.column.value")), new int[] {3, 2},
                    new boolean[] {false, true}, rows);
            Kpis k = b.yearKpis();
            doc.paragraph(m.get("report.kpis", String.valueOf(b.to().getYear()), Ratios.percent(k.fulfilmentRate()),
                    Ratios.percent(k.startRate()), Ratios.percent(k.fundsRate())));
        }
    }

    /** 新签约项目: each signing of the period with its amount. */
    static final class Signings implements BriefingSection {
        @Override
        public String title(ReportService.Briefing b, Messages m) {
            return m.get("report.section.signings", String.valueOf(b.signings().size()));
        }

        @Override
        public void body(ReportService.Briefing b, Messages m, OfficialDocx doc) {
            if (b.signings().isEmpty()) {
                doc.paragraph(m.get("report.none"));
                return;
            }
            List<List<String>> rows = new ArrayList<>();
            int n = 1;
            for (DrillRow r : b.signings()) {
                rows.add(List.of(String.valueOf(n++), r.name(), nz(r.companyName()), nz(r.teamName()), Money.formatSum(r.amount(), m),
                        r.date() == null ? "" : r.date().toString()));
            }
            doc.table(List.of(m.get("report.column.seq"), m.get("report.column.project"), m.get("report.column.company"),
                    m.get("report.column.team"), m.get("report.column.amount"), m.get("report.column.date")),
                    new int[] {3, 8, 8, 6, 5, 6}, new boolean[] {true, false, false, false, true, false}, rows);
        }
    }

    /**
     * 项目阶段变化: how many projects entered each stage, as a short table; the dated list of every change goes
     * to an appendix, so a month with 60 changes still reads in a few lines.
     */
    static final class StageSummary implements BriefingSection {
        @Override
        public String title(ReportService.Briefing b, Messages m) {
            return m.get("report.section.moves", String.valueOf(b.stageMoves().size()));
        }

        @Override
        public void body(ReportService.Briefing b, Messages m, OfficialDocx doc) {
            if (b.stageMoves().isEmpty()) {
                doc.paragraph(m.get("report.none"));
                return;
            }
            Map<String, Integer> entered = new LinkedHashMap<>();
            for (String s : DashboardService.STAGES) {
                entered.put(s, 0);
            }
            for (ReportLine line : b.stageMoves()) {
                entered.merge(target(line), 1, Integer::sum);
            }
            List<List<String>> rows = new ArrayList<>();
            entered.forEach((s, n) -> {
                if (n > 0) {
                    rows.add(List.of(stage(m, s), String.valueOf(n)));
                }
            });
            doc.table(List.of(m.get("report.column.stage"), m.get("report.column.entered")), new int[] {3, 2},
                    new boolean[] {false, true}, rows);
            doc.paragraph(m.get("report.moves.detail", String.valueOf(b.stageMoves().size())));
        }

        private static String target(ReportLine move) {
            String text = move.text() == null ? "" : move.text();
            return text.substring(text.indexOf('→') + 1);
        }

        @Override
        public boolean hasAppendix(ReportService.Briefing b) {
            return !b.stageMoves().isEmpty();
        }

        @Override
        public void appendix(ReportService.Briefing b, Messages m, OfficialDocx doc, int number) {
            doc.heading(m.get("report.appendix", String.valueOf(number), m.get("report.appendix.moves")));
            List<List<String>> rows = new ArrayList<>();
            int n = 1;
            for (ReportLine line : b.stageMoves()) {
                String text = line.text() == null ? "→" : line.text();
                String from = text.substring(0, text.indexOf('→'));
                rows.add(List.of(String.valueOf(n++), line.date().toString(), line.subject(), stage(m, from),
                        stage(m, target(line))));
            }
            doc.table(List.of(m.get("report.column.seq"), m.get("report.column.changedOn"), m.get("report.column.project"),
                    m.get("report.column.fromStage"), m.get("report.column.toStage")), new int[] {3, 5, 12, 4, 4},
                    new boolean[] {true, false, false, false, false}, rows);
        }
    }

    /** 逾期督办事项: as they stood at the end of the period. */
    static final class Overdue implements BriefingSection {
        @Override
        public String title(ReportService.Briefing b, Messages m) {
            return m.get("report.section.overdue", String.valueOf(b.overdue().size()));
        }

        @Override
        public void body(ReportService.Briefing b, Messages m, OfficialDocx doc) {
            if (b.overdue().isEmpty()) {
                doc.paragraph(m.get("report.none"));
                return;
            }
            List<List<String>> rows = new ArrayList<>();
            int n = 1;
            for (OverdueItem o : b.overdue()) {
                rows.add(List.of(String.valueOf(n++), o.title(), nz(o.teamName()), o.dueOn().toString(), String.valueOf(o.daysOverdue())));
            }
            doc.table(List.of(m.get("report.column.seq"), m.get("report.column.task"), m.get("report.column.team"),
                    m.get("report.column.due"), m.get("report.column.days")), new int[] {3, 12, 6, 5, 4},
                    new boolean[] {true, false, false, false, true}, rows);
        }
    }

    /**
     * 下周/下月工作安排: next steps of visits and tasks due in the week or month after the period. The first
     * {@link #IN_BODY} stand in the body; a longer list (a month's) goes whole to an appendix table.
     */
    static final class Upcoming implements BriefingSection {
        static final int IN_BODY = 10;

        @Override
        public String title(ReportService.Briefing b, Messages m) {
            return m.get("report.section.next." + b.kind().name(), date(m, b.nextFrom()), date(m, b.nextTo()));
        }

        @Override
        public void body(ReportService.Briefing b, Messages m, OfficialDocx doc) {
            if (b.upcoming().isEmpty()) {
                doc.paragraph(m.get("report.none"));
            }
            for (ReportLine l : b.upcoming().subList(0, Math.min(IN_BODY, b.upcoming().size()))) {
                doc.paragraph(line(l));
            }
            if (hasAppendix(b)) {
                doc.paragraph(m.get("report.next.more", String.valueOf(b.upcoming().size() - IN_BODY)));
            }
        }

        static String line(ReportLine l) {
            String text = l.text() == null ? "" : l.text();
            return l.date() + "  " + l.subject() + (text.isEmpty() ? "" : "：" + text);
        }

        @Override
        public boolean hasAppendix(ReportService.Briefing b) {
            return b.upcoming().size() > IN_BODY;
        }

        @Override
        public void appendix(ReportService.Briefing b, Messages m, OfficialDocx doc, int number) {
            doc.heading(m.get("report.appendix", String.valueOf(number), m.get("report.appendix.next")));
            List<List<String>> rows = new ArrayList<>();
            int n = 1;
            for (ReportLine l : b.upcoming()) {
                rows.add(List.of(String.valueOf(n++), l.date().toString(), l.subject(), nz(l.text())));
            }
            doc.table(List.of(m.get("report.column.seq"), m.get("report.column.due"), m.get("report.column.subject"),
                    m.get("report.column.step")), new int[] {3, 5, 10, 12}, new boolean[] {true, false, false, false}, rows);
        }
    }

    /** A section another feature adds (company requests, receptions and events): its summary, then its lines. */
    record Extra(BriefingExtra extra) implements BriefingSection {
        @Override
        public String title(ReportService.Briefing b, Messages m) {
            return m.get(extra.titleKey(), extra.titleArgs().toArray());
        }

        @Override
        public void body(ReportService.Briefing b, Messages m, OfficialDocx doc) {
            if (extra.summaryKey() != null) {
                doc.paragraph(m.get(extra.summaryKey(), extra.summaryArgs().toArray()));
            }
            for (BriefingExtra.Line l : extra.lines()) {
                doc.paragraph(Upcoming.line(l.in(m)));
            }
        }
    }
}
