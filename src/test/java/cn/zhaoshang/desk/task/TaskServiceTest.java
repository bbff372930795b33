package cn.zhaoshang.desk.task;

import static cn.zhaoshang.desk.generated.Tables.AUDIT_LOG;
import static cn.zhaoshang.desk.generated.Tables.TASK;
import static cn.zhaoshang.desk.task.TaskFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhaoshang.desk.app.Composition;
import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.config.LocalSettings;
import cn.zhaoshang.desk.common.db.AuditLog;
import cn.zhaoshang.desk.common.db.DatabaseConfig;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.common.db.FieldChange;
import cn.zhaoshang.desk.common.db.StaleRecordException;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TaskServiceTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void overdueIsDerivedFromTheDueDateAndToday(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            var f = new TaskFixtures(services);
            Task dueToday = f.task("回访华润新能源", TODAY);
            Task dueYesterday = f.task("报送项目进展", TODAY.minusDays(1));
            Task undated = f.task("整理企业名单", null);
            assertThat(dueToday.isOverdue(TODAY)).isFalse();
            assertThat(dueToday.bucket(TODAY)).isEqualTo(DueBucket.TODAY);
            assertThat(dueYesterday.isOverdue(TODAY)).isTrue();
            assertThat(dueYesterday.daysOverdue(TODAY)).isEqualTo(1);
            assertThat(undated.isOverdue(TODAY)).isFalse();
            assertThat(undated.bucket(TODAY)).isEqualTo(DueBucket.LATER);
            Task done = services.tasks().complete(dueYesterday.id(), dueYesterday.version(), "已报送");
            assertThat(done.isOverdue(TODAY)).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void overdueIsNeverStoredSoALaterClockSeesItWithoutAnyWrite(Engine engine) {
        DatabaseConfig config = TestDatabases.config(engine);
        UUID id;
        try (Services services = TestDatabases.open(config, dir)) {
            var f = new TaskFixtures(services);
            id = f.task("约见企业负责人", TODAY.plusDays(2)).id();
            assertThat(services.tasks().get(id).isOverdue(services.tasks().today())).isFalse();
            Clock later = Clock.fixed(Instant.parse("2026-06-20T02:00:00Z"), ZoneOffset.UTC);
            try (Services after = TestDatabases.asSystem(Composition.open(dir, new LocalSettings(dir), TestDatabases.chinese(), config, later, null))) {
                Task seenLater = after.tasks().get(id);
                assertThat(seenLater.isOverdue(after.tasks().today())).isTrue();
                assertThat(seenLater.status()).isEqualTo(TaskStatus.OPEN);
                assertThat(seenLater.version()).isZero();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void todayIsTakenInBeijingTime(Engine engine) {
        Clock lateEveningUtc = Clock.fixed(Instant.parse("2026-06-15T17:00:00Z"), ZoneOffset.UTC);
        try (Services services = TestDatabases.asSystem(Composition.open(dir, new LocalSettings(dir), TestDatabases.chinese(),
                TestDatabases.config(engine), lateEveningUtc, null))) {
            assertThat(services.tasks().today()).isEqualTo(TODAY.plusDays(1));
            // Every service takes "today" from the composition root's clock, in the office's zone.
            assertThat(List.of(services.policies().today(), services.talent().today(), services.carriers().today()))
                    .containsOnly(TODAY.plusDays(1));
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void completingRecordsTheDayAndTheNoteAndReopeningClearsThem(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            var f = new TaskFixtures(services);
            Task task = f.task("落实用地需求", TODAY.plusDays(3));
            Task started = services.tasks().start(task.id(), task.version());
            assertThat(started.status()).isEqualTo(TaskStatus.IN_PROGRESS);
            Task done = services.tasks().complete(started.id(), started.version(), "  已与园区确认  ");
            assertThat(done.status()).isEqualTo(TaskStatus.DONE);
            assertThat(done.completedOn()).isEqualTo(TODAY);
            assertThat(done.completionNote()).isEqualTo("已与园区确认");
            Task reopened = services.tasks().reopen(done.id(), done.version());
            assertThat(reopened.status()).isEqualTo(TaskStatus.OPEN);
            assertThat(reopened.completedOn()).isNull();
            assertThat(reopened.completionNote()).isNull();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void cancellingNeedsAReason(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            var f = new TaskFixtures(services);
            Task task = f.task("邀请企业考察", TODAY.plusDays(3));
            assertThatThrownBy(() -> services.tasks().cancel(task.id(), task.version(), " "))
                    .isInstanceOf(DeskException.class).extracting(e -> ((DeskException) e).key())
                    .isEqualTo("task.error.noteRequired");
            assertThat(services.tasks().get(task.id()).status()).isEqualTo(TaskStatus.OPEN);
            Task cancelled = services.tasks().cancel(task.id(), task.version(), "企业已放弃在郑投资");
            assertThat(cancelled.status()).isEqualTo(TaskStatus.CANCELLED);
            assertThat(cancelled.completionNote()).isEqualTo("企业已放弃在郑投资");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void reschedulingMovesTheDueDateAndIsAudited(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            var f = new TaskFixtures(services);
            Task task = f.task("提交项目可研", TODAY.minusDays(2));
            Task moved = services.tasks().reschedule(task.id(), task.version(), TODAY.plusDays(5));
            assertThat(moved.dueOn()).isEqualTo(TODAY.plusDays(5));
            assertThat(moved.isOverdue(TODAY)).isFalse();
            assertThat(moved.version()).isEqualTo(task.version() + 1);
            String changes = services.database().dsl().select(AUDIT_LOG.CHANGES).from(AUDIT_LOG)
                    .where(AUDIT_LOG.RECORD_ID.eq(task.id().toString())).and(AUDIT_LOG.ACTION.eq("UPDATE"))
                    .fetchOne(AUDIT_LOG.CHANGES);
            assertThat(AuditLog.parseChanges(changes)).containsOnlyKeys("due_on")
                    .containsEntry("due_on", new FieldChange("2026-06-13", "2026-06-20"));
            assertThat(services.database().dsl().select(AUDIT_LOG.USER_NAME).from(AUDIT_LOG)
                    .where(AUDIT_LOG.RECORD_ID.eq(task.id().toString())).and(AUDIT_LOG.ACTION.eq("UPDATE"))
                    .fetchOne(AUDIT_LOG.USER_NAME)).isEqualTo("zhangwei");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void reschedulingFromAStaleCopyIsRefusedAndKeepsTheOtherSave(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            var f = new TaskFixtures(services);
            Task mine = f.task("对接基金管理人", TODAY.plusDays(1));
            Task theirs = services.tasks().reschedule(mine.id(), mine.version(), TODAY.plusDays(10));
            assertThatThrownBy(() -> services.tasks().reschedule(mine.id(), mine.version(), TODAY.plusDays(3)))
                    .isInstanceOf(StaleRecordException.class)
                    .satisfies(e -> assertThat(((StaleRecordException) e).theirChanges()).containsKey("due_on"));
            Task stored = services.tasks().get(mine.id());
            assertThat(stored.dueOn()).isEqualTo(TODAY.plusDays(10));
            assertThat(stored.version()).isEqualTo(theirs.version());
            assertThat(services.messages().describe(new StaleRecordException("task", Map.of(), "李娜")))
                    .contains("李娜");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aClosedTaskCannotBeRescheduled(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            var f = new TaskFixtures(services);
            Task task = f.task("签约仪式筹备", TODAY.plusDays(1));
            Task done = services.tasks().complete(task.id(), task.version(), null);
            assertThatThrownBy(() -> services.tasks().reschedule(done.id(), done.version(), TODAY.plusDays(9)))
                    .isInstanceOf(DeskException.class).extracting(e -> ((DeskException) e).key())
                    .isEqualTo("task.error.rescheduleClosed");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void anEditWithoutTitleIsRefusedAndTheTaskStaysAsItWas(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            var f = new TaskFixtures(services);
            Task task = f.task("准备招商推介材料", TODAY.plusDays(4));
            assertThatThrownBy(() -> services.tasks().update(task.id(), task.version(), task.toDraft().withTitle("   ")))
                    .isInstanceOf(DeskException.class).extracting(e -> ((DeskException) e).key())
                    .isEqualTo("task.error.titleRequired");
            assertThat(services.tasks().get(task.id()).title()).isEqualTo("准备招商推介材料");
            assertThat(services.tasks().get(task.id()).version()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void anEditSavesEveryFieldAndClearsReportBackSettingsOfOrdinaryTasks(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            var f = new TaskFixtures(services);
            var company = f.company("华润新能源（郑州）有限公司", f.team, f.me);
            Task task = f.task("初稿", null);
            TaskDraft edit = new TaskDraft("  约见华润新能源  ", "带上园区载体资料", company, null, null, null, null,
                    f.colleague, f.team, TODAY.plusDays(2), TaskPriority.URGENT, TaskSource.MEETING, "6月周例会",
                    null, 7, TODAY);
            Task saved = services.tasks().update(task.id(), task.version(), edit);
            assertThat(saved.title()).isEqualTo("约见华润新能源");
            assertThat(saved.companyName()).isEqualTo("华润新能源（郑州）有限公司");
            assertThat(saved.assigneeName()).isEqualTo("李娜");
            assertThat(saved.teamName()).isEqualTo("北京驻地招商小分队");
            assertThat(saved.priority()).isEqualTo(TaskPriority.URGENT);
            assertThat(saved.source()).isEqualTo(TaskSource.MEETING);
            assertThat(saved.reportEveryDays()).isNull();
            assertThat(saved.reportStartOn()).isNull();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aDeletedTaskGoesToTheTrashNotAway(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            var f = new TaskFixtures(services);
            Task task = f.task("误建的任务", TODAY);
            services.tasks().delete(task.id(), task.version());
            assertThatThrownBy(() -> services.tasks().get(task.id())).isInstanceOf(DeskException.class);
            assertThat(services.database().dsl().fetchCount(TASK, TASK.ID.eq(task.id()).and(TASK.DELETED_AT.isNotNull())))
                    .isEqualTo(1);
        }
    }
}
