package cn.zhaoshang.desk.task.db;

import static cn.zhaoshang.desk.task.TaskFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.task.CalendarEntry;
import cn.zhaoshang.desk.task.Task;
import cn.zhaoshang.desk.task.TaskDraft;
import cn.zhaoshang.desk.task.TaskFixtures;
import cn.zhaoshang.desk.task.TaskPriority;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A month is ranked in the database day by day when it is full, and here when it is not: both agree. */
class TaskCalendarRepositoryTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void bothWaysOfRankingAMonthShowTheSameMostUrgentTasks(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            var f = new TaskFixtures(services);
            TaskPriority[] priorities = TaskPriority.values();
            for (int i = 0; i < 30; i++) {
                TaskDraft draft = TaskDraft.blank().withTitle("任务" + i).withAssignee(i % 2 == 0 ? f.me : f.colleague, f.team)
                        .withDueOn(TODAY.plusDays(i % 5));
                Task task = services.tasks().create(new TaskDraft(draft.title(), null, null, null, null, null, null,
                        draft.assigneeId(), draft.teamId(), draft.dueOn(), priorities[i % 4], draft.source(), null, null,
                        null, null));
                if (i % 7 == 0) {
                    services.tasks().start(task.id(), task.version());
                }
            }
            Map<LocalDate, Integer> scannedTotals = new HashMap<>();
            Map<LocalDate, Integer> rankedTotals = new HashMap<>();
            List<CalendarEntry> scanned = new TaskCalendarRepository(services.database(), Integer.MAX_VALUE)
                    .calendar(null, List.of(f.team), TODAY, TODAY.plusDays(6), false, 3, scannedTotals);
            List<CalendarEntry> ranked = new TaskCalendarRepository(services.database(), 0)
                    .calendar(null, List.of(f.team), TODAY, TODAY.plusDays(6), false, 3, rankedTotals);

            assertThat(ranked).extracting(CalendarEntry::id).containsExactlyElementsOf(
                    scanned.stream().map(CalendarEntry::id).toList());
            assertThat(rankedTotals).isEqualTo(scannedTotals).containsEntry(TODAY, 6);
            assertThat(ranked).hasSize(15);
            assertThat(ranked.stream().filter(e -> e.date().equals(TODAY)).map(CalendarEntry::priority))
                    .containsExactly(TaskPriority.URGENT, TaskPriority.HIGH, TaskPriority.NORMAL);
            List<UUID> mine = new TaskCalendarRepository(services.database())
                    .calendar(f.me, null, TODAY, TODAY.plusDays(6), false, 10, new HashMap<>())
                    .stream().map(CalendarEntry::id).toList();
            assertThat(mine).hasSize(15);
        }
    }
}
