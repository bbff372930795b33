package cn.zhaoshang.desk.task;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * The filters of a task list; null or empty means "no filter". {@code overdueOnly} keeps open tasks
 * whose due date has passed. A company filter finds every task that links the company (a task
 * made for a project links the project's company too).
 */
public record TaskQuery(UUID assigneeId, UUID teamId, Set<TaskStatus> statuses, boolean overdueOnly,
                        LocalDate dueFrom, LocalDate dueTo, UUID companyId, UUID projectId, SupervisionFilter supervision) {
    public TaskQuery {
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        supervision = supervision == null ? SupervisionFilter.ANY : supervision;
    }

    /** Every task that is still someone's work. */
    public static TaskQuery open() {
        return new TaskQuery(null, null, EnumSet.of(TaskStatus.OPEN, TaskStatus.IN_PROGRESS), false, null, null, null,
                null, SupervisionFilter.ANY);
    }

    /** Every task linked to one company, open or closed (its detail's 任务 tab, `company show`). */
    public static TaskQuery ofCompany(UUID company) {
        return new TaskQuery(null, null, Set.of(), false, null, null, company, null, SupervisionFilter.ANY);
    }

    public TaskQuery withAssignee(UUID person) {
        return new TaskQuery(person, teamId, statuses, overdueOnly, dueFrom, dueTo, companyId, projectId, supervision);
    }

    public TaskQuery withTeam(UUID team) {
        return new TaskQuery(assigneeId, team, statuses, overdueOnly, dueFrom, dueTo, companyId, projectId, supervision);
    }

    public TaskQuery withSupervision(SupervisionFilter filter) {
        return new TaskQuery(assigneeId, teamId, statuses, overdueOnly, dueFrom, dueTo, companyId, projectId, filter);
    }

    public TaskQuery withDue(LocalDate from, LocalDate to) {
        return new TaskQuery(assigneeId, teamId, statuses, overdueOnly, from, to, companyId, projectId, supervision);
    }
}
