package cn.zhaoshang.desk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.background.ImmediateTaskRunner;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.dashboard.ui.DashboardViewModel;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard's state without a window: my team first, one step to everything, periods that move. */
class DashboardViewModelTest {
    @TempDir
    Path dir;

    @Test
    void opensOnMyTeamAndWidensToTheWholeDistrict() {
        try (Services s = TestDatabases.open(Engine.H2, dir)) {
            DashboardFixture f = new DashboardFixture(s);
            DashboardViewModel model = new DashboardViewModel(s.dashboard(), new ImmediateTaskRunner(), s.messages(), () -> f.beijing);
            model.start(() -> { });
            assertThat(model.team().get()).isEqualTo(f.beijing);
            // Beijing signed 华中总部 and 研发中心 in 2026
            assertThat(model.data().get().kpis().signed()).isEqualTo(2);
            model.selectTeam(null);
            assertThat(model.data().get().kpis().signed()).isEqualTo(3);
            assertThat(model.data().get().filter().teamId()).isNull();
        }
    }

    @Test
    void aTeamThatIsGoneOpensOnEverythingAndPeriodsStepAndSwitchKind() {
        try (Services s = TestDatabases.open(Engine.H2, dir)) {
            new DashboardFixture(s);
            DashboardViewModel model = new DashboardViewModel(s.dashboard(), new ImmediateTaskRunner(), s.messages(),
                    UUID::randomUUID);
            model.start(() -> { });
            assertThat(model.team().get()).isNull();
            assertThat(model.period().get().code()).isEqualTo("2026");
            model.periodKind(PeriodKind.QUARTER);
            // today is 2026-06-15: Q2, where 海川新材料基地 (04-20) and 星河研发中心 (06-05) were signed
            assertThat(model.period().get().code()).isEqualTo("2026-Q2");
            assertThat(model.data().get().kpis().signed()).isEqualTo(2);
            model.shift(-1);
            assertThat(model.data().get().kpis().signed()).isEqualTo(1);
            List<DrillRow> rows = new ArrayList<>();
            model.drill(DrillDown.of(DrillDown.Kind.KPI_SIGNED), rows::addAll);
            assertThat(rows).extracting(DrillRow::name).containsExactly("星河华中总部");
        }
    }
}
