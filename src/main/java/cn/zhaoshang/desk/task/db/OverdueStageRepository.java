package cn.zhaoshang.desk.task.db;

import static cn.zhaoshang.desk.generated.Tables.PROJECT;
import static cn.zhaoshang.desk.generated.Tables.STAGE_DEADLINE;
import static cn.zhaoshang.desk.generated.Tables.TASK;

import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.EnumColumns;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The stage clock (阶段时限) over the project library: which projects have stayed in their current
 * stage longer than {@code stage_deadline.max_days} and have no supervision task for it yet, and
 * the bulk insert of those tasks. Reads the project table directly; the project feature owns it.
 */
public final class OverdueStageRepository {
    /** A project past its stage's deadline. */
    public record LapsedStage(UUID projectId, String projectName, UUID companyId, UUID teamId, UUID ownerId,
                              boolean major, String stage, LocalDate enteredOn, int maxDays) { }

    /** The once-only key of the supervision task for a project's stage. */
    public static String key(UUID projectId, String stage) {
        return KEY_PREFIX + projectId + ":" + stage;
    }

    private static final String KEY_PREFIX = "stage-deadline:";
    // Stages by their stored names: a task keys and shows a lapsed stage by name, without project's enum.
    private static final Field<String> STAGE_NAME = EnumColumns.names(PROJECT.STAGE);
    private static final Field<String> LIMIT_STAGE_NAME = EnumColumns.names(STAGE_DEADLINE.STAGE);
    private final Database database;

    public OverdueStageRepository(Database database) {
        this.database = database;
    }

    /**
     * Live, unarchived projects whose stage was entered more than its limit ago, with no task yet
     * under the key of (project, stage) — also none deleted since: a key is used once, ever.
     */
    public List<LapsedStage> findLapsed(LocalDate today) {
        var dsl = database.dsl();
        Condition overdue = DSL.falseCondition();
        for (var limit : dsl.select(LIMIT_STAGE_NAME, STAGE_DEADLINE.MAX_DAYS).from(STAGE_DEADLINE).fetch()) {
            overdue = overdue.or(STAGE_NAME.eq(limit.value1())
                    .and(PROJECT.STAGE_ENTERED_ON.lt(today.minusDays(limit.value2()))));
        }
        Field<String> key = DSL.concat(DSL.inline(KEY_PREFIX), PROJECT.ID.cast(SQLDataType.VARCHAR(36)), DSL.inline(":"),
                STAGE_NAME);
        return dsl.select(PROJECT.ID, TaskRows.PROJECT_NAME, PROJECT.COMPANY_ID, PROJECT.TEAM_ID, PROJECT.OWNER_PERSON_ID,
                        PROJECT.MAJOR, STAGE_NAME, PROJECT.STAGE_ENTERED_ON, STAGE_DEADLINE.MAX_DAYS)
                .from(PROJECT).join(STAGE_DEADLINE).on(LIMIT_STAGE_NAME.eq(STAGE_NAME))
                .where(overdue).and(PROJECT.DELETED_AT.isNull()).and(PROJECT.ARCHIVED_AT.isNull())
                .andNotExists(DSL.selectOne().from(TASK).where(TASK.DEADLINE_KEY.eq(key)))
                .orderBy(PROJECT.STAGE_ENTERED_ON, PROJECT.ID)
                .fetch(r -> new LapsedStage(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        Boolean.TRUE.equals(r.value6()), r.value7(), r.value8(), r.value9()));
    }
}
