package cn.zhaoshang.desk.escalation.db;

import static cn.zhaoshang.desk.generated.Tables.APP_SETTING;
import static cn.zhaoshang.desk.generated.Tables.COMPANY;
import static cn.zhaoshang.desk.generated.Tables.COMPANY_REQUEST;
import static cn.zhaoshang.desk.generated.Tables.ESCALATION;
import static cn.zhaoshang.desk.generated.Tables.TASK;
import static cn.zhaoshang.desk.generated.Tables.TEAM;

import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.db.BulkInserter;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.Ids;
import cn.zhaoshang.desk.escalation.EscalatedItem;
import cn.zhaoshang.desk.escalation.EscalationLevel;
import cn.zhaoshang.desk.escalation.EscalationSettings;
import cn.zhaoshang.desk.request.RequestStatus;
import cn.zhaoshang.desk.task.TaskStatus;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Select;
import org.jooq.impl.DSL;

/** Which open items are overdue long enough to escalate, the escalation rows, and the lists they feed. */
public final class EscalationRepository {
    static final String LEAD_DAYS = "escalation.team_lead_days";
    static final String MANAGER_DAYS = "escalation.manager_days";
    private static final List<TaskStatus> OPEN_TASK = List.of(TaskStatus.OPEN, TaskStatus.IN_PROGRESS);
    private static final List<RequestStatus> OPEN_REQUEST = List.of(RequestStatus.RECEIVED, RequestStatus.IN_PROGRESS);
    private final Database database;
    private final BulkInserter bulk;

    public EscalationRepository(Database database, BulkInserter bulk) {
        this.database = database;
        this.bulk = bulk;
    }

    public EscalationSettings settings() {
        return new EscalationSettings(setting(LEAD_DAYS, 3), setting(MANAGER_DAYS, 7));
    }

    public void save(EscalationSettings s) {
        put(LEAD_DAYS, s.teamLeadDays());
        put(MANAGER_DAYS, s.managerDays());
    }

    private int setting(String key, int fallback) {
        String v = database.dsl().select(APP_SETTING.SETTING_VALUE).from(APP_SETTING).where(APP_SETTING.SETTING_KEY.eq(key))
                .fetchOne(APP_SETTING.SETTING_VALUE);
        try {
            return v == null ? fallback : Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private void put(String key, int value) {
        int updated = database.dsl().update(APP_SETTING).set(APP_SETTING.SETTING_VALUE, String.valueOf(value))
                .where(APP_SETTING.SETTING_KEY.eq(key)).execute();
        if (updated == 0) {
            database.dsl().insertInto(APP_SETTING).set(APP_SETTING.SETTING_KEY, key)
                    .set(APP_SETTING.SETTING_VALUE, String.valueOf(value)).execute();
        }
    }

    /** An item due for escalation to a level: not escalated to it yet. */
    public record Due(EscalatedItem.Subject kind, UUID id, UUID teamId, LocalDate dueOn) { }

    /** Open tasks and requests due on or before {@code dueBy} with no escalation to {@code level} yet. */
    public List<Due> due(EscalationLevel level, LocalDate dueBy) {
        var dsl = database.dsl();
        List<Due> found = new ArrayList<>(dsl.select(TASK.ID, TASK.TEAM_ID, TASK.DUE_ON).from(TASK)
                .where(TASK.STATUS.in(OPEN_TASK)).and(TASK.DELETED_AT.isNull()).and(TASK.DUE_ON.le(dueBy))
                .andNotExists(escalated(EscalatedItem.Subject.TASK, TASK.ID, level))
                .fetch(r -> new Due(EscalatedItem.Subject.TASK, r.value1(), r.value2(), r.value3())));
        found.addAll(dsl.select(COMPANY_REQUEST.ID, COMPANY_REQUEST.TEAM_ID, COMPANY_REQUEST.DUE_ON).from(COMPANY_REQUEST)
                .where(COMPANY_REQUEST.STATUS.in(OPEN_REQUEST)).and(COMPANY_REQUEST.DELETED_AT.isNull())
                .and(COMPANY_REQUEST.DUE_ON.le(dueBy))
                .andNotExists(escalated(EscalatedItem.Subject.REQUEST, COMPANY_REQUEST.ID, level))
                .fetch(r -> new Due(EscalatedItem.Subject.REQUEST, r.value1(), r.value2(), r.value3())));
        return found;
    }

    private Select<?> escalated(EscalatedItem.Subject kind, Field<UUID> id, EscalationLevel level) {
        return DSL.selectOne().from(ESCALATION).where(ESCALATION.SUBJECT_KIND.eq(kind))
                .and(ESCALATION.SUBJECT_ID.eq(id)).and(ESCALATION.TO_LEVEL.eq(level));
    }

    private static final List<Field<?>> COLUMNS = List.of(ESCALATION.ID, ESCALATION.CREATED_AT, ESCALATION.UPDATED_AT,
            ESCALATION.VERSION, ESCALATION.SUBJECT_KIND, ESCALATION.SUBJECT_ID, ESCALATION.TO_LEVEL, ESCALATION.ESCALATED_ON,
            ESCALATION.DAYS_OVERDUE, ESCALATION.TEAM_ID);

    /** Inserts one escalation row per item (the caller's transaction and audit cover them). */
    public long insert(List<Due> items, EscalationLevel level, LocalDate today, OffsetDateTime now, Progress progress) {
        Iterator<Due> source = items.iterator();
        Iterator<Object[]> rows = new Iterator<>() {
            @Override public boolean hasNext() { return source.hasNext(); }
            @Override public Object[] next() {
                Due d = source.next();
                return new Object[] {Ids.next(), now, now, 0, d.kind(), d.id(), level, today,
                        (int) ChronoUnit.DAYS.between(d.dueOn(), today), d.teamId()};
            }
        };
        return bulk.insert(ESCALATION, COLUMNS, rows, progress, items.size());
    }

    /**
     * Items escalated to one of the levels that are still open and overdue, of the given teams (null:
     * every team), longest overdue first.
     */
    public List<EscalatedItem> list(Collection<EscalationLevel> levels, Collection<UUID> teams, LocalDate today, int limit) {
        var dsl = database.dsl();
        Condition level = ESCALATION.TO_LEVEL.in(levels).and(ESCALATION.DELETED_AT.isNull());
        Condition team = teams == null ? DSL.noCondition() : ESCALATION.TEAM_ID.in(teams);
        List<EscalatedItem> items = new ArrayList<>(dsl.select(TASK.ID, TASK.TITLE, COMPANY.NAME, TASK.TEAM_ID, TEAM.NAME,
                        TASK.DUE_ON, ESCALATION.TO_LEVEL, ESCALATION.ESCALATED_ON)
                .from(ESCALATION).join(TASK).on(TASK.ID.eq(ESCALATION.SUBJECT_ID))
                .leftJoin(COMPANY).on(COMPANY.ID.eq(TASK.COMPANY_ID)).leftJoin(TEAM).on(TEAM.ID.eq(TASK.TEAM_ID))
                .where(ESCALATION.SUBJECT_KIND.eq(EscalatedItem.Subject.TASK)).and(level).and(team)
                .and(TASK.STATUS.in(OPEN_TASK)).and(TASK.DELETED_AT.isNull()).and(TASK.DUE_ON.lt(today))
                .limit(limit)
                .fetch(r -> new EscalatedItem(EscalatedItem.Subject.TASK, r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5(), r.value6(), r.value7(), r.value8(),
                        ChronoUnit.DAYS.between(r.value6(), today))));
        items.addAll(dsl.select(COMPANY_REQUEST.ID, COMPANY_REQUEST.CONTENT, COMPANY.NAME, COMPANY_REQUEST.TEAM_ID, TEAM.NAME,
                        COMPANY_REQUEST.DUE_ON, ESCALATION.TO_LEVEL, ESCALATION.ESCALATED_ON)
                .from(ESCALATION).join(COMPANY_REQUEST).on(COMPANY_REQUEST.ID.eq(ESCALATION.SUBJECT_ID))
                .join(COMPANY).on(COMPANY.ID.eq(COMPANY_REQUEST.COMPANY_ID))
                .leftJoin(TEAM).on(TEAM.ID.eq(COMPANY_REQUEST.TEAM_ID))
                .where(ESCALATION.SUBJECT_KIND.eq(EscalatedItem.Subject.REQUEST)).and(level).and(team)
                .and(COMPANY_REQUEST.STATUS.in(OPEN_REQUEST)).and(COMPANY_REQUEST.DELETED_AT.isNull())
                .and(COMPANY_REQUEST.DUE_ON.lt(today))
                .limit(limit)
                .fetch(r -> new EscalatedItem(EscalatedItem.Subject.REQUEST, r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5(), r.value6(), r.value7(), r.value8(),
                        ChronoUnit.DAYS.between(r.value6(), today))));
        // One line per item: the highest level it reached.
        Map<UUID, EscalatedItem> highest = new LinkedHashMap<>();
        for (EscalatedItem i : items) {
            highest.merge(i.id(), i, (a, b) -> a.level().ordinal() >= b.level().ordinal() ? a : b);
        }
        return highest.values().stream()
                .sorted(Comparator.comparingLong(EscalatedItem::daysOverdue).reversed()
                        .thenComparing(EscalatedItem::id)).limit(limit).toList();
    }
}
