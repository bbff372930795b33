package cn.zhaoshang.desk.task;

import static cn.zhaoshang.desk.task.TaskFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhaoshang.desk.app.Composition;
import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.config.LocalSettings;
import cn.zhaoshang.desk.common.db.DatabaseConfig;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Report-back status read from the database: dates from the cycle, reports as dated entries. */
class SupervisionServiceTest {
    @TempDir
    Path dir;

    private static Task supervisedTask(Services services, TaskFixtures f) {
        return services.tasks().create(TaskDraft.blank().withTitle("推进新材料研发中心签约")
                .withAssignee(f.me, f.team).withDueOn(TODAY.plusDays(60))
                .withSupervision(SupervisionLevel.DISTRICT, 7, TODAY.minusDays(10)));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aMissedReportBackDateReadsLaggingUntilAProgressReportComesIn(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            var f = new TaskFixtures(services);
            Task task = supervisedTask(services, f);
            SupervisionStatus before = services.tasks().supervision(task);
            assertThat(before.dates()).extracting(ReportDate::date).containsExactly(TODAY.minusDays(3), TODAY.plusDays(4));
            assertThat(before.state()).isEqualTo(SupervisionState.LAGGING);

            services.tasks().addProgress(task.id(), TODAY, "已完成项目可研评审，下周提交区政府常务会");
            SupervisionStatus after = services.tasks().supervision(task);
            assertThat(after.state()).isEqualTo(SupervisionState.ON_TRACK);
            assertThat(after.dates()).extracting(ReportDate::mark).containsExactly(ReportMark.LATE, ReportMark.REPORTED);
            assertThat(after.nextReportOn()).isEqualTo(TODAY.plusDays(4));
            assertThat(services.tasks().reports(task.id())).singleElement()
                    .satisfies(r -> {
                        assertThat(r.reportedOn()).isEqualTo(TODAY);
                        assertThat(r.reportedBy()).isEqualTo("张伟");
                    });
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theStatusFollowsTheClockWithoutAnyWrite(Engine engine) {
        DatabaseConfig config = TestDatabases.config(engine);
        try (Services services = TestDatabases.open(config, dir)) {
            var f = new TaskFixtures(services);
            Task task = supervisedTask(services, f);
            services.tasks().addProgress(task.id(), TODAY, "已对接");
            assertThat(services.tasks().supervision(task).state()).isEqualTo(SupervisionState.ON_TRACK);
            Clock nextWeek = Clock.fixed(Instant.parse("2026-06-27T02:00:00Z"), ZoneOffset.UTC);
            try (Services later = TestDatabases.asSystem(Composition.open(dir, new LocalSettings(dir), TestDatabases.chinese(), config, nextWeek, null))) {
                assertThat(later.tasks().supervision(later.tasks().get(task.id())).state())
                        .isEqualTo(SupervisionState.LAGGING);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aHandAddedReportBackDateJoinsTheCycle(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            var f = new TaskFixtures(services);
            Task task = supervisedTask(services, f);
            services.tasks().addProgress(task.id(), TODAY.minusDays(4), "已对接");
            services.tasks().addReportDate(task.id(), TODAY.plusDays(1));
            SupervisionStatus status = services.tasks().supervision(task);
            assertThat(status.dates()).extracting(ReportDate::date, ReportDate::added).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(TODAY.minusDays(3), false),
                    org.assertj.core.groups.Tuple.tuple(TODAY.plusDays(1), true),
                    org.assertj.core.groups.Tuple.tuple(TODAY.plusDays(4), false));
            assertThat(status.nextReportOn()).isEqualTo(TODAY.plusDays(1));
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void completingReadsDone(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            var f = new TaskFixtures(services);
            Task task = supervisedTask(services, f);
            Task done = services.tasks().complete(task.id(), task.version(), "已签约");
            assertThat(services.tasks().supervision(done).state()).isEqualTo(SupervisionState.DONE);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void reportsAreRefusedWhenDatedAheadEmptyOrOnOrdinaryTasks(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            var f = new TaskFixtures(services);
            Task task = supervisedTask(services, f);
            Task ordinary = f.task("普通任务", TODAY);
            assertThatThrownBy(() -> services.tasks().addProgress(task.id(), TODAY.plusDays(1), "提前汇报"))
                    .isInstanceOf(DeskException.class).extracting(e -> ((DeskException) e).key())
                    .isEqualTo("task.error.reportInFuture");
            assertThatThrownBy(() -> services.tasks().addProgress(task.id(), TODAY, "  "))
                    .isInstanceOf(DeskException.class).extracting(e -> ((DeskException) e).key())
                    .isEqualTo("task.error.noteRequired");
            assertThatThrownBy(() -> services.tasks().addProgress(ordinary.id(), TODAY, "进展"))
                    .isInstanceOf(DeskException.class).extracting(e -> ((DeskException) e).key())
                    .isEqualTo("task.error.notSupervised");
            assertThat(services.tasks().reports(task.id())).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aReportCycleOutsideItsLimitsIsRefused(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            var f = new TaskFixtures(services);
            TaskDraft draft = TaskDraft.blank().withTitle("督办").withAssignee(f.me, f.team)
                    .withSupervision(SupervisionLevel.BUREAU, 0, null);
            assertThatThrownBy(() -> services.tasks().create(draft))
                    .isInstanceOf(DeskException.class).extracting(e -> ((DeskException) e).key())
                    .isEqualTo("task.error.reportEvery");
            assertThat(services.taskLists().count(TaskQuery.open())).isZero();
        }
    }
}
