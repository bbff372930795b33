package cn.zhaoshang.desk.common.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Screens reload when others change their tables, only while shown, without losing the user's place. */
@ExtendWith(ApplicationExtension.class)
class LiveRefreshTest {
    record Row(int id, String text) { }

    private StackPane root;
    private TableView<Row> table;
    private final LiveRefresh live = new LiveRefresh();
    private final AtomicInteger reloads = new AtomicInteger();

    @Start
    void start(Stage stage) {
        root = new StackPane();
        table = new TableView<>();
        TableColumn<Row, String> text = new TableColumn<>("text");
        text.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().text()));
        table.getColumns().add(text);
        table.getItems().setAll(rows("a", 0, 300));
        root.getChildren().add(table);
        live.watch(table, reloads::incrementAndGet, "company", "claim");
        stage.setScene(new Scene(root, 400, 300));
        stage.show();
    }

    private static List<Row> rows(String text, int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> new Row(i, text + i)).toList();
    }

    @Test
    void aChangeOfAWatchedTableReloadsOnceEvenWhenSeveralTablesChangedTogether(FxRobot robot) {
        live.changed("project");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(reloads).hasValue(0);

        robot.interact(() -> {
            live.changed("company");
            live.changed("claim");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(reloads).hasValue(1);
    }

    @Test
    void aScreenThatIsNotShownReloadsWhenItComesBackAndNotBefore(FxRobot robot) {
        robot.interact(() -> root.getChildren().clear());
        live.changed("company");
        live.changed("company");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(reloads).hasValue(0);

        robot.interact(() -> root.getChildren().add(table));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(reloads).hasValue(1);

        robot.interact(() -> {
            root.getChildren().clear();
            root.getChildren().add(table);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(reloads).as("nothing changed while it was away").hasValue(1);
    }

    @Test
    void replacedRowsKeepTheSelectedRowAndTheScrollPosition(FxRobot robot) {
        robot.interact(() -> {
            table.getSelectionModel().select(120);
            table.scrollTo(110);
        });
        WaitForAsyncUtils.waitForFxEvents();
        int top = firstVisible();
        List<String> selections = new ArrayList<>();
        table.getSelectionModel().selectedItemProperty().addListener((o, a, now) -> selections.add(String.valueOf(now)));

        robot.interact(() -> KeepPlace.of(table, Row::id).accept(() -> table.getItems().setAll(rows("b", 0, 300))));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table.getSelectionModel().getSelectedItem()).isEqualTo(new Row(120, "b120"));
        assertThat(firstVisible()).isEqualTo(top).isGreaterThan(100);
    }

    @Test
    void aSelectedRowThatOthersRemovedLeavesNothingSelected(FxRobot robot) {
        robot.interact(() -> table.getSelectionModel().select(5));
        robot.interact(() -> KeepPlace.of(table, Row::id).accept(() -> table.getItems().setAll(rows("b", 10, 300))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getSelectionModel().getSelectedItem()).isNull();
    }

    private int firstVisible() {
        return ((VirtualFlow<?>) table.lookup(".virtual-flow")).getFirstVisibleCell().getIndex();
    }
}
