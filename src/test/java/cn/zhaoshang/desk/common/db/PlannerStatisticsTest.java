package cn.zhaoshang.desk.common.db;

import static cn.zhaoshang.desk.generated.Tables.TEAM;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.change.Change;
import cn.zhaoshang.desk.common.change.ChangeKind;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jooq.Field;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After a transaction that changed many rows of a table, PostgreSQL's planner knows the table's new size. */
class PlannerStatisticsTest {
    @TempDir
    Path dir;

    @Test
    void aLargeTransactionLeavesTheTablesItFilledAnalysedAndASmallOneDoesNot() {
        try (Services services = TestDatabases.open(Engine.POSTGRES, dir)) {
            Database database = services.database();
            assertThat(estimatedRows(database)).as("seeded teams at most").isLessThan(100);

            database.transaction(() -> insertTeams(services, 40));
            assertThat(estimatedRows(database)).as("40 rows are the server's auto-analyze's business").isLessThan(100);

            database.transaction(() -> insertTeams(services, PlannerStatistics.ROWS));
            assertThat(estimatedRows(database)).as("the planner's estimate right after the commit")
                    .isGreaterThan(PlannerStatistics.ROWS * 0.9);
        }
    }

    @Test
    void demoDataOnATeamServerLeavesItsLargeTablesAnalysed() {
        try (Services services = TestDatabases.open(Engine.POSTGRES, dir)) {
            services.demoData().generate(4_000, 3, Progress.NONE);

            assertThat(services.database().dsl().resultQuery(
                            "select relname from pg_stat_user_tables where last_analyze is not null order by relname")
                    .fetch(0, String.class)).as("about three contacts per company").contains("contact");
        }
    }

    @Test
    void onlyTablesWithEnoughChangedRowsInTheTransactionAreNamed() {
        List<UUID> half = Collections.nCopies(PlannerStatistics.ROWS / 2, UUID.randomUUID());
        List<Change> changes = List.of(
                new Change("contact", ChangeKind.CREATE, half),
                new Change("company", ChangeKind.CREATE, half),
                new Change("contact", ChangeKind.UPDATE, half),
                new Change("team", ChangeKind.DELETE, List.of(UUID.randomUUID())));

        assertThat(PlannerStatistics.tablesChangedMuch(changes)).containsExactly("contact");
    }

    private static void insertTeams(Services services, int count) {
        var now = OffsetDateTime.now(TestDatabases.CLOCK);
        List<Object[]> rows = IntStream.range(0, count)
                .mapToObj(i -> new Object[] {Ids.next(), now, now, 0, "小分队" + UUID.randomUUID(), "北京"}).toList();
        List<Field<?>> fields = List.of(TEAM.ID, TEAM.CREATED_AT, TEAM.UPDATED_AT, TEAM.VERSION, TEAM.NAME, TEAM.BASE_CITY);
        services.bulk().insert(TEAM, fields, rows.iterator(), Progress.NONE, rows.size());
    }

    /** pg_class.reltuples: -1 until the table is first analysed (PostgreSQL 14 and later), then the planner's estimate. */
    private static double estimatedRows(Database database) {
        return database.dsl().resultQuery("select reltuples from pg_class where oid = 'team'::regclass")
                .fetchOne(0, Double.class);
    }
}
