package cn.zhaoshang.desk.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.dashboard.Indicator;
import cn.zhaoshang.desk.dashboard.OwnerKind;
import cn.zhaoshang.desk.dashboard.PeriodKind;
import cn.zhaoshang.desk.dashboard.TargetLine;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The target form without a window: even split by default, edited parts kept, stored versions carried. */
class TargetPlanModelTest {
    private static final UUID TEAM = UUID.randomUUID();
    private final TargetPlanModel plan = new TargetPlanModel(new Messages(Messages.CHINESE));

    private static TargetLine find(List<TargetLine> lines, PeriodKind kind, int no) {
        return lines.stream().filter(l -> l.periodKind() == kind && l.periodNo() == no).findFirst().orElseThrow();
    }

    @Test
    void aYearAloneIsSavedWithItsEvenSplitIntoQuartersAndMonths() {
        plan.amount(Indicator.SIGNED_PROJECTS, PeriodKind.YEAR, 1).set("12");
        List<TargetLine> lines = plan.changes(2026, OwnerKind.TEAM, TEAM);
        // 1 year + 4 quarters (12/4 = 3) + 12 months (3/3 = 1)
        assertThat(lines).hasSize(17).allMatch(l -> l.id() == null && l.indicator() == Indicator.SIGNED_PROJECTS);
        assertThat(find(lines, PeriodKind.QUARTER, 2).amount()).isEqualByComparingTo("3");
        assertThat(find(lines, PeriodKind.MONTH, 7).amount()).isEqualByComparingTo("1");
    }

    @Test
    void anEditedQuarterKeepsItsValueAndItsMonthsSplitIt() {
        plan.amount(Indicator.CONTRACT_AMOUNT, PeriodKind.YEAR, 1).set("1,000");
        plan.amount(Indicator.CONTRACT_AMOUNT, PeriodKind.QUARTER, 4).set("400");
        plan.amount(Indicator.CONTRACT_AMOUNT, PeriodKind.MONTH, 12).set("200");
        List<TargetLine> lines = plan.changes(2026, OwnerKind.UNIT, TEAM);
        assertThat(find(lines, PeriodKind.QUARTER, 1).amount()).isEqualByComparingTo("250");
        assertThat(find(lines, PeriodKind.QUARTER, 4).amount()).isEqualByComparingTo("400");
        // Q4 400 split in thirds: 133.3333, 133.3333, and December typed as 200
        assertThat(find(lines, PeriodKind.MONTH, 10).amount()).isEqualByComparingTo("133.3333");
        assertThat(find(lines, PeriodKind.MONTH, 12).amount()).isEqualByComparingTo("200");
        // quarters 250 * 3 + 400 = 1150, not 1000
        assertThat(plan.mismatch(Indicator.CONTRACT_AMOUNT)).isEqualTo("四个季度合计 1150，与年度目标 1000 不一致。");
    }

    @Test
    void splitEvenlyOverwritesThePartsAndThenEverythingAddsUp() {
        plan.amount(Indicator.VISITS, PeriodKind.YEAR, 1).set("100");
        plan.amount(Indicator.VISITS, PeriodKind.QUARTER, 1).set("70");
        plan.splitEvenly(Indicator.VISITS);
        assertThat(plan.amount(Indicator.VISITS, PeriodKind.QUARTER, 1).get()).isEqualTo("25");
        // 25 / 3 = 8.3333 twice, the last month takes the rest 8.3334
        assertThat(plan.amount(Indicator.VISITS, PeriodKind.MONTH, 3).get()).isEqualTo("8.3334");
        assertThat(plan.mismatch(Indicator.VISITS)).isNull();
    }

    @Test
    void storedLinesCarryTheirVersionAndUnchangedOnesAreNotSavedAgain() {
        UUID q2 = UUID.randomUUID();
        UUID year = UUID.randomUUID();
        plan.load(List.of(
                new TargetLine(year, 3, 2026, OwnerKind.TEAM, TEAM, Indicator.VISITS, PeriodKind.YEAR, 1, new BigDecimal("40")),
                new TargetLine(q2, 5, 2026, OwnerKind.TEAM, TEAM, Indicator.VISITS, PeriodKind.QUARTER, 2, new BigDecimal("10.0000")),
                new TargetLine(UUID.randomUUID(), 0, 2026, OwnerKind.TEAM, UUID.randomUUID(), Indicator.VISITS,
                        PeriodKind.YEAR, 1, new BigDecimal("99"))), TEAM);
        assertThat(plan.amount(Indicator.VISITS, PeriodKind.YEAR, 1).get()).as("another team's line is ignored").isEqualTo("40");
        assertThat(plan.amount(Indicator.VISITS, PeriodKind.QUARTER, 2).get()).isEqualTo("10");
        plan.amount(Indicator.VISITS, PeriodKind.QUARTER, 2).set("16");
        List<TargetLine> lines = plan.changes(2026, OwnerKind.TEAM, TEAM);
        assertThat(lines).noneMatch(l -> l.periodKind() == PeriodKind.YEAR);
        TargetLine edited = find(lines, PeriodKind.QUARTER, 2);
        assertThat(edited.id()).isEqualTo(q2);
        assertThat(edited.version()).isEqualTo(5);
        assertThat(edited.amount()).isEqualByComparingTo("16");
    }

    @Test
    void textThatIsNotANumberOrNegativeIsRefused() {
        plan.amount(Indicator.VISITS, PeriodKind.YEAR, 1).set("十二");
        assertThatThrownBy(() -> plan.changes(2026, OwnerKind.TEAM, TEAM)).isInstanceOf(DeskException.class);
        assertThat(plan.mismatch(Indicator.VISITS)).isEqualTo("请填写数字。");
        plan.amount(Indicator.VISITS, PeriodKind.YEAR, 1).set("-3");
        assertThatThrownBy(() -> plan.changes(2026, OwnerKind.TEAM, TEAM)).isInstanceOf(DeskException.class);
    }
}
