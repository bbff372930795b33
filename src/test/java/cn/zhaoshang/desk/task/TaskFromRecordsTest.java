package cn.zhaoshang.desk.task;

import static cn.zhaoshang.desk.task.TaskFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Tasks made from a visit's next step (one click), a company or a project (prefilled drafts). */
class TaskFromRecordsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aVisitsNextStepBecomesATaskWithEverythingFilledIn(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            var f = new TaskFixtures(services);
            UUID company = f.company("北京智芯科技有限公司", f.team, f.colleague);
            UUID visit = f.visit(company, "寄送中原区产业政策汇编并约定考察时间", TODAY.plusDays(4));
            Task task = services.tasks().createFromVisit(visit, services.messages());
            assertThat(task.title()).isEqualTo("寄送中原区产业政策汇编并约定考察时间");
            assertThat(task.source()).isEqualTo(TaskSource.VISIT);
            assertThat(task.interactionId()).isEqualTo(visit);
            assertThat(task.companyName()).isEqualTo("北京智芯科技有限公司");
            assertThat(task.assigneeId()).as("the one who clicks").isEqualTo(f.me);
            assertThat(task.teamId()).isEqualTo(f.team);
            assertThat(task.dueOn()).isEqualTo(TODAY.plusDays(4));
            assertThat(task.status()).isEqualTo(TaskStatus.OPEN);
            assertThat(task.details()).contains("外出拜访", "对方有意在郑州设立区域总部");
            assertThat(task.sourceNote()).isEqualTo("走访记录 2026-06-12");

            Task english = services.tasks().createFromVisit(f.visit(company, "寄送产业政策汇编", null),
                    new Messages(Messages.ENGLISH));
            assertThat(english.sourceNote()).as("worded as on the screen that made it, not as the services started")
                    .isEqualTo("Visit of 2026-06-12");
            assertThat(english.details()).startsWith("From the ").contains("Next step: 寄送产业政策汇编");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void clickingTwiceDoesNotMakeTwoTasks(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            var f = new TaskFixtures(services);
            UUID visit = f.visit(f.company("上海云图数据有限公司", f.team, f.me), "发送合作框架协议", null);
            Task first = services.tasks().createFromVisit(visit, services.messages());
            Task second = services.tasks().createFromVisit(visit, services.messages());
            assertThat(second.id()).isEqualTo(first.id());
            assertThat(first.dueOn()).as("no due date on the visit: a week").isEqualTo(TODAY.plusDays(7));
            assertThat(services.taskLists().count(TaskQuery.open())).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aVisitThatDoesNotExistIsReported(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            new TaskFixtures(services);
            assertThatThrownBy(() -> services.tasks().createFromVisit(UUID.randomUUID(), services.messages()))
                    .isInstanceOf(DeskException.class).extracting(e -> ((DeskException) e).key())
                    .isEqualTo("task.error.visitNotFound");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aCompanyGivesADraftLinkedToItForItsTeam(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            var f = new TaskFixtures(services);
            UUID other = f.team("上海驻地招商小分队", "上海");
            UUID company = f.company("深圳前海微众科技有限公司", other, f.colleague);
            TaskDraft draft = services.tasks().draftForCompany(company);
            assertThat(draft.companyId()).isEqualTo(company);
            assertThat(draft.companyName()).isEqualTo("深圳前海微众科技有限公司");
            assertThat(draft.teamId()).isEqualTo(other);
            assertThat(draft.assigneeId()).isEqualTo(f.me);
            assertThat(draft.dueOn()).isEqualTo(TODAY.plusDays(7));
            Task saved = services.tasks().create(draft.withTitle("登门拜访"));
            assertThat(saved.companyId()).isEqualTo(company);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aProjectGivesADraftLinkedToItAndItsCompany(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            var f = new TaskFixtures(services);
            UUID company = f.company("河南中原新材料有限公司", null, null);
            UUID project = f.project("新材料研发中心", company, "NEGOTIATING", TODAY.minusDays(10), false);
            TaskDraft draft = services.tasks().draftForProject(project);
            assertThat(draft.projectId()).isEqualTo(project);
            assertThat(draft.projectName()).isEqualTo("新材料研发中心");
            assertThat(draft.companyId()).isEqualTo(company);
            assertThat(draft.teamId()).isEqualTo(f.team);
            Task saved = services.tasks().create(draft.withTitle("协调用地指标"));
            assertThat(saved.projectName()).isEqualTo("新材料研发中心");
            assertThat(saved.companyName()).isEqualTo("河南中原新材料有限公司");
        }
    }
}
