package cn.zhaoshang.desk.bench;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.bench.db.BenchSql;
import cn.zhaoshang.desk.company.CompanyColumn;
import cn.zhaoshang.desk.company.CompanyFilter;
import cn.zhaoshang.desk.company.CompanyPage;
import cn.zhaoshang.desk.company.CompanyService;
import cn.zhaoshang.desk.company.CompanySort;
import cn.zhaoshang.desk.company.Interaction;
import cn.zhaoshang.desk.company.InteractionKind;
import cn.zhaoshang.desk.company.PageKey;
import cn.zhaoshang.desk.company.PursuitStatus;
import cn.zhaoshang.desk.dashboard.DashboardService;
import cn.zhaoshang.desk.map.MapMeasure;
import cn.zhaoshang.desk.map.MapService;
import cn.zhaoshang.desk.map.Region;
import cn.zhaoshang.desk.project.ColumnSummary;
import cn.zhaoshang.desk.project.ListSort;
import cn.zhaoshang.desk.project.ProjectFilter;
import cn.zhaoshang.desk.project.ProjectService;
import cn.zhaoshang.desk.project.ProjectStage;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * What the screens ask of the services when a user opens or changes them: the company list's
 * pages (first, deep, re-sorted, filtered) and its count, the project board at its size (the
 * board's whole load: totals, the first cards of every column, the lagging counts), the
 * dashboard for the current year and the investment map's figures and region list. Each is the call the screen's view model makes, nothing less.
 */
final class ScreenBench {
    /** The company list's page size (CompanyListViewModel.PAGE_SIZE). */
    static final int LIST_PAGE = 200;
    /** Cards per board column (BoardViewModel.PAGE). */
    static final int BOARD_PAGE = 30;

    private final BenchReport report;
    private final Services services;
    private final int warmups;
    private final int runs;

    ScreenBench(BenchReport report, Services services, int warmups, int runs) {
        this.report = report;
        this.services = services;
        this.warmups = warmups;
        this.runs = runs;
    }

    /** The first page, kept so that the heap can be measured "with the list open". */
    CompanyPage companyList(long companies) {
        CompanyService list = services.companies();
        CompanyPage[] first = new CompanyPage[1];
        measure("list.firstPage", "Company list: first page (by name)", 100.0,
                () -> first[0] = list.page(CompanyFilter.NONE, CompanySort.DEFAULT, null, LIST_PAGE));
        measure("list.count", "Company list: row count (shown beside the list)", null, () -> list.count(CompanyFilter.NONE));
        PageKey deep = new BenchSql(services.database()).nameKeyAt(companies / 2);
        measure("list.deepPage", "Company list: a page half-way down (keyset)", 200.0,
                () -> list.page(CompanyFilter.NONE, CompanySort.DEFAULT, deep, LIST_PAGE));
        measure("list.nextPage", "Company list: next page while scrolling", 200.0,
                () -> list.page(CompanyFilter.NONE, CompanySort.DEFAULT, first[0].next(), LIST_PAGE));
        CompanySort byCapital = new CompanySort(CompanyColumn.CAPITAL, false);
        measure("list.sortChange", "Company list: re-sort (registered capital, descending)", 200.0,
                () -> list.page(CompanyFilter.NONE, byCapital, null, LIST_PAGE));
        CompanySort byFounded = new CompanySort(CompanyColumn.FOUNDED, true);
        measure("list.sortChange2", "Company list: re-sort (founded, ascending)", 200.0,
                () -> list.page(CompanyFilter.NONE, byFounded, null, LIST_PAGE));
        CompanyFilter following = CompanyFilter.NONE.toBuilder().statuses(Set.of(PursuitStatus.FOLLOWING)).build();
        measure("list.filterChange", "Company list: filter change (status 跟进中)", 200.0,
                () -> list.page(following, CompanySort.DEFAULT, null, LIST_PAGE));
        measure("list.filterCount", "Company list: count under that filter", null, () -> list.count(following));
        CompanyFilter narrow = CompanyFilter.NONE.toBuilder().statuses(Set.of(PursuitStatus.NEGOTIATING))
                .divisionCode("410100").build();
        measure("list.filterNarrow", "Company list: narrow filter (status + region, by name)", 200.0,
                () -> list.page(narrow, CompanySort.DEFAULT, null, LIST_PAGE));
        return first[0];
    }

    /** The board's whole load, as BoardViewModel.reload does it. */
    void projectBoard() {
        ProjectService projects = services.projects();
        measure("board.load", "Project board: whole load (totals + every column + lagging)", 200.0, () -> {
            Map<ProjectStage, ColumnSummary> summaries = projects.summaries(ProjectFilter.ALL);
            for (ProjectStage stage : ProjectStage.values()) {
                if (summaries.get(stage).count() > 0) {
                    projects.column(ProjectFilter.ALL, stage, null, BOARD_PAGE);
                }
            }
            return projects.laggingCounts(ProjectFilter.ALL);
        });
        measure("board.list", "Project list: first page", 200.0,
                () -> projects.list(ProjectFilter.ALL, ListSort.LONGEST_IN_STAGE, null, LIST_PAGE));
    }

    /**
     * The dashboard as it opens again with nothing changed (figures kept, decision 0097), after
     * a change it does not show (a company's note), and after a visit is recorded: the year's facts
     * are counted again from the tables.
     */
    void dashboard() {
        DashboardService dashboard = services.dashboard();
        measure("dashboard.load", "Dashboard: current year, whole district", 150.0,
                () -> dashboard.load(dashboard.defaultFilter(null)));
        MapService map = services.map();
        map.atlas();
        measure("map.figures", "Investment map: the year's four figures for every province and prefecture", 500.0,
                () -> map.figures(map.defaultFilter()));
        Region zhengzhou = map.atlas().region(Region.PREFECTURE, "410100");
        measure("map.list", "Investment map: the companies of one prefecture (郑州)", 200.0,
                () -> map.entries(zhengzhou, MapMeasure.COMPANIES, map.defaultFilter()));
        UUID company = new BenchSql(services.database()).aCompany();
        measure("dashboard.afterVisit", "Dashboard after a visit is recorded (figures counted again)", 150.0,
                () -> dashboard.load(dashboard.defaultFilter(null)),
                () -> services.companies().visits().record(company, new Interaction.Draft(
                        dashboard.today(), InteractionKind.VISIT_OUT, null, null, "bench", null, null)));
    }

    private void measure(String id, String label, Double target, Callable<?> work) {
        report.add(id, label, Timing.median(warmups, runs, work), "ms", runs, target);
    }

    /** Like {@link #measure}, with {@code before} run untimed before each run. */
    private void measure(String id, String label, Double target, Callable<?> work, Runnable before) {
        report.add(id, label, Timing.median(warmups, runs, () -> {
            before.run();
            return null;
        }, work), "ms", runs, target);
    }
}
