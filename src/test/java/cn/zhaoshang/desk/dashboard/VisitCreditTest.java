package cn.zhaoshang.desk.dashboard;

import static cn.zhaoshang.desk.dashboard.DashboardFixture.d;
import static cn.zhaoshang.desk.generated.Tables.COMPANY;
import static cn.zhaoshang.desk.generated.Tables.INTERACTION;
import static cn.zhaoshang.desk.generated.Tables.PROJECT;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.db.DatabaseConfig;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.company.Interaction;
import cn.zhaoshang.desk.company.InteractionKind;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A visit counts for the team it was made for, kept on the visit (decision 0041). */
class VisitCreditTest {
    private static final Period YEAR = new Period(PeriodKind.YEAR, 2026, 1);
    @TempDir
    Path dir;

    private static BigDecimal visitsOf(Services s, UUID team) {
        return s.dashboard().ranking(YEAR, OwnerKind.TEAM).stream().filter(r -> r.ownerId().equals(team))
                .findFirst().orElseThrow().actuals().get(Indicator.VISITS);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aVisitStaysWithItsTeamWhenTheProjectOrCompanyChangesHandsLater(Engine engine) {
        try (Services s = TestDatabases.open(engine, dir)) {
            DashboardFixture f = new DashboardFixture(s);
            DSLContext dsl = s.database().dsl();
            // Beijing's 2026 visits: 星河 on 2 June (its correction not counted) and the 星河研发中心 visit on 3 May.
            assertThat(visitsOf(s, f.beijing)).isEqualByComparingTo("2");
            dsl.update(PROJECT).set(PROJECT.TEAM_ID, f.guangzhou).where(PROJECT.ID.eq(f.p2)).execute();
            dsl.update(COMPANY).set(COMPANY.OWNER_TEAM_ID, f.guangzhou).execute();
            assertThat(visitsOf(s, f.beijing)).isEqualByComparingTo("2");
            assertThat(visitsOf(s, f.guangzhou)).isEqualByComparingTo("0");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aRecordedVisitIsCreditedToTheCompanysTeamAndCountedOnce(Engine engine) {
        try (Services s = TestDatabases.open(engine, dir)) {
            DashboardFixture f = new DashboardFixture(s);
            UUID shanghaiCompany = s.database().dsl().select(COMPANY.ID).from(COMPANY)
                    .where(COMPANY.NAME.eq("上海海川新材料有限公司")).fetchOne(COMPANY.ID);
            BigDecimal before = visitsOf(s, f.shanghai);
            Interaction visit = s.companies().visits().record(shanghaiCompany,
                    new Interaction.Draft(d(2026, 6, 10), InteractionKind.VISIT_OUT, null, null, "回访海川", null, null));
            s.companies().visits().correct(visit.id(),
                    new Interaction.Draft(d(2026, 6, 10), InteractionKind.VISIT_OUT, null, null, "回访海川（更正）", null, null));
            assertThat(s.database().dsl().select(INTERACTION.TEAM_ID).from(INTERACTION)
                    .where(INTERACTION.ID.eq(visit.id())).fetchOne(INTERACTION.TEAM_ID)).isEqualTo(f.shanghai);
            assertThat(visitsOf(s, f.shanghai)).isEqualByComparingTo(before.add(BigDecimal.ONE));
        }
    }

    @Test
    void upgradingCreditsTheVisitsRecordedBeforeFromTheirProjectElseTheirCompany() throws Exception {
        DatabaseConfig config = DatabaseConfig.embedded(dir);
        DashboardFixture f;
        try (Services s = TestDatabases.open(config, dir)) {
            f = new DashboardFixture(s);
            // What a database of the release before V42 looks like: no credit columns, V41's index.
            DSLContext dsl = s.database().dsl();
            dsl.execute("drop index interaction_visit_credit");
            dsl.execute("alter table interaction drop column team_id");
            dsl.execute("alter table interaction drop column unit_id");
            dsl.execute("create index interaction_visit_count on interaction (occurred_on, deleted_at, corrects_id, company_id, project_id)");
            dsl.execute("delete from \"flyway_schema_history\" where \"version\" = '42'");
        }
        try (Services s = TestDatabases.open(config, dir)) {
            DSLContext dsl = s.database().dsl();
            var onProject = dsl.select(INTERACTION.TEAM_ID, INTERACTION.UNIT_ID).from(INTERACTION)
                    .where(INTERACTION.OCCURRED_ON.eq(d(2026, 5, 3))).fetchOne();
            assertThat(onProject.value1()).as("the project's team, not the company's").isEqualTo(f.beijing);
            assertThat(onProject.value2()).isEqualTo(f.industryBureau);
            var withoutProject = dsl.select(INTERACTION.TEAM_ID, INTERACTION.UNIT_ID).from(INTERACTION)
                    .where(INTERACTION.OCCURRED_ON.eq(d(2026, 3, 3))).fetchOne();
            assertThat(withoutProject.value1()).isEqualTo(f.shanghai);
            assertThat(withoutProject.value2()).isNull();
            assertThat(visitsOf(s, f.beijing)).isEqualByComparingTo("2");
        }
    }
}
