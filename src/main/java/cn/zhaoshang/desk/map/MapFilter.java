package cn.zhaoshang.desk.map;

import cn.zhaoshang.desk.dashboard.Period;
import java.util.UUID;

/**
 * The filters of the map, as on the dashboard: the period (for visits and signings), a team (companies it owns,
 * projects and visits it works), a chain (companies tagged to its nodes), a project stage (null = any live one).
 */
public record MapFilter(Period period, UUID teamId, UUID chainId, String stage) {
    public MapFilter withPeriod(Period p) {
        return new MapFilter(p, teamId, chainId, stage);
    }

    public MapFilter withTeam(UUID t) {
        return new MapFilter(period, t, chainId, stage);
    }

    public MapFilter withChain(UUID c) {
        return new MapFilter(period, teamId, c, stage);
    }

    public MapFilter withStage(String s) {
        return new MapFilter(period, teamId, chainId, s);
    }
}
