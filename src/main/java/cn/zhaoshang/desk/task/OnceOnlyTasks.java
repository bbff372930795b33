package cn.zhaoshang.desk.task;

import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.db.AuditLog;
import cn.zhaoshang.desk.common.db.BulkInserter;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.task.db.OnceOnlyTaskWriter;
import java.util.List;
import java.util.function.Supplier;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Raises the supervision tasks of a job (the stage clock, overdue company requests) in one transaction:
 * one batch insert and one audit summary ("stage-deadline: 3"). A job may run on many computers of a
 * team server at once: when another raised some of the same tasks first, the unique key refuses the
 * batch, which rolls back, and the job looks again (finding only what is still missing).
 */
public final class OnceOnlyTasks {
    private static final Logger LOG = LoggerFactory.getLogger(OnceOnlyTasks.class);
    private final Database database;
    private final OnceOnlyTaskWriter writer;
    private final AuditLog audit;

    public OnceOnlyTasks(Database database, BulkInserter bulk, AuditLog audit) {
        this.database = database;
        this.writer = new OnceOnlyTaskWriter(bulk);
        this.audit = audit;
    }

    /**
     * Finds what is missing (inside the transaction) and raises it; {@code what} names the job in the
     * audit summary. Returns how many tasks were made.
     */
    public long raise(String what, Supplier<List<OnceOnlyTask>> missing, Progress progress) {
        try {
            return raiseOnce(what, missing, progress);
        } catch (DataAccessException e) {
            LOG.info("{} collided with another run; looking again", what, e);
            return raiseOnce(what, missing, progress);
        }
    }

    private long raiseOnce(String what, Supplier<List<OnceOnlyTask>> missing, Progress progress) {
        return database.transaction(() -> {
            List<OnceOnlyTask> tasks = missing.get();
            if (tasks.isEmpty()) {
                return 0L;
            }
            long created = writer.insert(tasks, audit.now(), progress);
            audit.recordBulk(AuditLog.Action.CREATE, "task", what + ": " + created, null);
            return created;
        });
    }
}
