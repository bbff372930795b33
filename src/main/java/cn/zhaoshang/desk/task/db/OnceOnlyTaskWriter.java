package cn.zhaoshang.desk.task.db;

import static cn.zhaoshang.desk.generated.Tables.TASK;

import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.db.BulkInserter;
import cn.zhaoshang.desk.common.db.Ids;
import cn.zhaoshang.desk.task.OnceOnlyTask;
import cn.zhaoshang.desk.task.TaskStatus;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.List;
import org.jooq.Field;

/** Batch insert of once-only supervision tasks (the caller's transaction and audit summary cover them). */
public final class OnceOnlyTaskWriter {
    private static final List<Field<?>> COLUMNS = List.of(TASK.ID, TASK.CREATED_AT, TASK.UPDATED_AT, TASK.VERSION,
            TASK.TITLE, TASK.DETAILS, TASK.COMPANY_ID, TASK.PROJECT_ID, TASK.ASSIGNEE_PERSON_ID, TASK.TEAM_ID, TASK.DUE_ON,
            TASK.PRIORITY, TASK.STATUS, TASK.SOURCE_KIND, TASK.SOURCE_NOTE, TASK.SUPERVISION_LEVEL, TASK.REPORT_EVERY_DAYS,
            TASK.REPORT_START_ON, TASK.DEADLINE_KEY);
    private final BulkInserter bulk;

    public OnceOnlyTaskWriter(BulkInserter bulk) {
        this.bulk = bulk;
    }

    /** Inserts the tasks, open; returns how many. */
    public long insert(List<OnceOnlyTask> tasks, OffsetDateTime now, Progress progress) {
        Iterator<OnceOnlyTask> source = tasks.iterator();
        Iterator<Object[]> rows = new Iterator<>() {
            @Override public boolean hasNext() { return source.hasNext(); }
            @Override public Object[] next() {
                OnceOnlyTask t = source.next();
                return new Object[] {Ids.next(), now, now, 0, t.title(), t.details(), t.companyId(), t.projectId(),
                        t.assigneeId(), t.teamId(), t.dueOn(), t.priority(), TaskStatus.OPEN, t.source(),
                        t.sourceNote(), t.level(), t.reportEveryDays(), t.reportStartOn(), t.onceKey()};
            }
        };
        return bulk.insert(TASK, COLUMNS, rows, progress, tasks.size());
    }
}
