package cn.zhaoshang.desk.map;

/** What colours the map (招商地图): one figure per region, aggregated by division code. */
public enum MapMeasure {
    /** Target companies (目标企业) located there. */
    COMPANIES,
    /** Visits and meetings with companies there in the period (走访). */
    VISITS,
    /** Live projects of companies there, in the chosen stage or any (项目). */
    PROJECTS,
    /** Contract amount signed in the period by companies there (签约额, 万元). */
    SIGNED_AMOUNT
}
