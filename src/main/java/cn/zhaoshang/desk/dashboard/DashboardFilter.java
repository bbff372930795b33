package cn.zhaoshang.desk.dashboard;

import java.util.UUID;

/** What the dashboard shows: a period and one team (null = the whole district). */
public record DashboardFilter(Period period, UUID teamId) {
    public DashboardFilter withTeam(UUID team) {
        return new DashboardFilter(period, team);
    }
}
