package cn.zhaoshang.desk.history.ui;

import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.history.HistoryLine;
import cn.zhaoshang.desk.history.HistoryService;
import cn.zhaoshang.desk.history.TrashItem;
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
 * demand), the export log beside it, and the trash (restore, empty) for administrators. The view binds
 * controls to {@link HistoryViewModel}, which loads and acts.
 */
public final class HistoryView {
    private final UiKit kit;
    private final HistoryViewModel model;
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
        this.model = new HistoryViewModel(history, kit.tasks(), kit.dialogs(), kit.messages());
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
                model.loadExports();
            } else if (index.intValue() == 2) {
                model.loadTrash();
            }
        });
        model.loadChanges(false);
    }

    public Node root() {
        return root;
    }

    private Node changesPane() {
        user.setId("history-user");
        user.textProperty().bindBidirectional(model.user());
        user.setPromptText(kit.t("history.filter.user"));
        table.setId("history-table");
        table.setPromptText(kit.t("history.filter.table"));
        table.setItems(model.tables());
        table.valueProperty().bindBidirectional(model.table());
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
        from.valueProperty().bindBidirectional(model.from());
        to.setId("history-to");
        to.setPromptText(kit.t("history.filter.to"));
        to.valueProperty().bindBidirectional(model.to());
        Button apply = new Button(kit.t("history.filter.apply"), new FontIcon(Feather.FILTER));
        apply.setId("history-apply");
        apply.setDefaultButton(true);
        apply.setOnAction(e -> model.loadChanges(false));
        Button more = new Button(kit.t("history.more"));
        more.setId("history-more");
        more.setOnAction(e -> model.loadChanges(true));
        HBox bar = new HBox(8, user, table, from, to, apply, spacer(), more);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        changes.setId("history-changes");
        changes.setItems(model.changes());
        changes.setPlaceholder(new Label(kit.t("history.changes.empty")));
        RecordHistoryPane.addColumns(kit, changes, true);
        changes.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        model.loadTables();
        BorderPane pane = new BorderPane(changes);
        pane.setTop(bar);
        return pane;
    }

    private Node exportsPane() {
        exports.setId("history-exports");
        exports.setItems(model.exports());
        exports.setPlaceholder(new Label(kit.t("history.exports.empty")));
        RecordHistoryPane.addColumns(kit, exports, true);
        return exports;
    }

    private Node trashPane() {
        trash.setId("history-trash");
        trash.setItems(model.trash());
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
        restore.setOnAction(e -> model.restore(trash.getSelectionModel().getSelectedItems()));
        Button empty = new Button(kit.t("history.trash.purge"), new FontIcon(Feather.TRASH_2));
        empty.setId("trash-purge");
        empty.getStyleClass().add("danger");
        empty.disableProperty().bind(trash.getSelectionModel().selectedItemProperty().isNull());
        empty.setOnAction(e -> model.purge(trash.getSelectionModel().getSelectedItems()));
        HBox bar = new HBox(8, restore, empty);
        bar.setPadding(new Insets(8));
        BorderPane pane = new BorderPane(trash);
        pane.setTop(bar);
        return pane;
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }
}
