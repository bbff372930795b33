package cn.zhaoshang.desk.task.ui;

import static cn.zhaoshang.desk.task.TaskFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.common.db.StaleRecordException;
import cn.zhaoshang.desk.task.CalendarEntry;
import cn.zhaoshang.desk.task.Task;
import cn.zhaoshang.desk.task.TaskSource;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaskCalendarViewModelTest {
    @TempDir
    Path dir;
    private TaskViewModelFixture fx;
    private TaskCalendarViewModel model;

    @BeforeEach
    void open() {
        fx = new TaskViewModelFixture(dir);
        model = new TaskCalendarViewModel(fx.services.tasks(), fx.services.taskLists(), fx.runner, fx.texts, fx.errors::add,
                fx.notices::add);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private TaskCalendarViewModel.Day day(LocalDate date) {
        return model.days().stream().filter(d -> d.date().equals(date)).findFirst().orElseThrow();
    }

    @Test
    void theMonthIsSixWholeWeeksFromMonday() {
        model.refresh();
        assertThat(model.titleProperty().get()).isEqualTo("2026年6月");
        assertThat(model.days()).hasSize(42);
        assertThat(model.days().get(0).date()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(day(TODAY).today()).isTrue();
        assertThat(day(LocalDate.of(2026, 7, 1)).inPeriod()).isFalse();
    }

    @Test
    void theWeekRunsMondayToSundayAndMovesByWeeks() {
        model.modeProperty().set(TaskCalendarViewModel.Mode.WEEK);
        assertThat(model.days()).extracting(TaskCalendarViewModel.Day::date)
                .startsWith(LocalDate.of(2026, 6, 15)).endsWith(LocalDate.of(2026, 6, 21));
        model.next();
        assertThat(model.days().get(0).date()).isEqualTo(LocalDate.of(2026, 6, 22));
        assertThat(model.titleProperty().get()).isEqualTo("6月22日 周一 – 6月28日 周日");
        model.goToday();
        assertThat(model.days().get(0).date()).isEqualTo(LocalDate.of(2026, 6, 15));
    }

    @Test
    void aMonthDayShowsAFewEntriesAndCountsTheRest() {
        for (int i = 0; i < 6; i++) {
            fx.f.task("同一天" + i, TODAY.plusDays(2));
        }
        fx.f.visit(fx.f.company("北京智芯科技有限公司", fx.f.team, fx.f.me), "回访", TODAY.plusDays(2));
        model.refresh();
        TaskCalendarViewModel.Day busy = day(TODAY.plusDays(2));
        assertThat(busy.total()).isEqualTo(7);
        assertThat(busy.entries()).filteredOn(CalendarEntry::isTask).hasSize(TaskCalendarViewModel.MONTH_PER_DAY);
        assertThat(busy.entries()).filteredOn(e -> !e.isTask()).extracting(CalendarEntry::title).containsExactly("回访");

        model.showWeekOf(TODAY.plusDays(2));
        assertThat(day(TODAY.plusDays(2)).entries()).hasSize(7);
    }

    @Test
    void droppingATaskOnAnotherDayReschedulesIt() {
        Task task = fx.f.task("提交可研报告", TODAY);
        model.refresh();
        CalendarEntry entry = day(TODAY).entries().get(0);

        model.drop(entry, TODAY.plusDays(4));

        assertThat(fx.services.tasks().get(task.id()).dueOn()).isEqualTo(TODAY.plusDays(4));
        assertThat(day(TODAY).entries()).isEmpty();
        assertThat(day(TODAY.plusDays(4)).entries()).extracting(CalendarEntry::title).containsExactly("提交可研报告");
        assertThat(fx.notices).containsExactly("“提交可研报告”已改期到 6月19日 周五。");
    }

    @Test
    void droppingAStaleTaskIsRefusedAndTheCalendarShowsWhatIsStored() {
        Task task = fx.f.task("提交可研报告", TODAY);
        model.refresh();
        CalendarEntry entry = day(TODAY).entries().get(0);
        fx.services.tasks().reschedule(task.id(), task.version(), TODAY.plusDays(1));

        model.drop(entry, TODAY.plusDays(4));

        assertThat(fx.errors).singleElement().isInstanceOf(StaleRecordException.class);
        assertThat(day(TODAY.plusDays(1)).entries()).extracting(CalendarEntry::title).containsExactly("提交可研报告");
    }

    @Test
    void droppingAPlannedVisitMakesItATaskDueThatDay() {
        UUID visit = fx.f.visit(fx.f.company("上海云图数据有限公司", fx.f.team, fx.f.me), "送达合作协议", TODAY.plusDays(1));
        model.refresh();
        CalendarEntry planned = day(TODAY.plusDays(1)).entries().get(0);
        assertThat(planned.isTask()).isFalse();

        model.drop(planned, TODAY.plusDays(3));

        CalendarEntry moved = day(TODAY.plusDays(3)).entries().get(0);
        assertThat(moved.isTask()).isTrue();
        assertThat(day(TODAY.plusDays(1)).entries()).isEmpty();
        Task task = fx.services.tasks().get(moved.id());
        assertThat(task.source()).isEqualTo(TaskSource.VISIT);
        assertThat(task.interactionId()).isEqualTo(visit);
    }
}
