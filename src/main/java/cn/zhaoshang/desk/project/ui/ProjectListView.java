package cn.zhaoshang.desk.project.ui;

import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.text.Money;
import cn.zhaoshang.desk.common.ui.EmptyState;
import cn.zhaoshang.desk.common.ui.KeepPlace;
import cn.zhaoshang.desk.project.ClockState;
import cn.zhaoshang.desk.project.ListSort;
import cn.zhaoshang.desk.project.ProjectCard;
import cn.zhaoshang.desk.project.ProjectStage;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The list view of the board's filter: one row per project with the board card's facts, more rows
 * loaded as the table scrolls to its end, and an export of the whole filter.
 */
final class ProjectListView {
    private final VBox root = new VBox(6);
    private final TableView<ProjectCard> table;

    ProjectListView(ProjectListViewModel model, Messages m, ProjectActions actions) {
        root.setId("project-list");
        table = new TableView<>(model.rows());
        table.setId("project-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(EmptyState.create(Feather.LAYERS, m.get("project.list.emptyTitle"), m.get("project.list.emptyHint")));
        table.getColumns().add(text(m.get("project.list.column.name"), 220, ProjectCard::name));
        table.getColumns().add(text(m.get("project.list.column.company"), 200, c -> c.companyName() == null ? "" : c.companyName()));
        table.getColumns().add(text(m.get("project.list.column.stage"), 60, c -> m.label(c.stage())));
        table.getColumns().add(clock(m));
        table.getColumns().add(text(m.get("project.list.column.amount"), 108,
                c -> c.amount() == null ? "" : Money.format(c.amount(), m)));
        table.getColumns().add(text(m.get("project.list.column.team"), 130, c -> c.teamName() == null ? "" : c.teamName()));
        table.getColumns().add(text(m.get("project.list.column.unit"), 110, c -> c.unitName() == null ? "" : c.unitName()));
        table.getColumns().add(text(m.get("project.list.column.carrier"), 150, c -> c.carrierName() == null ? "" : c.carrierName()));
        table.getColumns().add(text(m.get("project.list.column.days"), 80, c -> String.valueOf(c.daysInStage())));
        table.getColumns().add(text(m.get("project.list.column.major"), 50, c -> c.major() ? m.get("project.card.major") : ""));
        table.setRowFactory(t -> {
            TableRow<ProjectCard> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    actions.open(row.getItem().id());
                }
            });
            row.setOnContextMenuRequested(e -> {
                if (!row.isEmpty()) {
                    menu(row.getItem(), m, actions).show(row, e.getScreenX(), e.getScreenY());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                actions.open(table.getSelectionModel().getSelectedItem().id());
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        // Keyset paging: the next page loads when the table is scrolled to its end.
        table.skinProperty().addListener((o, a, skin) -> table.lookupAll(".scroll-bar").forEach(node -> {
            if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL) {
                bar.valueProperty().addListener((ob, before, now) -> {
                    if (now.doubleValue() >= bar.getMax() - 0.01) {
                        model.loadMore();
                    }
                });
            }
        }));

        Label count = new Label();
        count.setId("project-list-count");
        count.textProperty().bind(Bindings.createStringBinding(() -> m.get("project.list.count", model.totalProperty().get(),
                model.rows().size()), model.totalProperty(), model.rows()));
        Label lagging = new Label();
        lagging.setId("project-list-lagging");
        lagging.getStyleClass().addAll("badge", "clock-OVERDUE");
        lagging.textProperty().bind(Bindings.createStringBinding(() -> model.laggingProperty().get() == null ? ""
                : m.get("project.list.laggingChip", m.label(model.laggingProperty().get())), model.laggingProperty()));
        lagging.visibleProperty().bind(model.laggingProperty().isNotNull());
        lagging.managedProperty().bind(lagging.visibleProperty());
        Button clearLagging = new Button(null, new FontIcon(Feather.X));
        clearLagging.setId("project-list-lagging-clear");
        clearLagging.getStyleClass().addAll("flat", "small");
        clearLagging.visibleProperty().bind(lagging.visibleProperty());
        clearLagging.managedProperty().bind(lagging.visibleProperty());
        clearLagging.setOnAction(e -> model.laggingProperty().set(null));

        ComboBox<ListSort> sort = new ComboBox<>();
        sort.setId("project-list-sort");
        sort.getItems().setAll(ListSort.values());
        sort.valueProperty().bindBidirectional(model.sortProperty());
        ProjectUi.show(sort, m::label, "");
        sort.setCellFactory(l -> new ListCell<>() {
            @Override protected void updateItem(ListSort item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : m.label(item));
            }
        });
        Button more = new Button(m.get("project.list.more"));
        more.setId("project-list-more");
        more.visibleProperty().bind(model.hasMoreProperty());
        more.setOnAction(e -> model.loadMore());
        Button export = new Button(m.get("project.list.export"), new FontIcon(Feather.DOWNLOAD));
        export.setId("project-list-export");
        export.setOnAction(e -> model.export());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, count, lagging, clearLagging, spacer, new Label(m.get("project.list.sort")), sort, more, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setStyle("-fx-padding: 0 16 0 16;");
        VBox.setMargin(table, new Insets(0, 16, 12, 16));
        root.getChildren().addAll(bar, table);
    }

    private static ContextMenu menu(ProjectCard card, Messages m, ProjectActions actions) {
        MenuItem open = new MenuItem(m.get("project.action.open"));
        open.setOnAction(e -> actions.open(card.id()));
        MenuItem edit = new MenuItem(m.get("project.action.edit"));
        edit.setOnAction(e -> actions.edit(card.id()));
        Menu move = new Menu(m.get("project.action.moveTo"));
        for (ProjectStage stage : ProjectStage.values()) {
            if (stage != card.stage()) {
                MenuItem to = new MenuItem(m.label(stage));
                to.setOnAction(e -> actions.moveTo(card.id(), card.name(), stage));
                move.getItems().add(to);
            }
        }
        return new ContextMenu(open, edit, new SeparatorMenuItem(), move);
    }

    private static TableColumn<ProjectCard, String> text(String title, double width, Function<ProjectCard, String> value) {
        TableColumn<ProjectCard, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 110));
        column.setSortable(false);
        column.setCellValueFactory(c -> new SimpleStringProperty(value.apply(c.getValue())));
        return column;
    }

    private static TableColumn<ProjectCard, ClockState> clock(Messages m) {
        TableColumn<ProjectCard, ClockState> column = new TableColumn<>(m.get("project.list.column.clock"));
        column.setPrefWidth(70);
        column.setSortable(false);
        column.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue().clock()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override protected void updateItem(ClockState state, boolean empty) {
                super.updateItem(state, empty);
                setGraphic(empty || state == null || state == ClockState.NONE ? null : ProjectUi.clockBadge(state, m));
            }
        });
        return column;
    }

    VBox root() {
        return root;
    }

    /** Applies re-read rows keeping the selected project and the scroll position. */
    Consumer<Runnable> keepingPlace() {
        return KeepPlace.of(table, ProjectCard::id);
    }
}
