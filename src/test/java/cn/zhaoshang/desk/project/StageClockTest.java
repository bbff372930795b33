package cn.zhaoshang.desk.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StageClockTest {
    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final Map<ProjectStage, StageDeadline> DEADLINES = Map.of(
            ProjectStage.SIGNED, new StageDeadline(ProjectStage.SIGNED, 90, 14),
            ProjectStage.OPERATING, new StageDeadline(ProjectStage.OPERATING, 30, 5));

    private static ClockState signedSince(int daysAgo) {
        return StageClock.state(ProjectStage.SIGNED, TODAY.minusDays(daysAgo), DEADLINES, TODAY);
    }

    @Test
    void aProjectIsOnTimeUntilTheWarningDaysBeforeItsDeadline() {
        assertThat(signedSince(0)).isEqualTo(ClockState.ON_TIME);
        assertThat(signedSince(75)).isEqualTo(ClockState.ON_TIME);
    }

    @Test
    void aProjectIsDueSoonInTheLastWarningDaysIncludingTheDeadlineItself() {
        assertThat(signedSince(76)).isEqualTo(ClockState.DUE_SOON);
        assertThat(signedSince(90)).isEqualTo(ClockState.DUE_SOON);
    }

    @Test
    void aProjectIsOverdueTheDayAfterItsDeadline() {
        assertThat(signedSince(91)).isEqualTo(ClockState.OVERDUE);
        assertThat(signedSince(400)).isEqualTo(ClockState.OVERDUE);
    }

    @Test
    void stagesWithoutADeadlineAndTheLastAndSideStagesAreNotTimed() {
        assertThat(StageClock.state(ProjectStage.LEAD, TODAY.minusDays(999), DEADLINES, TODAY)).isEqualTo(ClockState.NONE);
        assertThat(StageClock.state(ProjectStage.OPERATING, TODAY.minusDays(999), DEADLINES, TODAY)).isEqualTo(ClockState.NONE);
        assertThat(StageClock.state(ProjectStage.ON_HOLD, TODAY.minusDays(999), DEADLINES, TODAY)).isEqualTo(ClockState.NONE);
    }

    @Test
    void daysInStageCountFromTheEntryDate() {
        assertThat(StageClock.daysIn(TODAY.minusDays(12), TODAY)).isEqualTo(12);
        assertThat(StageClock.daysIn(TODAY, TODAY)).isZero();
    }
}
