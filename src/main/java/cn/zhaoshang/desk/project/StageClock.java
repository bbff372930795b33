package cn.zhaoshang.desk.project;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * Where a project stands against its stage deadline. The same arithmetic is used by the SQL
 * filters in the repository: overdue when {@code entered < today - maxDays}, due soon when
 * {@code today - maxDays <= entered <= today - maxDays + warnDays}.
 */
public final class StageClock {
    private StageClock() {
    }

    public static ClockState state(ProjectStage stage, LocalDate enteredOn, Map<ProjectStage, StageDeadline> deadlines,
                                   LocalDate today) {
        StageDeadline deadline = deadlines.get(stage);
        if (deadline == null || enteredOn == null || stage.isSide() || stage == ProjectStage.OPERATING) {
            return ClockState.NONE;
        }
        LocalDate due = enteredOn.plusDays(deadline.maxDays());
        if (today.isAfter(due)) {
            return ClockState.OVERDUE;
        }
        return today.isBefore(due.minusDays(deadline.warnDays())) ? ClockState.ON_TIME : ClockState.DUE_SOON;
    }

    public static long daysIn(LocalDate enteredOn, LocalDate today) {
        return enteredOn == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(enteredOn, today));
    }
}
