package cn.zhaoshang.desk.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** 按期推进 / 滞后 / 完成 from report-back dates and reports, without a database. */
class SupervisionStatusTest {
    private static final LocalDate CREATED = LocalDate.of(2026, 6, 1);
    private final UUID id = UUID.randomUUID();
    private final List<TaskReport> log = new ArrayList<>();

    private Task supervised(TaskStatus status, LocalDate due, Integer every, LocalDate start, LocalDate completedOn) {
        return new Task(id, 0, "推进签约", null, null, null, null, null, null, null, null, null, null, due,
                TaskPriority.HIGH, status, TaskSource.MEETING, null, SupervisionLevel.DISTRICT, every, start, null,
                completedOn, CREATED);
    }

    private Task weekly() {
        return supervised(TaskStatus.OPEN, LocalDate.of(2026, 7, 31), 7, null, null);
    }

    private void report(LocalDate on) {
        log.add(new TaskReport(UUID.randomUUID(), id, null, on, "已与企业再次对接", "张伟"));
    }

    private SupervisionStatus on(Task task, LocalDate today) {
        return SupervisionStatus.evaluate(task, log, today);
    }

    @Test
    void beforeTheFirstReportBackDateTheTaskIsOnTrack() {
        SupervisionStatus status = on(weekly(), LocalDate.of(2026, 6, 5));
        assertThat(status.state()).isEqualTo(SupervisionState.ON_TRACK);
        assertThat(status.nextReportOn()).isEqualTo(LocalDate.of(2026, 6, 8));
        assertThat(status.dates()).extracting(ReportDate::mark).containsExactly(ReportMark.UPCOMING);
    }

    @Test
    void reportBackDatesRecurFromCreationEveryNDaysUpToTheNextOne() {
        SupervisionStatus status = on(weekly(), LocalDate.of(2026, 6, 20));
        assertThat(status.dates()).extracting(ReportDate::date)
                .containsExactly(LocalDate.of(2026, 6, 8), LocalDate.of(2026, 6, 15), LocalDate.of(2026, 6, 22));
        assertThat(status.nextReportOn()).isEqualTo(LocalDate.of(2026, 6, 22));
    }

    @Test
    void aChosenStartDateMovesTheCycle() {
        Task task = supervised(TaskStatus.OPEN, null, 10, LocalDate.of(2026, 6, 10), null);
        assertThat(on(task, LocalDate.of(2026, 6, 12)).nextReportOn()).isEqualTo(LocalDate.of(2026, 6, 20));
    }

    @Test
    void aPassedReportBackDateWithoutAReportMakesItLag() {
        SupervisionStatus status = on(weekly(), LocalDate.of(2026, 6, 9));
        assertThat(status.state()).isEqualTo(SupervisionState.LAGGING);
        assertThat(status.dates().get(0).mark()).isEqualTo(ReportMark.MISSED);
        assertThat(status.missedCount()).isEqualTo(1);
    }

    @Test
    void aReportWithinThePeriodKeepsItOnTrack() {
        report(LocalDate.of(2026, 6, 6));
        SupervisionStatus status = on(weekly(), LocalDate.of(2026, 6, 9));
        assertThat(status.state()).isEqualTo(SupervisionState.ON_TRACK);
        assertThat(status.dates().get(0).mark()).isEqualTo(ReportMark.REPORTED);
        assertThat(status.lastReportedOn()).isEqualTo(LocalDate.of(2026, 6, 6));
    }

    @Test
    void onTheReportBackDayItselfTheReportIsNotLateYet() {
        SupervisionStatus status = on(weekly(), LocalDate.of(2026, 6, 8));
        assertThat(status.state()).isEqualTo(SupervisionState.ON_TRACK);
        assertThat(status.dates().get(0).mark()).isEqualTo(ReportMark.DUE_TODAY);
        assertThat(status.nextReportOn()).isEqualTo(LocalDate.of(2026, 6, 8));
    }

    @Test
    void aLateReportCatchesUpButTheMissedDateStaysMarkedLate() {
        report(LocalDate.of(2026, 6, 10));
        SupervisionStatus status = on(weekly(), LocalDate.of(2026, 6, 11));
        assertThat(status.state()).isEqualTo(SupervisionState.ON_TRACK);
        assertThat(status.dates().get(0).mark()).isEqualTo(ReportMark.LATE);
    }

    @Test
    void aReportOnlyForAnEarlierPeriodDoesNotCoverTheLatestDate() {
        report(LocalDate.of(2026, 6, 7));
        SupervisionStatus status = on(weekly(), LocalDate.of(2026, 6, 16));
        assertThat(status.dates()).extracting(ReportDate::mark)
                .containsExactly(ReportMark.REPORTED, ReportMark.MISSED, ReportMark.UPCOMING);
        assertThat(status.state()).isEqualTo(SupervisionState.LAGGING);
    }

    @Test
    void anOverdueTaskLagsWhateverItsReports() {
        Task task = supervised(TaskStatus.IN_PROGRESS, LocalDate.of(2026, 6, 10), 7, null, null);
        report(LocalDate.of(2026, 6, 8));
        assertThat(on(task, LocalDate.of(2026, 6, 11)).state()).isEqualTo(SupervisionState.LAGGING);
    }

    @Test
    void theCycleEndsAtTheDueDate() {
        Task task = supervised(TaskStatus.OPEN, LocalDate.of(2026, 6, 20), 7, null, null);
        assertThat(on(task, LocalDate.of(2026, 6, 2)).dates()).extracting(ReportDate::date)
                .containsExactly(LocalDate.of(2026, 6, 8));
        assertThat(on(task, LocalDate.of(2026, 6, 16)).dates()).extracting(ReportDate::date)
                .containsExactly(LocalDate.of(2026, 6, 8), LocalDate.of(2026, 6, 15));
    }

    @Test
    void aDoneTaskReadsDoneAndListsNoDatesAfterCompletion() {
        Task task = supervised(TaskStatus.DONE, LocalDate.of(2026, 7, 31), 7, null, LocalDate.of(2026, 6, 12));
        SupervisionStatus status = on(task, LocalDate.of(2026, 6, 30));
        assertThat(status.state()).isEqualTo(SupervisionState.DONE);
        assertThat(status.dates()).extracting(ReportDate::date).containsExactly(LocalDate.of(2026, 6, 8));
        assertThat(status.nextReportOn()).isNull();
    }

    @Test
    void aCancelledTaskReadsCancelled() {
        Task task = supervised(TaskStatus.CANCELLED, null, 7, null, LocalDate.of(2026, 6, 3));
        assertThat(on(task, LocalDate.of(2026, 6, 30)).state()).isEqualTo(SupervisionState.CANCELLED);
    }

    @Test
    void aReportBackDateAddedByHandCountsLikeTheCycle() {
        Task task = supervised(TaskStatus.OPEN, null, null, null, null);
        log.add(new TaskReport(UUID.randomUUID(), id, LocalDate.of(2026, 6, 5), null, null, "局长"));
        SupervisionStatus status = on(task, LocalDate.of(2026, 6, 6));
        assertThat(status.dates()).containsExactly(new ReportDate(LocalDate.of(2026, 6, 5), ReportMark.MISSED, true));
        assertThat(status.state()).isEqualTo(SupervisionState.LAGGING);
    }

    @Test
    void withoutReportBackDatesASupervisedTaskIsOnTrackUntilItsDueDate() {
        Task task = supervised(TaskStatus.OPEN, LocalDate.of(2026, 6, 10), null, null, null);
        assertThat(on(task, LocalDate.of(2026, 6, 10)).state()).isEqualTo(SupervisionState.ON_TRACK);
        assertThat(on(task, LocalDate.of(2026, 6, 11)).state()).isEqualTo(SupervisionState.LAGGING);
    }

    @Test
    void aDailyCycleOverYearsListsOnlyTheRecentDates() {
        Task task = supervised(TaskStatus.OPEN, null, 1, null, null);
        report(LocalDate.of(2028, 6, 1));
        SupervisionStatus status = on(task, LocalDate.of(2028, 6, 2));
        assertThat(status.dates()).hasSizeLessThanOrEqualTo(SupervisionStatus.MAX_DATES + 1);
        assertThat(status.dates().get(status.dates().size() - 1).date()).isEqualTo(LocalDate.of(2028, 6, 2));
        assertThat(status.state()).isEqualTo(SupervisionState.ON_TRACK);
    }
}
