package cn.zhaoshang.desk.task;

import static cn.zhaoshang.desk.task.TaskFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.generated.Tables;
import cn.zhaoshang.desk.security.Role;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TaskListServiceTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void keysetPagesVisitEveryTaskOnceByDueDateWithUndatedLast(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            var f = new TaskFixtures(services);
            Set<UUID> made = new HashSet<>();
            for (int i = 0; i < 23; i++) {
                LocalDate due = i % 5 == 0 ? null : TODAY.plusDays(i % 4);   // several tasks share a day
                Task task = f.task("任务" + i, due);
                if (i % 3 == 0) {
                    services.tasks().start(task.id(), task.version());   // two statuses, read as two ranges
                }
                made.add(task.id());
            }
            List<Task> seen = new ArrayList<>();
            TaskCursor cursor = null;
            int pages = 0;
            do {
                TaskPage page = services.taskLists().page(TaskQuery.open(), cursor, 4);
                page.rows().forEach(r -> seen.add(r.task()));
                cursor = page.next();
                pages++;
            } while (cursor != null);
            assertThat(seen).extracting(Task::id).containsExactlyInAnyOrderElementsOf(made);
            assertThat(pages).isBetween(6, 7);
            List<LocalDate> dated = seen.stream().map(Task::dueOn).takeWhile(Objects::nonNull).toList();
            assertThat(dated).isSorted().hasSize(18);
            assertThat(seen.subList(18, 23)).allMatch(t -> t.dueOn() == null);
            assertThat(services.taskLists().count(TaskQuery.open())).isEqualTo(23);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void filtersNarrowTheListAndItsCount(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            var f = new TaskFixtures(services);
            UUID other = f.team("深圳驻地招商小分队", "深圳");
            UUID company = f.company("深圳微众科技有限公司", other, f.colleague);
            f.task("我的逾期", TODAY.minusDays(3));
            Task done = f.task("我的已完成", TODAY.minusDays(2));
            services.tasks().complete(done.id(), done.version(), null);
            services.tasks().create(TaskDraft.blank().withTitle("同事的督办").withAssignee(f.colleague, other)
                    .withDueOn(TODAY.plusDays(20)).withSupervision(SupervisionLevel.BUREAU, 7, null));
            services.tasks().create(services.tasks().draftForCompany(company).withTitle("拜访微众"));

            var lists = services.taskLists();
            TaskQuery all = new TaskQuery(null, null, null, false, null, null, null, null, null);
            assertThat(lists.count(all)).isEqualTo(4);
            assertThat(titles(lists, TaskQuery.open())).containsExactly("我的逾期", "拜访微众", "同事的督办");
            assertThat(titles(lists, all.withAssignee(f.colleague))).containsExactly("同事的督办");
            assertThat(titles(lists, all.withTeam(other))).containsExactly("拜访微众", "同事的督办");
            assertThat(titles(lists, new TaskQuery(null, null, EnumSet.of(TaskStatus.DONE), false, null, null, null, null, null)))
                    .containsExactly("我的已完成");
            assertThat(titles(lists, new TaskQuery(null, null, null, true, null, null, null, null, null)))
                    .containsExactly("我的逾期");
            assertThat(titles(lists, all.withDue(TODAY.minusDays(2), TODAY.plusDays(10)))).containsExactly("我的已完成", "拜访微众");
            assertThat(titles(lists, new TaskQuery(null, null, null, false, null, null, company, null, null)))
                    .containsExactly("拜访微众");
            assertThat(titles(lists, all.withSupervision(SupervisionFilter.SUPERVISED))).containsExactly("同事的督办");
            assertThat(titles(lists, all.withSupervision(SupervisionFilter.DISTRICT))).isEmpty();
            assertThat(titles(lists, all.withSupervision(SupervisionFilter.NONE))).hasSize(3);
            assertThat(lists.count(all.withSupervision(SupervisionFilter.NONE))).isEqualTo(3);
        }
    }

    private static List<String> titles(TaskListService lists, TaskQuery query) {
        return lists.page(query, null, 50).rows().stream().map(r -> r.task().title()).toList();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void supervisedRowsCarryTheirDerivedStatus(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            var f = new TaskFixtures(services);
            Task lagging = services.tasks().create(TaskDraft.blank().withTitle("滞后的督办").withAssignee(f.me, f.team)
                    .withDueOn(TODAY.plusDays(30)).withSupervision(SupervisionLevel.DISTRICT, 5, TODAY.minusDays(6)));
            f.task("普通任务", TODAY);
            List<TaskRow> rows = services.taskLists().page(TaskQuery.open(), null, 10).rows();
            TaskRow supervised = rows.stream().filter(r -> r.task().id().equals(lagging.id())).findFirst().orElseThrow();
            assertThat(supervised.supervision().state()).isEqualTo(SupervisionState.LAGGING);
            assertThat(rows.stream().filter(r -> !r.task().isSupervised())).allMatch(r -> r.supervision() == null);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void myTasksAreSplitIntoOverdueTodayThisWeekAndLater(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            var f = new TaskFixtures(services);
            f.task("逾期一", TODAY.minusDays(5));
            f.task("逾期二", TODAY.minusDays(1));
            f.task("今天", TODAY);
            f.task("周日", LocalDate.of(2026, 6, 21));
            f.task("下周一", LocalDate.of(2026, 6, 22));
            f.task("没有期限", null);
            Task done = f.task("已完成的不算", TODAY);
            services.tasks().complete(done.id(), done.version(), null);
            services.tasks().create(TaskDraft.blank().withTitle("同事的").withAssignee(f.colleague, f.team).withDueOn(TODAY));

            MyTasks mine = services.taskLists().myTasks();
            assertThat(mine.linked()).isTrue();
            assertThat(names(mine, DueBucket.OVERDUE)).containsExactly("逾期一", "逾期二");
            assertThat(names(mine, DueBucket.TODAY)).containsExactly("今天");
            assertThat(names(mine, DueBucket.THIS_WEEK)).containsExactly("周日");
            assertThat(names(mine, DueBucket.LATER)).containsExactly("下周一", "没有期限");
            assertThat(mine.count(DueBucket.OVERDUE)).isEqualTo(2);
        }
    }

    private static List<String> names(MyTasks mine, DueBucket bucket) {
        return mine.rows().get(bucket).stream().map(r -> r.task().title()).toList();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aUserWithoutAPersonHasNoTasksOfTheirOwn(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            new TaskFixtures(services);
            services.users().signIn(TestDatabases.asSystem(services).users().create("admin", "管理员", Role.ADMIN, null));
            assertThat(services.taskLists().myTasks().linked()).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aVisitsNextStepWaitsInMyTasksUntilItBecomesATask(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            var f = new TaskFixtures(services);
            UUID company = f.company("北京智芯科技有限公司", f.team, f.me);
            UUID visit = f.visit(company, "约定来郑考察时间", TODAY.plusDays(2));
            f.visit(company, "一年前的旧事", TODAY.minusDays(400));
            assertThat(services.taskLists().myTasks().nextSteps()).extracting(NextStep::nextStep)
                    .containsExactly("约定来郑考察时间");

            services.tasks().createFromVisit(visit, services.messages());
            MyTasks mine = services.taskLists().myTasks();
            assertThat(mine.nextSteps()).isEmpty();
            assertThat(names(mine, DueBucket.THIS_WEEK)).containsExactly("约定来郑考察时间");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theCalendarShowsTasksAndPlannedVisitsByDayWithAtMostSoManyADay(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            var f = new TaskFixtures(services);
            for (int i = 0; i < 5; i++) {
                f.task("同一天" + i, TODAY.plusDays(1));
            }
            f.task("月底", LocalDate.of(2026, 6, 30));
            f.task("下个月", LocalDate.of(2026, 7, 1));
            UUID company = f.company("上海云图数据有限公司", f.team, f.me);
            f.visit(company, "回访", TODAY.plusDays(1));
            UUID colleagues = f.company("同事的企业", f.team, f.colleague);
            UUID theirVisit = f.visit(colleagues, "同事的回访", TODAY.plusDays(2));
            services.database().dsl().update(Tables.INTERACTION)
                    .set(Tables.INTERACTION.RECORDED_BY, "李娜")
                    .where(Tables.INTERACTION.ID.eq(theirVisit)).execute();

            CalendarData june = services.taskLists().calendar(CalendarScope.MINE, LocalDate.of(2026, 6, 1),
                    LocalDate.of(2026, 6, 30), false, 3);
            LocalDate tomorrow = TODAY.plusDays(1);
            assertThat(june.totalOn(tomorrow)).isEqualTo(6);
            assertThat(june.on(tomorrow)).filteredOn(CalendarEntry::isTask).hasSize(3);
            assertThat(june.on(tomorrow)).filteredOn(e -> !e.isTask()).extracting(CalendarEntry::title).containsExactly("回访");
            assertThat(june.on(LocalDate.of(2026, 6, 30))).extracting(CalendarEntry::title).containsExactly("月底");
            assertThat(june.entries()).doesNotContainKey(LocalDate.of(2026, 7, 1));
            assertThat(june.on(TODAY.plusDays(2))).isEmpty();

            CalendarData team = services.taskLists().calendar(CalendarScope.TEAM, TODAY, TODAY.plusDays(3), false, 10);
            assertThat(team.on(TODAY.plusDays(2))).extracting(CalendarEntry::title).containsExactly("同事的回访");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void remindersSumUpFirstAndThenTellOnlyWhatIsNew(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            var f = new TaskFixtures(services);
            f.task("逾期", TODAY.minusDays(2));
            f.task("今天", TODAY);
            f.task("明天", TODAY.plusDays(1));
            TaskReminders reminders = services.taskLists().reminders();

            TaskReminders.Digest first = reminders.check();
            assertThat(first.first()).isTrue();
            assertThat(first.overdue()).isEqualTo(1);
            assertThat(first.dueToday()).isEqualTo(1);
            assertThat(reminders.check().isEmpty()).isTrue();

            Task moved = f.task("新派的今天到期", TODAY);
            TaskReminders.Digest later = reminders.check();
            assertThat(later.first()).isFalse();
            assertThat(later.newlyDue()).containsExactly("新派的今天到期");
            assertThat(later.newlyOverdue()).isEmpty();
            services.tasks().complete(moved.id(), moved.version(), null);
            assertThat(reminders.check().isEmpty()).isTrue();
        }
    }
}
