package cn.zhaoshang.desk.task;

import static cn.zhaoshang.desk.generated.Tables.AUDIT_LOG;
import static cn.zhaoshang.desk.generated.Tables.PROJECT;
import static cn.zhaoshang.desk.generated.Tables.TASK;
import static cn.zhaoshang.desk.task.TaskFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.project.ProjectStage;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A lapsed stage deadline raises one supervision task, once, however often the job runs. */
class StageDeadlineJobTest {
    @TempDir
    Path dir;

    private static int stageTasks(Services services, UUID project) {
        return services.database().dsl().fetchCount(TASK, TASK.PROJECT_ID.eq(project)
                .and(TASK.SOURCE_KIND.eq(TaskSource.STAGE_DEADLINE)));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aDeadlineStoredForAStageThatNoLongerExistsIsPassedOver(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            UUID lapsed = projectInStage(new TaskFixtures(services), "SIGNED", 100);
            services.database().dsl().execute(
                    "insert into stage_deadline (stage, max_days, warn_days) values ('RETIRED', 10, 2)");

            assertThat(services.projects().deadlines()).containsKey(ProjectStage.SIGNED)
                    .hasSize(countDeadlines(services) - 1);
            assertThat(services.stageDeadlines().run(Progress.NONE, services.messages()).created()).isEqualTo(1);
            assertThat(stageTasks(services, lapsed)).isEqualTo(1);
        }
    }

    /** A project of its own company, in the stage since {@code daysAgo}. */
    private static UUID projectInStage(TaskFixtures f, String stage, int daysAgo) {
        return f.project("智能制造产业园", f.company("河南智造有限公司", f.team, f.me), stage, TODAY.minusDays(daysAgo),
                false);
    }

    private static int countDeadlines(Services services) {
        return services.database().dsl().fetchCount(services.database().dsl().selectOne().from("stage_deadline"));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aProjectSignedLongerThanItsLimitGetsOneSupervisionTaskHoweverOftenTheJobRuns(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            var f = new TaskFixtures(services);
            UUID company = f.company("郑州华润新能源有限公司", f.team, f.me);
            UUID lapsed = f.project("新能源总部基地", company, "SIGNED", TODAY.minusDays(100), true);

            StageDeadlineJob.Result first = services.stageDeadlines().run(Progress.NONE, services.messages());
            StageDeadlineJob.Result second = services.stageDeadlines().run(Progress.NONE, services.messages());

            assertThat(first.created()).isEqualTo(1);
            assertThat(second.created()).isZero();
            assertThat(stageTasks(services, lapsed)).isEqualTo(1);
            Task task = services.taskLists().page(TaskQuery.open().withSupervision(SupervisionFilter.SUPERVISED), null, 10)
                    .rows().get(0).task();
            assertThat(task.projectId()).isEqualTo(lapsed);
            assertThat(task.projectName()).isEqualTo("新能源总部基地");
            assertThat(task.companyId()).isEqualTo(company);
            assertThat(task.assigneeId()).isEqualTo(f.me);
            assertThat(task.teamId()).isEqualTo(f.team);
            assertThat(task.source()).isEqualTo(TaskSource.STAGE_DEADLINE);
            assertThat(task.supervisionLevel()).as("a major project").isEqualTo(SupervisionLevel.DISTRICT);
            assertThat(task.priority()).isEqualTo(TaskPriority.URGENT);
            assertThat(task.title()).isEqualTo("督办：新能源总部基地已处于“签约”阶段 100 天");
            assertThat(task.sourceNote()).isEqualTo("阶段时限：签约不超过 90 天");
            assertThat(task.dueOn()).isEqualTo(TODAY.plusDays(14));
            assertThat(task.reportEveryDays()).isEqualTo(7);
            assertThat(services.database().dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.TABLE_NAME.eq("task")
                    .and(AUDIT_LOG.RECORD_ID.eq("stage-deadline: 1")))).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theTaskIsWordedInTheLanguageOfWhoeverRunsTheJob(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            var f = new TaskFixtures(services);
            f.project("新能源总部基地", f.company("郑州华润新能源有限公司", f.team, f.me), "SIGNED", TODAY.minusDays(100), true);

            services.stageDeadlines().run(Progress.NONE, new Messages(Messages.ENGLISH));

            Task task = services.taskLists().page(TaskQuery.open(), null, 10).rows().get(0).task();
            assertThat(task.title()).isEqualTo("Supervision: 新能源总部基地 has been Signed for 100 days");
            assertThat(task.sourceNote()).isEqualTo("Stage limit: Signed within 90 days");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aDeletedStageTaskIsNotRaisedAgain(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            UUID lapsed = projectInStage(new TaskFixtures(services), "REGISTERED", 181);
            services.stageDeadlines().run(Progress.NONE, services.messages());
            Task task = services.taskLists().page(TaskQuery.open(), null, 10).rows().get(0).task();
            services.tasks().delete(task.id(), task.version());

            assertThat(services.stageDeadlines().run(Progress.NONE, services.messages()).created()).isZero();
            assertThat(services.database().dsl().fetchCount(TASK, TASK.PROJECT_ID.eq(lapsed))).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void projectsWithinTheirLimitOrOutOfThePipelineAreLeftAlone(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            var f = new TaskFixtures(services);
            UUID company = f.company("郑州数字科技有限公司", f.team, f.me);
            UUID onTime = f.project("数字科技园", company, "SIGNED", TODAY.minusDays(90), false);
            UUID operating = f.project("已投产项目", company, "OPERATING", TODAY.minusDays(900), false);
            UUID dropped = f.project("终止项目", company, "DROPPED", TODAY.minusDays(900), false);
            UUID archived = f.project("归档项目", company, "LEAD", TODAY.minusDays(400), false);
            services.database().dsl().update(PROJECT).set(PROJECT.ARCHIVED_AT, OffsetDateTime.now())
                    .where(PROJECT.ID.eq(archived)).execute();

            assertThat(services.stageDeadlines().run(Progress.NONE, services.messages()))
                    .isEqualTo(new StageDeadlineJob.Result(0, 0));
            for (UUID p : new UUID[] {onTime, operating, dropped, archived}) {
                assertThat(stageTasks(services, p)).isZero();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aProjectThatMovesOnAndLapsesInItsNextStageGetsATaskForThatStage(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            var f = new TaskFixtures(services);
            UUID project = f.project("研发中心", f.company("郑州研发有限公司", f.team, f.me), "CONTACTED",
                    TODAY.minusDays(120), false);
            services.stageDeadlines().run(Progress.NONE, services.messages());
            services.database().dsl().update(PROJECT).set(PROJECT.STAGE, ProjectStage.NEGOTIATING)
                    .set(PROJECT.STAGE_ENTERED_ON, TODAY.minusDays(181)).where(PROJECT.ID.eq(project)).execute();

            assertThat(services.stageDeadlines().run(Progress.NONE, services.messages()).created()).isEqualTo(1);
            assertThat(services.stageDeadlines().run(Progress.NONE, services.messages()).created()).isZero();
            assertThat(stageTasks(services, project)).isEqualTo(2);
            assertThat(services.database().dsl().select(TASK.SUPERVISION_LEVEL).from(TASK).where(TASK.PROJECT_ID.eq(project))
                    .fetch(TASK.SUPERVISION_LEVEL)).containsOnly(SupervisionLevel.BUREAU);
        }
    }
}
