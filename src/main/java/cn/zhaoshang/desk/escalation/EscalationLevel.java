package cn.zhaoshang.desk.escalation;

/** Who an overdue item is shown to after so many days: the team lead (队长), then the manager (局长). */
public enum EscalationLevel {
    TEAM_LEAD, MANAGER
}
