package cn.zhaoshang.desk.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One project of the ledger (项目台账); amounts in 万元. */
public record LedgerRow(String name, String company, String stage, String team, String unit, String channel,
                        BigDecimal planned, BigDecimal contract, BigDecimal funds, LocalDate signedOn,
                        LocalDate registeredOn, LocalDate startedOn, LocalDate operatingOn, String leader) {
}
