package cn.zhaoshang.desk.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** An amount of funds in place (资金到位) on a date, in 万元. */
public record Fund(UUID id, int version, LocalDate receivedOn, BigDecimal amount, String note) {
}
