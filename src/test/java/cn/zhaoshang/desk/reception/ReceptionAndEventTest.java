package cn.zhaoshang.desk.reception;

import static cn.zhaoshang.desk.generated.Tables.CARRIER;
import static cn.zhaoshang.desk.task.TaskFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhaoshang.desk.carrier.CarrierKind;
import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.event.EventDraft;
import cn.zhaoshang.desk.event.EventKind;
import cn.zhaoshang.desk.event.FieldEvent;
import cn.zhaoshang.desk.event.Invitee;
import cn.zhaoshang.desk.event.Signing;
import cn.zhaoshang.desk.generated.tables.records.CarrierRecord;
import cn.zhaoshang.desk.project.ProjectStage;
import cn.zhaoshang.desk.task.CalendarEntry;
import cn.zhaoshang.desk.task.CalendarScope;
import cn.zhaoshang.desk.task.Task;
import cn.zhaoshang.desk.task.TaskFixtures;
import cn.zhaoshang.desk.task.TaskSource;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Receptions with visitors, route and next steps made tasks once; events whose signings move projects by the stage rules. */
class ReceptionAndEventTest {
    @TempDir
    Path dir;

    static UUID carrier(Services services, String name) {
        CarrierRecord r = new CarrierRecord();
        r.setName(name);
        r.setKind(CarrierKind.PARK);
        return services.writer().insert(r).getId();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aReceptionKeepsItsVisitorsAndRouteAndItsNextStepsBecomeTasksOnce(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            var f = new TaskFixtures(services);
            UUID company = f.company("华润新能源投资有限公司", f.team, f.me);
            UUID park = carrier(services, "华润新能源总部基地");
            UUID building = carrier(services, "金桐大厦数字科技产业园");
            ReceptionService receptions = services.receptions();

            Reception r = receptions.record(new ReceptionDraft(company, TODAY.minusDays(1), "华润集团考察团",
                    List.of(new Visitor("王建国", "副总裁"), new Visitor("李明", "投资部总经理"), new Visitor(" ", null)),
                    "区长、分管副区长", List.of(new RouteStop(park, null, "看总部基地"), new RouteStop(building, null, null)),
                    "初步确定在总部基地设立区域总部", List.of(NextStep.of("报送投资协议草案", TODAY.plusDays(10)),
                            NextStep.of("安排二次考察", null))));

            assertThat(r.visitors()).containsExactly(new Visitor("王建国", "副总裁"), new Visitor("李明", "投资部总经理"));
            assertThat(r.route()).extracting(RouteStop::carrierName).containsExactly("华润新能源总部基地", "金桐大厦数字科技产业园");
            assertThat(r.teamId()).isEqualTo(f.team);
            List<Task> made = receptions.stepsToTasks(r.id());
            assertThat(made).extracting(Task::title).containsExactly("报送投资协议草案", "安排二次考察");
            assertThat(made).extracting(Task::dueOn).containsExactly(TODAY.plusDays(10), TODAY.plusDays(6));
            assertThat(made).allSatisfy(t -> {
                assertThat(t.source()).isEqualTo(TaskSource.RECEPTION);
                assertThat(t.companyId()).isEqualTo(company);
                assertThat(t.assigneeId()).isEqualTo(f.me);
            });
            assertThat(receptions.stepsToTasks(r.id())).as("again: nothing new").isEmpty();
            assertThat(receptions.get(r.id()).pendingSteps()).isEmpty();
            assertThat(receptions.list(TODAY.minusDays(7), TODAY)).extracting(Reception::delegation).containsExactly("华润集团考察团");
            assertThat(services.taskLists().calendar(CalendarScope.ALL, TODAY.minusDays(3), TODAY, false, 5)
                    .on(TODAY.minusDays(1))).as("in the calendar beside tasks").anySatisfy(e -> {
                        assertThat(e.kind()).isEqualTo(CalendarEntry.Kind.RECEPTION);
                        assertThat(e.title()).isEqualTo("华润集团考察团");
                    });
            assertThat(services.database().dsl().fetchCount(CARRIER)).isGreaterThanOrEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aProjectSignedAtAnEventMovesToSignedOnTheEventsDayAndTheSheetsListTheCompanies(Engine engine) throws Exception {
        try (Services services = TestDatabases.open(engine, dir)) {
            var f = new TaskFixtures(services);
            UUID investor = f.company("郑州华润新能源有限公司", f.team, f.me);
            UUID guest = f.company("河南智造有限公司", f.team, f.me);
            UUID project = f.project("新能源总部基地", investor, "NEGOTIATING", TODAY.minusDays(30), true);
            var events = services.events();
            FieldEvent e = events.create(new EventDraft(EventKind.SIGNING, "2026 中原区（深圳）招商推介暨签约大会",
                    TODAY.minusDays(2), "深圳", "福田香格里拉酒店", null));
            events.invite(e.id(), guest);
            events.invite(e.id(), guest);
            events.attended(e.id(), guest, true, "张总");

            FieldEvent signed = events.sign(e.id(), project, new BigDecimal("120000"));

            var p = services.projects().get(project);
            assertThat(p.stage()).isEqualTo(ProjectStage.SIGNED);
            assertThat(p.signedOn()).isEqualTo(TODAY.minusDays(2));
            assertThat(p.contractAmount()).isEqualByComparingTo("120000");
            assertThat(services.projects().history(project)).last().satisfies(h -> assertThat(h.to()).isEqualTo(ProjectStage.SIGNED));
            assertThat(signed.signings()).extracting(Signing::projectName).containsExactly("新能源总部基地");
            assertThat(signed.invitees()).extracting(Invitee::companyName, Invitee::attended)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("郑州华润新能源有限公司", true),
                            org.assertj.core.groups.Tuple.tuple("河南智造有限公司", true));
            assertThatThrownBy(() -> events.sign(e.id(), project, new BigDecimal("1")))
                    .isInstanceOfSatisfying(DeskException.class, x -> assertThat(x.key()).isEqualTo("event.error.alreadySigned"));

            FieldEvent future = events.create(new EventDraft(EventKind.PROMOTION, "上海推介会", TODAY.plusDays(5), "上海", null, null));
            UUID other = f.project("研发中心", guest, "NEGOTIATING", TODAY.minusDays(10), false);
            assertThatThrownBy(() -> events.sign(future.id(), other, new BigDecimal("500")))
                    .as("the stage rules refuse a signing dated in the future")
                    .isInstanceOfSatisfying(DeskException.class, x -> assertThat(x.key()).isEqualTo("project.transition.error.future"));
            assertThat(services.projects().get(other).stage()).isEqualTo(ProjectStage.NEGOTIATING);
            assertThat(events.get(future.id()).signings()).isEmpty();

            assertThat(services.taskLists().calendar(CalendarScope.MINE, TODAY.minusDays(3), TODAY, false, 5)
                    .on(TODAY.minusDays(2))).extracting(CalendarEntry::title)
                    .contains("2026 中原区（深圳）招商推介暨签约大会");
            Path sheet = dir.resolve("签到表.xlsx");
            events.writeSignInSheet(e.id(), services.messages(), sheet);
            try (InputStream in = Files.newInputStream(sheet); ReadableWorkbook wb = new ReadableWorkbook(in)) {
                List<Row> rows = wb.getFirstSheet().read();
                assertThat(rows.get(0).getCellText(0)).isEqualTo("2026 中原区（深圳）招商推介暨签约大会 签到表");
                assertThat(rows.stream().filter(r -> r.getCellCount() > 5).map(r -> r.getCellText(5)).toList()).contains("签名");
                assertThat(rows.stream().map(r -> r.getCellText(1)).toList()).contains("郑州华润新能源有限公司", "河南智造有限公司");
            }
            Path list = dir.resolve("名单.xlsx");
            events.writeList(e.id(), services.messages(), list);
            try (InputStream in = Files.newInputStream(list); ReadableWorkbook wb = new ReadableWorkbook(in)) {
                assertThat(wb.getFirstSheet().read().stream().map(r -> r.getCellText(4)).toList()).contains("新能源总部基地");
            }
        }
    }
}
