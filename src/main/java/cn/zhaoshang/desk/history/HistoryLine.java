package cn.zhaoshang.desk.history;

import java.time.OffsetDateTime;

/**
 * One change as people read it (a 局长 as well as a script): who by display name, what was done, to
 * which record by its name, and each field by its label with values as the screens show them, e.g.
 * "修改 项目 蓝鲸储能基地 — 阶段：洽谈 → 签约". Jobs read as sentences ("生成演示数据 2,000 家企业").
 */
public record HistoryLine(OffsetDateTime occurredAt, String who, String action, String record, String details) {
    /** The line for a terminal or a file: time, who, action, record, details, tab-separated. */
    public String toText(String time) {
        return String.join("\t", time, who, action, record, details);
    }
}
