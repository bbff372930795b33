package cn.zhaoshang.desk.escalation;

import static cn.zhaoshang.desk.generated.Tables.AUDIT_LOG;
import static cn.zhaoshang.desk.generated.Tables.ESCALATION;
import static cn.zhaoshang.desk.task.TaskFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.request.RequestCategory;
import cn.zhaoshang.desk.request.RequestDraft;
import cn.zhaoshang.desk.security.Role;
import cn.zhaoshang.desk.task.Task;
import cn.zhaoshang.desk.task.TaskFixtures;
import cn.zhaoshang.desk.task.TaskReminders;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Overdue tasks and requests go to the team lead after 3 days and the manager after 7 (fixed test clock), once each. */
class EscalationServiceTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void overdueItemsEscalateByDaysOnceAndShowToTheLeadThenTheManager(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            var f = new TaskFixtures(services);
            Task twoDays = f.task("两天前到期", TODAY.minusDays(2));
            Task threeDays = f.task("三天前到期", TODAY.minusDays(3));
            Task eightDays = f.task("八天前到期", TODAY.minusDays(8));
            Task done = f.task("已完成", TODAY.minusDays(10));
            services.tasks().complete(done.id(), done.version(), "完成");
            UUID company = f.company("郑州数字科技有限公司", f.team, f.me);
            var request = services.requests().record(new RequestDraft(company, null, null, null, RequestCategory.LAND,
                    "用地指标", null, TODAY.minusDays(5), null, null, TODAY.minusDays(30)));

            EscalationService.Result first = services.escalations().run(Progress.NONE);
            assertThat(first).isEqualTo(new EscalationService.Result(3, 1));
            assertThat(services.escalations().run(Progress.NONE)).isEqualTo(new EscalationService.Result(0, 0));
            assertThat(services.database().dsl().fetchCount(ESCALATION)).isEqualTo(4);
            assertThat(services.database().dsl().select(AUDIT_LOG.CHANGES).from(AUDIT_LOG)
                    .where(AUDIT_LOG.TABLE_NAME.eq("task")).and(AUDIT_LOG.RECORD_ID.eq(eightDays.id().toString()))
                    .and(AUDIT_LOG.CHANGES.contains("escalation")).fetch(AUDIT_LOG.CHANGES))
                    .as("the task's history says so").containsExactlyInAnyOrder(
                            "{\"escalation\":[null,\"TEAM_LEAD (8)\"]}", "{\"escalation\":[null,\"MANAGER (8)\"]}");

            UUID leadPerson = f.person("王队长");
            f.member(f.team, leadPerson);
            TestDatabases.signInAs(services, "wangdz", "王队长", Role.TEAM_LEAD, leadPerson);
            assertThat(services.escalations().forMe()).extracting(EscalatedItem::title)
                    .containsExactlyInAnyOrder("八天前到期", "用地指标", "三天前到期");
            assertThat(services.escalations().forMe()).filteredOn(i -> i.id().equals(eightDays.id()))
                    .extracting(EscalatedItem::level).containsExactly(EscalationLevel.MANAGER);

            TestDatabases.signInAs(services, "liju", "李局长", Role.MANAGER, null);
            assertThat(services.escalations().forMe()).extracting(EscalatedItem::title).containsExactly("八天前到期");
            services.tasks().complete(eightDays.id(), eightDays.version(), "已办");
            assertThat(services.escalations().forMe()).as("done since: no longer shown").isEmpty();
            assertThat(twoDays.id()).isNotNull();
            assertThat(request.id()).isNotNull();
            assertThat(threeDays.id()).isNotNull();
        }
    }

    @org.junit.jupiter.api.Test
    void whatWasEscalatedToMeIsToldInTheRemindersOnceLikeOverdueTasks() {
        try (Services services = TestDatabases.open(Engine.H2, dir)) {
            var f = new TaskFixtures(services);
            f.task("八天前到期", TODAY.minusDays(8));
            f.task("四天前到期", TODAY.minusDays(4));
            services.escalations().run(Progress.NONE);
            UUID leadPerson = f.person("王队长");
            f.member(f.team, leadPerson);
            TestDatabases.signInAs(services, "wangdz", "王队长", Role.TEAM_LEAD, leadPerson);
            TaskReminders reminders = services.taskLists().reminders();

            TaskReminders.Digest first = reminders.check();
            assertThat(first.first()).isTrue();
            assertThat(first.escalated()).isEqualTo(2);
            assertThat(first.isEmpty()).as("no tasks of the lead's own, yet something to tell").isFalse();
            assertThat(reminders.check().isEmpty()).isTrue();

            f.task("五天前到期", TODAY.minusDays(5));
            services.escalations().run(Progress.NONE);
            TaskReminders.Digest later = reminders.check();
            assertThat(later.newlyEscalated()).containsExactly("五天前到期");
            assertThat(reminders.check().isEmpty()).as("told once").isTrue();

            TestDatabases.signInAs(services, "liju", "李局长", Role.MANAGER, null);
            TaskReminders.Digest manager = reminders.check();
            assertThat(manager.first()).as("another person: a first look of their own").isTrue();
            assertThat(manager.escalated()).as("only what reached the manager").isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theDaysAreSettableByAManagerAndCheckedRecruitersSeeNoEscalations(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            var f = new TaskFixtures(services);
            f.task("五天前到期", TODAY.minusDays(5));
            assertThatThrownBy(() -> services.escalations().saveSettings(new EscalationSettings(5, 7)))
                    .isInstanceOfSatisfying(DeskException.class, e -> assertThat(e.key()).isEqualTo("escalation.error.notAllowed"));
            assertThatThrownBy(() -> new EscalationSettings(5, 5))
                    .isInstanceOfSatisfying(DeskException.class, e -> assertThat(e.key()).isEqualTo("escalation.error.order"));
            TestDatabases.signInAs(services, "liju", "李局长", Role.MANAGER, null);
            services.escalations().saveSettings(new EscalationSettings(6, 10));

            assertThat(services.escalations().settings()).isEqualTo(new EscalationSettings(6, 10));
            assertThat(services.escalations().run(Progress.NONE)).isEqualTo(new EscalationService.Result(0, 0));
            TestDatabases.signInAs(services, "xiaozhao", "小赵", Role.RECRUITER, f.me);
            assertThat(services.escalations().forMe()).isEmpty();
        }
    }
}
