package cn.zhaoshang.desk.task.db;

import static cn.zhaoshang.desk.generated.Tables.PROJECT;
import static cn.zhaoshang.desk.generated.Tables.STAGE_DEADLINE;
import static cn.zhaoshang.desk.generated.Tables.TASK;

import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.db.BulkInserter;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.Ids;
import cn.zhaoshang.desk.task.TaskSource;
import cn.zhaoshang.desk.task.TaskStatus;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Iterator;
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
public final class StageDeadlineRepository {
    /** A project past its stage's deadline. */
    public record LapsedStage(UUID projectId, String projectName, UUID companyId, UUID teamId, UUID ownerId,
                              boolean major, String stage, LocalDate enteredOn, int maxDays) { }

    /** The once-only key of the supervision task for a project's stage. */
    public static String key(UUID projectId, String stage) {
        return KEY_PREFIX + projectId + ":" + stage;
    }

    private static final String KEY_PREFIX = "stage-deadline:";
    private final Database database;
    private final BulkInserter bulk;

    public StageDeadlineRepository(Database database, BulkInserter bulk) {
        this.database = database;
        this.bulk = bulk;
    }

    /**
     * Live, unarchived projects whose stage was entered more than its limit ago, with no task yet
     * under the key of (project, stage) — also none deleted since: a key is used once, ever.
     */
    public List<LapsedStage> findLapsed(LocalDate today) {
        var dsl = database.dsl();
        Condition overdue = DSL.falseCondition();
        for (var limit : dsl.selectFrom(STAGE_DEADLINE).fetch()) {
            overdue = overdue.or(PROJECT.STAGE.eq(limit.getStage())
                    .and(PROJECT.STAGE_ENTERED_ON.lt(today.minusDays(limit.getMaxDays()))));
        }
        Field<String> key = DSL.concat(DSL.inline(KEY_PREFIX), PROJECT.ID.cast(SQLDataType.VARCHAR(36)), DSL.inline(":"),
                PROJECT.STAGE);
        return dsl.select(PROJECT.ID, TaskRows.PROJECT_NAME, PROJECT.COMPANY_ID, PROJECT.TEAM_ID, PROJECT.OWNER_PERSON_ID,
                        PROJECT.MAJOR, PROJECT.STAGE, PROJECT.STAGE_ENTERED_ON, STAGE_DEADLINE.MAX_DAYS)
                .from(PROJECT).join(STAGE_DEADLINE).on(STAGE_DEADLINE.STAGE.eq(PROJECT.STAGE))
                .where(overdue).and(PROJECT.DELETED_AT.isNull()).and(PROJECT.ARCHIVED_AT.isNull())
                .andNotExists(DSL.selectOne().from(TASK).where(TASK.DEADLINE_KEY.eq(key)))
                .orderBy(PROJECT.STAGE_ENTERED_ON, PROJECT.ID)
                .fetch(r -> new LapsedStage(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        Boolean.TRUE.equals(r.value6()), r.value7(), r.value8(), r.value9()));
    }

    /** A supervision task row ready for {@link #insert}, in the order of {@link #COLUMNS}. */
    public record NewTask(String title, String details, UUID companyId, UUID projectId, UUID assigneeId, UUID teamId,
                          LocalDate dueOn, String priority, String sourceNote, String supervisionLevel, int reportEveryDays,
                          LocalDate reportStartOn, String deadlineKey) { }

    private static final List<Field<?>> COLUMNS = List.of(TASK.ID, TASK.CREATED_AT, TASK.UPDATED_AT, TASK.VERSION,
            TASK.TITLE, TASK.DETAILS, TASK.COMPANY_ID, TASK.PROJECT_ID, TASK.ASSIGNEE_PERSON_ID, TASK.TEAM_ID, TASK.DUE_ON,
            TASK.PRIORITY, TASK.STATUS, TASK.SOURCE_KIND, TASK.SOURCE_NOTE, TASK.SUPERVISION_LEVEL, TASK.REPORT_EVERY_DAYS,
            TASK.REPORT_START_ON, TASK.DEADLINE_KEY);

    /** Inserts the tasks in batches (the caller's transaction and audit summary cover them); returns how many. */
    public long insert(List<NewTask> tasks, OffsetDateTime now, Progress progress) {
        Iterator<NewTask> source = tasks.iterator();
        Iterator<Object[]> rows = new Iterator<>() {
            @Override public boolean hasNext() { return source.hasNext(); }
            @Override public Object[] next() {
                NewTask t = source.next();
                return new Object[] {Ids.next(), now, now, 0, t.title(), t.details(), t.companyId(), t.projectId(),
                        t.assigneeId(), t.teamId(), t.dueOn(), t.priority(), TaskStatus.OPEN.name(), TaskSource.STAGE_DEADLINE.name(), t.sourceNote(),
                        t.supervisionLevel(), t.reportEveryDays(), t.reportStartOn(), t.deadlineKey()};
            }
        };
        return bulk.insert(TASK, COLUMNS, rows, progress, tasks.size());
    }
}
