package cn.zhaoshang.desk.history.ui;

import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.history.AuditFilter;
import cn.zhaoshang.desk.history.HistoryLine;
import cn.zhaoshang.desk.history.HistoryService;
import cn.zhaoshang.desk.history.TrashItem;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * For managers: every change in the database (filter by user, table, dates; newest first, more on
 * demand), the export log beside it, and the trash (restore, empty) for administrators.
 */
public final class HistoryView {
    private static final int PAGE = 200;
    private final UiKit kit;
    private final HistoryService history;
    private final TabPane root = new TabPane();
    private final TableView<HistoryLine> changes = new TableView<>();
    private final TableView<HistoryLine> exports = new TableView<>();
    private final TableView<TrashItem> trash = new TableView<>();
    private final TextField user = new TextField();
    private final ComboBox<String> table = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();

    public HistoryView(UiKit kit, HistoryService history) {
        this.kit = kit;
        this.history = history;
        root.setId("history-view");
        root.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.getTabs().addAll(
                new Tab(kit.t("history.tab.changes"), changesPane()),
                new Tab(kit.t("history.tab.exports"), exportsPane()),
                new Tab(kit.t("history.tab.trash"), trashPane()));
        root.getTabs().get(0).setId("history-tab-changes");
        root.getTabs().get(1).setId("history-tab-exports");
        root.getTabs().get(2).setId("history-tab-trash");
        root.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> {
            if (index.intValue() == 1) {
                loadExports();
            } else if (index.intValue() == 2) {
                loadTrash();
            }
        });
        loadChanges(false);
    }

    public Node root() {
        return root;
    }

    private Node changesPane() {
        user.setId("history-user");
        user.setPromptText(kit.t("history.filter.user"));
        table.setId("history-table");
        table.setPromptText(kit.t("history.filter.table"));
        table.setConverter(new StringConverter<>() {
            @Override public String toString(String name) {
                return name == null || name.isEmpty() ? kit.t("history.filter.allTables") : RecordHistoryPane.tableLabel(kit, name);
            }
            @Override public String fromString(String text) {
                return text;
            }
        });
        from.setId("history-from");
        from.setPromptText(kit.t("history.filter.from"));
        to.setId("history-to");
        to.setPromptText(kit.t("history.filter.to"));
        Button apply = new Button(kit.t("history.filter.apply"), new FontIcon(Feather.FILTER));
        apply.setId("history-apply");
        apply.setDefaultButton(true);
        apply.setOnAction(e -> loadChanges(false));
        Button more = new Button(kit.t("history.more"));
        more.setId("history-more");
        more.setOnAction(e -> loadChanges(true));
        HBox bar = new HBox(8, user, table, from, to, apply, spacer(), more);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        changes.setId("history-changes");
        changes.setPlaceholder(new Label(kit.t("history.changes.empty")));
        RecordHistoryPane.addColumns(kit, changes, true);
        changes.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        kit.tasks().run(kit.t("history.loading"), p -> history.auditedTables(), names -> {
            table.getItems().setAll("");
            table.getItems().addAll(names);
        }, e -> { });
        BorderPane pane = new BorderPane(changes);
        pane.setTop(bar);
        return pane;
    }

    private void loadChanges(boolean more) {
        var before = more && !changes.getItems().isEmpty() ? changes.getItems().getLast().occurredAt() : null;
        AuditFilter filter = new AuditFilter(user.getText(), table.getValue(), from.getValue(), to.getValue(), before, PAGE);
        kit.tasks().run(kit.t("history.loading"), p -> history.lines(filter, kit.messages()), rows -> {
            if (more) {
                changes.getItems().addAll(rows);
            } else {
                changes.getItems().setAll(rows);
            }
        }, kit.dialogs()::showError);
    }

    private Node exportsPane() {
        exports.setId("history-exports");
        exports.setPlaceholder(new Label(kit.t("history.exports.empty")));
        RecordHistoryPane.addColumns(kit, exports, true);
        return exports;
    }

    private void loadExports() {
        kit.tasks().run(kit.t("history.loading"), p -> history.exportLines(1000, kit.messages()), rows -> exports.getItems().setAll(rows),
                kit.dialogs()::showError);
    }

    private Node trashPane() {
        trash.setId("history-trash");
        trash.setPlaceholder(new Label(kit.t("history.trash.empty")));
        trash.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        trash.getColumns().add(RecordHistoryPane.column(kit.t("history.column.deleted"), e -> Times.show(e.deletedAt()), 130));
        trash.getColumns().add(RecordHistoryPane.column(kit.t("history.column.table"),
                e -> RecordHistoryPane.tableLabel(kit, e.table()), 110));
        trash.getColumns().add(RecordHistoryPane.column(kit.t("history.column.label"), TrashItem::label, 360));
        trash.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Button restore = new Button(kit.t("history.trash.restore"), new FontIcon(Feather.ROTATE_CCW));
        restore.setId("trash-restore");
        restore.disableProperty().bind(trash.getSelectionModel().selectedItemProperty().isNull());
        restore.setOnAction(e -> {
            List<TrashItem> chosen = List.copyOf(trash.getSelectionModel().getSelectedItems());
            kit.tasks().run(kit.t("history.trash.restore"), p -> {
                chosen.forEach(history::restore);
                return chosen.size();
            }, n -> {
                kit.dialogs().notify(kit.t("history.trash.restored", n));
                loadTrash();
            }, kit.dialogs()::showError);
        });
        Button empty = new Button(kit.t("history.trash.purge"), new FontIcon(Feather.TRASH_2));
        empty.setId("trash-purge");
        empty.getStyleClass().add("danger");
        empty.disableProperty().bind(trash.getSelectionModel().selectedItemProperty().isNull());
        empty.setOnAction(e -> {
            List<TrashItem> chosen = List.copyOf(trash.getSelectionModel().getSelectedItems());
            if (!kit.dialogs().confirm(kit.t("history.trash.confirmPurge", chosen.size()))) {
                return;
            }
            kit.tasks().run(kit.t("history.trash.purge"), p -> history.empty(chosen), n -> {
                kit.dialogs().notify(kit.t("history.trash.purged", n, chosen.size() - n));
                loadTrash();
            }, kit.dialogs()::showError);
        });
        HBox bar = new HBox(8, restore, empty);
        bar.setPadding(new Insets(8));
        BorderPane pane = new BorderPane(trash);
        pane.setTop(bar);
        return pane;
    }

    private void loadTrash() {
        kit.tasks().run(kit.t("history.loading"), p -> history.trash(), rows -> trash.getItems().setAll(rows),
                kit.dialogs()::showError);
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }
}
