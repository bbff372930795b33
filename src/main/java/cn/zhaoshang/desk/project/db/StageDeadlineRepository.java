package cn.zhaoshang.desk.project.db;

import static cn.zhaoshang.desk.generated.Tables.STAGE_DEADLINE;

import cn.zhaoshang.desk.common.db.AuditLog;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.FieldChange;
import cn.zhaoshang.desk.project.ProjectStage;
import cn.zhaoshang.desk.project.StageDeadline;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.Field;

/**
 * The stage clock's deadlines (a small keyed table without versions); each change is audited
 * field by field.
 */
public final class StageDeadlineRepository {
    private static final Field<String> STORED_STAGE = STAGE_DEADLINE.STAGE.coerce(String.class);

    private final Database database;
    private final AuditLog audit;

    public StageDeadlineRepository(Database database, AuditLog audit) {
        this.database = database;
        this.audit = audit;
    }

    public Map<ProjectStage, StageDeadline> all() {
        Map<ProjectStage, StageDeadline> result = new EnumMap<>(ProjectStage.class);
        // The stage read as stored text: a row whose stage no longer exists is skipped, not an error.
        database.dsl().select(STORED_STAGE, STAGE_DEADLINE.MAX_DAYS, STAGE_DEADLINE.WARN_DAYS).from(STAGE_DEADLINE)
                .forEach(r -> {
                    ProjectStage stage = parse(r.value1());
                    if (stage != null) {
                        result.put(stage, new StageDeadline(stage, r.value2(), r.value3()));
                    }
                });
        return result;
    }

    /** Saves one deadline (inserting it when the stage had none); returns whether anything changed. */
    public boolean save(StageDeadline deadline) {
        StageDeadline before = all().get(deadline.stage());
        if (deadline.equals(before)) {
            return false;
        }
        if (before == null) {
            database.dsl().insertInto(STAGE_DEADLINE).set(STAGE_DEADLINE.STAGE, deadline.stage())
                    .set(STAGE_DEADLINE.MAX_DAYS, deadline.maxDays()).set(STAGE_DEADLINE.WARN_DAYS, deadline.warnDays())
                    .execute();
        } else {
            database.dsl().update(STAGE_DEADLINE).set(STAGE_DEADLINE.MAX_DAYS, deadline.maxDays())
                    .set(STAGE_DEADLINE.WARN_DAYS, deadline.warnDays())
                    .where(STAGE_DEADLINE.STAGE.eq(deadline.stage())).execute();
        }
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        changes.put("max_days", new FieldChange(before == null ? null : String.valueOf(before.maxDays()),
                String.valueOf(deadline.maxDays())));
        changes.put("warn_days", new FieldChange(before == null ? null : String.valueOf(before.warnDays()),
                String.valueOf(deadline.warnDays())));
        audit.record(before == null ? AuditLog.Action.CREATE : AuditLog.Action.UPDATE, STAGE_DEADLINE.getName(),
                deadline.stage().name(), changes);
        return true;
    }

    private static ProjectStage parse(String stage) {
        try {
            return ProjectStage.valueOf(stage);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
