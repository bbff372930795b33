package cn.zhaoshang.desk.dashboard;

import java.math.BigDecimal;

/** One bar of the funnel: projects now in a stage and their amount (contract, else planned; 万元). */
public record StageCount(String stage, long projects, BigDecimal amount) {
}
