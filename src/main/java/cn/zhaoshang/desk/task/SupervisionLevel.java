package cn.zhaoshang.desk.task;

/** Who supervises a 督办 item: the district (区级), a bureau (局级) or the team lead (小分队). */
public enum SupervisionLevel {
    DISTRICT, BUREAU, TEAM
}
