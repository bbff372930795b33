package cn.zhaoshang.desk.common.db;

import static cn.zhaoshang.desk.generated.Tables.AUDIT_LOG;
import static cn.zhaoshang.desk.generated.Tables.TEAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.generated.tables.records.TeamRecord;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RecordWriterTest {
    @TempDir
    Path dir;

    private static TeamRecord newTeam(String name) {
        TeamRecord team = new TeamRecord();
        team.setName(name);
        team.setBaseCity("成都");
        team.setRegion("成渝");
        return team;
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void insertStampsKeyTimesAndVersionAndIsAudited(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            TeamRecord stored = services.writer().insert(newTeam("成都驻地招商小分队"));
            assertThat(stored.getId()).isNotNull();
            assertThat(stored.getVersion()).isZero();
            assertThat(stored.getCreatedAt()).isEqualTo(stored.getUpdatedAt());
            var audit = services.database().dsl().selectFrom(AUDIT_LOG)
                    .where(AUDIT_LOG.RECORD_ID.eq(stored.getId().toString())).fetchOne();
            assertThat(audit.getAction()).isEqualTo("CREATE");
            assertThat(AuditLog.parseChanges(audit.getChanges())).containsEntry("name", new FieldChange(null, "成都驻地招商小分队"));
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void updateBumpsTheVersionAndAuditsOnlyChangedFields(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            TeamRecord stored = services.writer().insert(newTeam("成都驻地招商小分队"));
            TeamRecord edit = stored.copy();
            edit.setId(stored.getId());
            edit.setVersion(stored.getVersion());
            edit.setCreatedAt(stored.getCreatedAt());
            edit.setRegion("成渝地区双城经济圈");
            TeamRecord saved = services.writer().update(edit);
            assertThat(saved.getVersion()).isEqualTo(1);
            assertThat(saved.getRegion()).isEqualTo("成渝地区双城经济圈");
            var changes = services.database().dsl().select(AUDIT_LOG.CHANGES).from(AUDIT_LOG)
                    .where(AUDIT_LOG.RECORD_ID.eq(stored.getId().toString())).and(AUDIT_LOG.ACTION.eq("UPDATE"))
                    .fetchOne(AUDIT_LOG.CHANGES);
            assertThat(AuditLog.parseChanges(changes)).containsOnlyKeys("region")
                    .containsEntry("region", new FieldChange("成渝", "成渝地区双城经济圈"));
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aStaleSaveIsRefusedAndTheNewerSaveSurvives(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            TeamRecord stored = services.writer().insert(newTeam("成都驻地招商小分队"));
            TeamRecord mine = services.writer().load(TEAM, stored.getId());
            TeamRecord theirs = services.writer().load(TEAM, stored.getId());
            theirs.setBaseCity("重庆");
            services.writer().update(theirs);

            mine.setDescription("我的修改");
            assertThatThrownBy(() -> services.writer().update(mine))
                    .isInstanceOf(StaleRecordException.class)
                    .satisfies(e -> assertThat(((StaleRecordException) e).theirChanges())
                            .containsKey("base_city"));
            TeamRecord now = services.writer().load(TEAM, stored.getId());
            assertThat(now.getBaseCity()).isEqualTo("重庆");
            assertThat(now.getDescription()).isNull();
            assertThat(now.getVersion()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void softDeleteKeepsTheRowAndCanBeRestored(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            TeamRecord stored = services.writer().insert(newTeam("成都驻地招商小分队"));
            services.writer().softDelete(TEAM, stored.getId(), 0);
            assertThat(services.writer().load(TEAM, stored.getId()).getDeletedAt()).isNotNull();
            assertThatThrownBy(() -> services.writer().softDelete(TEAM, stored.getId(), 0))
                    .isInstanceOf(StaleRecordException.class);
            services.writer().restore(TEAM, stored.getId(), 1);
            assertThat(services.writer().load(TEAM, stored.getId()).getDeletedAt()).isNull();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aFailedTransactionLeavesNothingBehind(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            int teams = services.databaseInfo().count("team");
            int audits = services.databaseInfo().count("audit_log");
            assertThatThrownBy(() -> services.database().transaction((Runnable) () -> {
                services.writer().insert(newTeam("临时小分队"));
                throw new IllegalStateException("boom");
            })).hasMessageContaining("boom");
            assertThat(services.databaseInfo().count("team")).isEqualTo(teams);
            assertThat(services.databaseInfo().count("audit_log")).isEqualTo(audits);
        }
    }
}
