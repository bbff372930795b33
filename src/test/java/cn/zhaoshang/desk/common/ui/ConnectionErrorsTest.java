package cn.zhaoshang.desk.common.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ConnectionErrorsTest {
    @Test
    void aLostConnectionBecomesALocalisedMessageThatKeepsTheUsersText() {
        Throwable lost = new RuntimeException("write failed", new SQLException("I/O error", "08006"));
        Throwable shown = ConnectionErrors.translate(lost);
        assertThat(shown).isInstanceOf(DeskException.class);
        assertThat(TestDatabases.chinese().describe(shown)).contains("连接已断开").contains("仍在");
    }

    @Test
    void otherErrorsAreLeftAlone() {
        Throwable other = new IllegalStateException("bug");
        assertThat(ConnectionErrors.translate(other)).isSameAs(other);
        DeskException desk = new DeskException("common.task.cancelled");
        assertThat(ConnectionErrors.translate(desk)).isSameAs(desk);
    }
}
