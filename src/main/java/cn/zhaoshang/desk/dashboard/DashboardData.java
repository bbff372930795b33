package cn.zhaoshang.desk.dashboard;

import java.util.List;

/** All the figures of one dashboard screen, loaded together in the background. */
public record DashboardData(DashboardFilter filter, List<StageCount> funnel, List<IndicatorProgress> progress, Kpis kpis,
                            List<RankingRow> teamRanking, List<RankingRow> unitRanking, List<GroupCount> byChain,
                            List<GroupCount> bySource, List<OverdueItem> overdue, int overdueCount) {
}
