package cn.zhaoshang.desk.escalation;

import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.db.AuditLog;
import cn.zhaoshang.desk.common.db.BulkInserter;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.FieldChange;
import cn.zhaoshang.desk.escalation.db.EscalationRepository;
import cn.zhaoshang.desk.security.CompanyAccess;
import cn.zhaoshang.desk.security.Permission;
import cn.zhaoshang.desk.security.Role;
import cn.zhaoshang.desk.task.TaskDates;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Escalation of overdue tasks and company requests (督办升级): after {@link EscalationSettings#teamLeadDays}
 * days overdue an item shows to its team's lead, after {@link EscalationSettings#managerDays} to the
 * manager, in their 督办 view and reminders. {@link #run} records each step once per item and level
 * (an {@code escalation} row and an entry in the item's history); it runs with the stage clock, at start
 * and daily, and any number of times. What the lists show is still judged by today's date: an item done
 * or rescheduled since drops out.
 */
public final class EscalationService {
    /** The refusal's words for those who may not see the district's escalations or change the days. */
    private static final String NOT_ALLOWED = "escalation.error.notAllowed";
    /** Rows the 督办 view shows at most. */
    public static final int LIST_LIMIT = 500;

    /** What a run did: items escalated to each level. */
    public record Result(long toTeamLead, long toManager) { }

    private final Database database;
    private final EscalationRepository repository;
    private final AuditLog audit;
    private final CompanyAccess access;
    private final Clock clock;

    public EscalationService(Database database, BulkInserter bulk, AuditLog audit, CompanyAccess access, Clock clock) {
        this.database = database;
        this.repository = new EscalationRepository(database, bulk);
        this.audit = audit;
        this.access = access;
        this.clock = clock;
    }

    public LocalDate today() {
        return TaskDates.today(clock);
    }

    public EscalationSettings settings() {
        return repository.settings();
    }

    /** Changes the days (managers and admins): shared by every computer of the team. */
    public void saveSettings(EscalationSettings changed) {
        access.policy().require(Permission.SUPERVISE_DISTRICT, NOT_ALLOWED);
        EscalationSettings before = settings();
        database.transaction(() -> {
            repository.save(changed);
            Map<String, FieldChange> what = new LinkedHashMap<>();
            what.put("team_lead_days", new FieldChange(String.valueOf(before.teamLeadDays()), String.valueOf(changed.teamLeadDays())));
            what.put("manager_days", new FieldChange(String.valueOf(before.managerDays()), String.valueOf(changed.managerDays())));
            audit.record(AuditLog.Action.UPDATE, "app_setting", "escalation", what);
        });
    }

    /** Escalates what has become due for it, once per item and level. */
    public Result run(Progress progress) {
        LocalDate today = today();
        EscalationSettings s = settings();
        return database.transaction(() -> {
            progress.step("escalation.job.running");
            long lead = escalate(EscalationLevel.TEAM_LEAD, s, today, progress);
            long manager = escalate(EscalationLevel.MANAGER, s, today, progress);
            return new Result(lead, manager);
        });
    }

    private long escalate(EscalationLevel level, EscalationSettings s, LocalDate today, Progress progress) {
        List<EscalationRepository.Due> due = repository.due(level, today.minusDays(s.daysFor(level)));
        if (due.isEmpty()) {
            return 0;
        }
        long made = repository.insert(due, level, today, audit.now(), progress);
        for (EscalationRepository.Due d : due) {
            String table = d.kind() == EscalatedItem.Subject.TASK ? "task" : "company_request";
            long days = ChronoUnit.DAYS.between(d.dueOn(), today);
            audit.record(AuditLog.Action.UPDATE, table, d.id(),
                    Map.of("escalation", new FieldChange(null, level.name() + " (" + days + ")")));
        }
        return made;
    }

    /**
     * The 督办 view's escalated items for the person working now: a team lead sees what was escalated, at any level,
     * to the leads of their teams; managers and admins see what reached the manager; recruiters none.
     */
    public List<EscalatedItem> forMe() {
        access.policy().requireSignedIn();
        Role role = access.policy().role();
        LocalDate today = today();
        return switch (role) {
            case TEAM_LEAD -> {
                Set<UUID> teams = access.scope().teamIds();
                yield teams.isEmpty() ? List.of()
                        : repository.list(EnumSet.allOf(EscalationLevel.class), teams, today, LIST_LIMIT);
            }
            case MANAGER, ADMIN -> repository.list(EnumSet.of(EscalationLevel.MANAGER), null, today, LIST_LIMIT);
            default -> List.of();
        };
    }

    /** {@link #forMe()} as the reminders tell it: each item's id and title. */
    public Map<UUID, String> titlesForMe() {
        Map<UUID, String> titles = new LinkedHashMap<>();
        forMe().forEach(item -> titles.putIfAbsent(item.id(), item.title()));
        return titles;
    }

    /** Every escalated item still open and overdue, of every level (the district's view, managers only). */
    public List<EscalatedItem> all() {
        access.policy().require(Permission.SUPERVISE_DISTRICT, NOT_ALLOWED);
        return repository.list(EnumSet.allOf(EscalationLevel.class), null, today(), LIST_LIMIT);
    }
}
