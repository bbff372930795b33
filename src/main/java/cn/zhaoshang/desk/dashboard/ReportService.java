package cn.zhaoshang.desk.dashboard;

import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.office.OutputFile;
import cn.zhaoshang.desk.dashboard.db.DashboardRepository;
import cn.zhaoshang.desk.dashboard.db.DrillRepository;
import cn.zhaoshang.desk.dashboard.db.ReportRepository;
import cn.zhaoshang.desk.reference.ReferenceDataService;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The weekly and monthly briefing (招商周报/月报, .docx) and the project ledger (项目台账, .xlsx):
 * the same figures as the dashboard, written to files that open in Word, WPS and LibreOffice.
 */
public final class ReportService {
    /** A weekly report covers Monday–Sunday of the week holding the given day; a monthly one the month. */
    public enum Kind { WEEKLY, MONTHLY }

    private final DashboardService dashboard;
    private final DashboardRepository figures;
    private final DrillRepository drills;
    private final ReportRepository reports;
    private final List<BriefingSource> sources;

    public ReportService(DashboardService dashboard, DashboardRepository figures, DrillRepository drills, ReportRepository reports) {
        this(dashboard, figures, drills, reports, List.of());
    }

    /** @param sources what other features add to the briefing, in order (field work: requests, receptions, events) */
    public ReportService(DashboardService dashboard, DashboardRepository figures, DrillRepository drills, ReportRepository reports,
                         List<BriefingSource> sources) {
        this.dashboard = dashboard;
        this.figures = figures;
        this.drills = drills;
        this.reports = reports;
        this.sources = List.copyOf(sources);
    }

    /** The briefing's contents for the window [from, to] and one team (null = the district). */
    public Briefing briefing(Kind kind, LocalDate day, UUID teamId) {
        LocalDate from = kind == Kind.WEEKLY ? day.with(DayOfWeek.MONDAY) : day.withDayOfMonth(1);
        LocalDate to = kind == Kind.WEEKLY ? from.plusDays(6) : from.plusMonths(1).minusDays(1);
        Map<UUID, Map<Indicator, BigDecimal>> byTeam = figures.facts(from, to).actuals(from, to, OwnerKind.TEAM);
        Map<Indicator, BigDecimal> headline = new EnumMap<>(Indicator.class);
        for (Indicator i : Indicator.values()) {
            headline.put(i, byTeam.entrySet().stream().filter(e -> teamId == null || teamId.equals(e.getKey()))
                    .map(e -> e.getValue().getOrDefault(i, BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        Period year = Period.yearOf(to);
        Kpis kpis = dashboard.kpis(new DashboardFilter(year, teamId));
        List<DrillRow> signings = drills.rows(DrillDown.of(DrillDown.Kind.SIGNED), from, to, teamId, dashboard.today(), 500);
        String teamName = teamId == null ? null : dashboard.teams().get(teamId);
        // the "next" section looks at the period after this one: next week, or the whole next month
        LocalDate nextFrom = to.plusDays(1);
        LocalDate nextTo = kind == Kind.WEEKLY ? to.plusDays(7) : nextFrom.plusMonths(1).minusDays(1);
        LocalDate today = dashboard.today();
        int number = kind == Kind.WEEKLY ? from.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) : from.getMonthValue();
        return new Briefing(kind, from, to, teamName, headline, kpis, signings, reports.stageMoves(from, to, teamId),
                dashboard.overdueAtEndOf(teamId, to), nextFrom, nextTo, reports.upcoming(nextFrom, nextTo, teamId),
                new Issue(reports.divisionName(ReferenceDataService.HOME_DISTRICT), number, today),
                sources.stream().map(source -> source.section(from, to, teamId)).toList());
    }

    /** Writes the briefing as .docx (refused for any other file name: a .pdf name would hold a .docx). */
    public void writeBriefing(Briefing briefing, Messages messages, Path file) {
        OutputFile.requireExtension(file, "docx");
        try {
            createFolder(file);
            OutputFile.write(file, "docx", out -> new BriefingWriter(messages).write(briefing, out));
        } catch (IOException e) {
            throw new DeskException(e, "report.error.write", file.toString());
        }
    }

    /** Writes the ledger of all live projects (one team's, or all) as .xlsx; returns the row count. */
    public int writeLedger(UUID teamId, Messages messages, Path file) {
        OutputFile.requireExtension(file, "xlsx");
        List<LedgerRow> rows = reports.ledger(teamId);
        String scope = teamId == null ? messages.get("report.scope.district") : dashboard.teams().get(teamId);
        try {
            createFolder(file);
            OutputFile.write(file, "xlsx", out -> new LedgerWriter(messages).write(rows, scope, dashboard.today(), out));
        } catch (IOException e) {
            throw new DeskException(e, "report.error.write", file.toString());
        }
        return rows.size();
    }

    /** The command line writes reports into folders it names (reports/2026/…), made when missing. */
    private static void createFolder(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
    }

    /** Finds a team by its exact name, or refuses with the names there are. */
    public UUID teamByName(String name) {
        return dashboard.teams().entrySet().stream().filter(e -> e.getValue().equals(name.strip())).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new DeskException("report.error.team", name, String.join("、", dashboard.teams().values())));
    }

    /**
     * Everything one briefing says. {@code overdue} is as it stood at the end of the period; {@code upcoming}
     * covers [nextFrom, nextTo], the week or month after it; {@code extras} are other features' sections.
     */
    public record Briefing(Kind kind, LocalDate from, LocalDate to, String teamName, Map<Indicator, BigDecimal> headline,
                           Kpis yearKpis, List<DrillRow> signings, List<ReportLine> stageMoves, List<OverdueItem> overdue,
                           LocalDate nextFrom, LocalDate nextTo, List<ReportLine> upcoming, Issue issue,
                           List<BriefingExtra> extras) {
    }

    /** The masthead's facts: the district that issues it, the issue's number in its year (week or month), the day written. */
    public record Issue(String district, int number, LocalDate issuedOn) {
    }
}
