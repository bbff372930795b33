package cn.zhaoshang.desk.dashboard;

import java.math.BigDecimal;
import java.util.UUID;

/** One stored target amount: an owner's indicator for one period of a year. */
public record TargetLine(UUID id, int version, int year, OwnerKind ownerKind, UUID ownerId, Indicator indicator,
                         PeriodKind periodKind, int periodNo, BigDecimal amount) {
}
