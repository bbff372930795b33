package cn.zhaoshang.desk.dashboard;

import java.math.BigDecimal;

/** Projects of one group (a chain, a source channel): key for the drill-down, label to show. */
public record GroupCount(String key, String label, long projects, BigDecimal amount) {
}
