package cn.zhaoshang.desk.request;

import static cn.zhaoshang.desk.generated.Tables.TASK;
import static cn.zhaoshang.desk.generated.Tables.UNIT;
import static cn.zhaoshang.desk.task.TaskFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.common.db.StaleRecordException;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.generated.Tables;
import cn.zhaoshang.desk.task.SupervisionFilter;
import cn.zhaoshang.desk.task.Task;
import cn.zhaoshang.desk.task.TaskFixtures;
import cn.zhaoshang.desk.task.TaskQuery;
import cn.zhaoshang.desk.task.TaskSource;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Company requests: the closed loop with its history, the lists, the counts and the once-only supervision task. */
class RequestServiceTest {
    @TempDir
    Path dir;

    static UUID unit(Services services, String name) {
        return services.database().dsl().select(UNIT.ID).from(UNIT).where(UNIT.NAME.eq(name)).fetchOne(UNIT.ID);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aRequestFromAVisitGoesThroughTheLoopAndEveryStepIsInItsHistory(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            var f = new TaskFixtures(services);
            UUID company = f.company("郑州华润新能源有限公司", f.team, f.me);
            UUID visit = f.visit(company, "回访", TODAY.plusDays(3));
            RequestService requests = services.requests();
            UUID unit = unit(services, "区工信局");

            CompanyRequest r = requests.record(RequestDraft.fromVisit(company, visit, RequestCategory.PREMISES,
                    "需要 2000 平方米标准厂房", unit, TODAY.plusDays(20)));
            assertThat(r.status()).isEqualTo(RequestStatus.RECEIVED);
            assertThat(r.receivedOn()).isEqualTo(TODAY);
            assertThat(r.unitName()).isEqualTo("区工信局");
            assertThat(r.teamId()).as("credited to the company's team").isEqualTo(f.team);
            assertThat(r.interactionId()).isEqualTo(visit);

            r = requests.start(r.id(), r.version(), TODAY, "已对接金桐大厦");
            r = requests.close(r.id(), r.version(), TODAY, "已签订租赁意向");
            assertThat(r.closedOn()).isEqualTo(TODAY);
            r = requests.revisit(r.id(), r.version(), TODAY, Satisfaction.SATISFIED, "企业表示满意");
            assertThat(r.status()).isEqualTo(RequestStatus.REVISITED);
            assertThat(r.satisfaction()).isEqualTo(Satisfaction.SATISFIED);

            assertThat(requests.history(r.id())).extracting(RequestStep::to).containsExactly(RequestStatus.RECEIVED,
                    RequestStatus.IN_PROGRESS, RequestStatus.CLOSED, RequestStatus.REVISITED);
            assertThat(requests.history(r.id())).extracting(RequestStep::doneBy).containsOnly("张伟");
            assertThat(requests.counts(TODAY.minusDays(6), TODAY, null))
                    .isEqualTo(new RequestCounts(1, 1, 0, 1, 1));
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void stepsOutOfOrderAStaleVersionAndADateInTheFutureAreRefused(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            var f = new TaskFixtures(services);
            RequestService requests = services.requests();
            CompanyRequest r = requests.record(new RequestDraft(f.company("河南智造有限公司", f.team, f.me), null, null, null,
                    RequestCategory.FINANCING, "流动资金贷款 3000 万元", null, TODAY.plusDays(10), "王局长", "协调两家银行对接",
                    TODAY.minusDays(2)));

            assertThatThrownBy(() -> requests.revisit(r.id(), r.version(), TODAY, Satisfaction.SATISFIED, null))
                    .isInstanceOfSatisfying(DeskException.class, e -> assertThat(e.key()).isEqualTo("request.error.notClosed"));
            assertThatThrownBy(() -> requests.close(r.id(), r.version(), TODAY, " "))
                    .isInstanceOfSatisfying(DeskException.class, e -> assertThat(e.key()).isEqualTo("request.error.noteRequired"));
            assertThatThrownBy(() -> requests.start(r.id(), r.version(), TODAY.plusDays(1), null))
                    .isInstanceOfSatisfying(DeskException.class, e -> assertThat(e.key()).isEqualTo("request.error.future"));
            assertThatThrownBy(() -> requests.start(r.id(), r.version(), TODAY.minusDays(3), null))
                    .isInstanceOfSatisfying(DeskException.class, e -> assertThat(e.key()).isEqualTo("request.error.beforeReceived"));
            requests.start(r.id(), r.version(), TODAY, null);
            assertThatThrownBy(() -> requests.close(r.id(), r.version(), TODAY, "已放款"))
                    .isInstanceOf(StaleRecordException.class);
            assertThat(requests.get(r.id()).status()).isEqualTo(RequestStatus.IN_PROGRESS);
            assertThat(requests.history(r.id())).hasSize(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void listsFilterByUnitCategoryStatusAndOverdue(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            var f = new TaskFixtures(services);
            RequestService requests = services.requests();
            UUID company = f.company("郑州数字科技有限公司", f.team, f.me);
            UUID industry = unit(services, "区工信局");
            UUID commerce = unit(services, "区商务局");
            CompanyRequest late = requests.record(new RequestDraft(company, null, null, null, RequestCategory.LAND, "用地指标",
                    industry, TODAY.minusDays(1), null, null, TODAY.minusDays(30)));
            CompanyRequest dueToday = requests.record(new RequestDraft(company, null, null, null, RequestCategory.TALENT,
                    "人才公寓", commerce, TODAY, null, null, TODAY.minusDays(5)));
            CompanyRequest closed = requests.record(new RequestDraft(company, null, null, null, RequestCategory.LAND,
                    "土地证办理", industry, TODAY.minusDays(9), null, null, TODAY.minusDays(20)));
            requests.close(closed.id(), closed.version(), TODAY.minusDays(10), "已办结");

            assertThat(requests.list(RequestQuery.all().overdue(true))).extracting(CompanyRequest::id).containsExactly(late.id());
            assertThat(requests.list(RequestQuery.all().withUnit(industry))).extracting(CompanyRequest::id)
                    .containsExactly(late.id(), closed.id());
            assertThat(requests.list(RequestQuery.all().withCategory(RequestCategory.TALENT))).extracting(CompanyRequest::id)
                    .containsExactly(dueToday.id());
            assertThat(requests.list(RequestQuery.all().withStatus(RequestStatus.CLOSED))).extracting(CompanyRequest::id)
                    .containsExactly(closed.id());
            assertThat(requests.list(RequestQuery.ofCompany(company))).hasSize(3);
            assertThat(requests.count(RequestQuery.all().overdue(true))).isEqualTo(1);
            assertThat(late.isOverdue(TODAY)).isTrue();
            assertThat(dueToday.isOverdue(TODAY)).as("due today is not overdue yet").isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void anOverdueRequestBecomesOneSupervisionTaskHoweverOftenTheJobRunsEvenAfterTheTaskIsDeleted(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            var f = new TaskFixtures(services);
            UUID company = f.company("北京智芯科技有限公司", f.team, f.me);
            CompanyRequest late = services.requests().record(new RequestDraft(company, null, null, null,
                    RequestCategory.APPROVAL, "环评审批加快", unit(services, "区工信局"), TODAY.minusDays(4), null, null,
                    TODAY.minusDays(20)));
            services.requests().record(new RequestDraft(company, null, null, null, RequestCategory.OTHER, "未到期",
                    null, TODAY.plusDays(4), null, null, null));

            assertThat(services.requestOverdue().run(Progress.NONE, services.messages())).isEqualTo(1);
            assertThat(services.requestOverdue().run(Progress.NONE, services.messages())).isZero();
            Task task = services.taskLists().page(TaskQuery.open().withSupervision(SupervisionFilter.SUPERVISED), null, 10)
                    .rows().get(0).task();
            assertThat(task.source()).isEqualTo(TaskSource.REQUEST_OVERDUE);
            assertThat(task.companyId()).isEqualTo(company);
            assertThat(task.assigneeId()).isEqualTo(f.me);
            assertThat(task.title()).isEqualTo("督办：北京智芯科技有限公司的审批手续诉求已逾期 4 天");
            assertThat(services.database().dsl().fetchCount(TASK, TASK.DEADLINE_KEY.eq(RequestOverdueJob.key(late.id()))))
                    .isEqualTo(1);

            services.tasks().delete(task.id(), task.version());
            assertThat(services.requestOverdue().run(Progress.NONE, services.messages()))
                    .as("a deleted task is not made again").isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aRecruiterCannotReadOrRecordRequestsOfACompanyAnotherTeamHolds(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            var f = new TaskFixtures(services);
            UUID other = f.team("上海驻地招商小分队", "上海");
            UUID held = f.company("上海某某科技有限公司", other, null);
            services.database().dsl().insertInto(Tables.CLAIM)
                    .set(Tables.CLAIM.ID, UUID.randomUUID())
                    .set(Tables.CLAIM.CREATED_AT, OffsetDateTime.now())
                    .set(Tables.CLAIM.UPDATED_AT, OffsetDateTime.now())
                    .set(Tables.CLAIM.COMPANY_ID, held)
                    .set(Tables.CLAIM.TEAM_ID, other)
                    .set(Tables.CLAIM.CLAIMED_ON, TODAY.minusDays(10))
                    .set(Tables.CLAIM.EXPIRES_ON, TODAY.plusDays(80)).execute();

            assertThatThrownBy(() -> services.requests().record(new RequestDraft(held, null, null, null, RequestCategory.LAND,
                    "用地", null, null, null, null, null)))
                    .isInstanceOfSatisfying(DeskException.class, e -> assertThat(e.key()).isEqualTo("security.error.companyNotVisible"));
            assertThat(services.requests().list(RequestQuery.all())).isEmpty();
        }
    }
}
