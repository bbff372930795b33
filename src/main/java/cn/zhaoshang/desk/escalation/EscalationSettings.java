package cn.zhaoshang.desk.escalation;

import cn.zhaoshang.desk.common.i18n.DeskException;

/**
 * After how many days overdue an item goes to the team lead and to the manager (shared by the team:
 * kept in the database). The manager's step comes after the team lead's.
 */
public record EscalationSettings(int teamLeadDays, int managerDays) {
    public static final int MAX_DAYS = 365;

    public EscalationSettings {
        if (teamLeadDays < 1 || teamLeadDays > MAX_DAYS || managerDays < 1 || managerDays > MAX_DAYS) {
            throw new DeskException("escalation.error.days", MAX_DAYS);
        }
        if (managerDays <= teamLeadDays) {
            throw new DeskException("escalation.error.order");
        }
    }

    public int daysFor(EscalationLevel level) {
        return level == EscalationLevel.TEAM_LEAD ? teamLeadDays : managerDays;
    }
}
