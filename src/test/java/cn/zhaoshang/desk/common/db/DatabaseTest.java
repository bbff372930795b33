package cn.zhaoshang.desk.common.db;

import static cn.zhaoshang.desk.generated.Tables.COMPANY;
import static cn.zhaoshang.desk.generated.Tables.DIVISION;
import static cn.zhaoshang.desk.generated.Tables.INDUSTRY;
import static cn.zhaoshang.desk.generated.Tables.STAGE_DEADLINE;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.generated.DefaultSchema;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.file.Path;
import org.jooq.Table;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DatabaseTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void freshDatabaseIsMigratedAndEveryTableAnswersThroughGeneratedCode(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            var dsl = services.database().dsl();
            for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
                assertThat(dsl.fetchCount(table)).as(table.getName()).isGreaterThanOrEqualTo(0);
            }
            assertThat(services.databaseInfo().schemaVersion()).isEqualTo(TestDatabases.latestSchemaVersion());
            assertThat(dsl.fetchCount(COMPANY)).isZero();
            assertThat(dsl.fetchCount(STAGE_DEADLINE)).isEqualTo(6);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void referenceDataIsLoadedOnceFromTheSeeds(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            var dsl = services.database().dsl();
            int divisions = dsl.fetchCount(DIVISION);
            assertThat(divisions).isGreaterThan(3000);
            assertThat(services.referenceData().divisionName("410102")).contains("中原区");
            assertThat(services.referenceData().industryName("65")).contains("软件和信息技术服务业");
            assertThat(dsl.fetchCount(INDUSTRY)).isGreaterThanOrEqualTo(117);

            services.referenceData().ensureLoaded();
            assertThat(dsl.fetchCount(DIVISION)).isEqualTo(divisions);
        }
    }
}
