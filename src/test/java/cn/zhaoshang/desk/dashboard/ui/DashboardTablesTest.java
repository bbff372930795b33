package cn.zhaoshang.desk.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Who lands on the red and the black board (红黑榜). */
class DashboardTablesTest {
    @Test
    void theTopThirdIsRedTheBottomThirdBlackAtLeastOneAndAtMostThreeEach() {
        // four seeded teams: first red, last black
        assertThat(new int[] {DashboardTables.board(1, 4), DashboardTables.board(2, 4), DashboardTables.board(3, 4),
                DashboardTables.board(4, 4)}).containsExactly(1, 0, 0, -1);
        // nine units: three red, three black
        assertThat(DashboardTables.board(3, 9)).isEqualTo(1);
        assertThat(DashboardTables.board(4, 9)).isZero();
        assertThat(DashboardTables.board(7, 9)).isEqualTo(-1);
        assertThat(DashboardTables.board(1, 1)).as("alone, no board").isZero();
        // thirty units: three each, not ten
        assertThat(DashboardTables.board(4, 30)).isZero();
        assertThat(DashboardTables.board(28, 30)).isEqualTo(-1);
    }
}
