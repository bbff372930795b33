package cn.zhaoshang.desk.project.ui;

import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.text.Money;
import cn.zhaoshang.desk.common.ui.DialogService;
import cn.zhaoshang.desk.common.ui.EmptyState;
import cn.zhaoshang.desk.project.InspectionTour;
import cn.zhaoshang.desk.project.TourStop;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Inspection tours: the tours on the left; on the right the chosen tour's route in order, with
 * comments typed straight into the table after the visit, and the route sheet export.
 */
final class TourView {
    private final SplitPane root = new SplitPane();

    TourView(TourViewModel model, Messages m, Supplier<Window> owner, DialogService dialogs) {
        root.setId("project-tours");
        ListView<InspectionTour> list = new ListView<>(model.tours());
        list.setId("tour-list");
        list.setPlaceholder(EmptyState.create(Feather.MAP, m.get("project.tour.emptyTitle"), m.get("project.tour.emptyHint")));
        list.setCellFactory(l -> new ListCell<>() {
            @Override protected void updateItem(InspectionTour tour, boolean empty) {
                super.updateItem(tour, empty);
                setText(empty || tour == null ? null : m.get("project.tour.item", tour.name(), tour.tourDate(), tour.stopCount()));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, tour) -> {
            if (tour != null && !tour.equals(model.selectedProperty().get())) {
                model.selectedProperty().set(tour);
            }
        });
        model.selectedProperty().addListener((o, a, tour) -> list.getSelectionModel().select(tour));
        Button create = new Button(m.get("project.tour.new"), new FontIcon(Feather.PLUS));
        create.setId("tour-new");
        create.setMaxWidth(Double.MAX_VALUE);
        create.setOnAction(e -> TourFormDialog.show(owner.get(), m, null).ifPresent(f -> model.create(f.name(), f.date(), f.notes())));
        VBox left = new VBox(8, create, list);
        left.setPadding(new Insets(0, 0, 12, 16));
        VBox.setVgrow(list, Priority.ALWAYS);

        TableView<TourStop> stops = new TableView<>(model.stops());
        stops.setId("tour-stops");
        stops.setEditable(true);
        stops.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        stops.setPlaceholder(new Label(m.get("project.tour.noStops")));
        stops.getColumns().add(column(m.get("project.tour.sheet.seq"), 50, s -> String.valueOf(model.stops().indexOf(s) + 1)));
        stops.getColumns().add(column(m.get("project.tour.sheet.project"), 200, TourStop::projectName));
        stops.getColumns().add(column(m.get("project.tour.sheet.company"), 180, s -> nz(s.companyName())));
        stops.getColumns().add(column(m.get("project.tour.sheet.carrier"), 150, s -> nz(s.carrierName())));
        stops.getColumns().add(column(m.get("project.tour.sheet.stage"), 60, s -> m.label(s.stage())));
        stops.getColumns().add(column(m.get("project.tour.sheet.amount"), 100, s -> Money.format(s.amount(), m)));
        stops.getColumns().add(column(m.get("project.tour.sheet.leader"), 90, s -> nz(s.leaderInCharge())));
        TableColumn<TourStop, String> remarks = column(m.get("project.tour.sheet.remarks"), 220, s -> nz(s.remarks()));
        remarks.setEditable(true);
        remarks.setCellFactory(TextFieldTableCell.forTableColumn());
        remarks.setOnEditCommit(e -> model.setRemarks(e.getRowValue(), e.getNewValue()));
        stops.getColumns().add(remarks);
        VBox.setVgrow(stops, Priority.ALWAYS);

        Label title = new Label();
        title.setId("tour-title");
        title.getStyleClass().add("title-4");
        title.textProperty().bind(Bindings.createStringBinding(() -> model.selectedProperty().get() == null ? ""
                : m.get("project.tour.heading", model.selectedProperty().get().name(), model.selectedProperty().get().tourDate()),
                model.selectedProperty()));
        Button edit = button("tour-edit", m.get("project.action.edit"), Feather.EDIT_2);
        edit.setOnAction(e -> TourFormDialog.show(owner.get(), m, model.selectedProperty().get())
                .ifPresent(f -> model.update(f.name(), f.date(), f.notes())));
        Button delete = button("tour-delete", m.get("project.action.delete"), Feather.TRASH_2);
        delete.setOnAction(e -> {
            if (dialogs.confirm(
                    m.get("project.tour.deleteConfirm", model.selectedProperty().get().name()))) {
                model.delete();
            }
        });
        Button add = button("tour-add", m.get("project.tour.addProjects"), Feather.PLUS);
        add.setOnAction(e -> ProjectPickerDialog.show(owner.get(), m, model).ifPresent(model::addProjects));
        Button up = button("tour-up", m.get("project.tour.up"), Feather.ARROW_UP);
        up.setOnAction(e -> selected(stops).ifPresent(s -> model.move(s, -1)));
        Button down = button("tour-down", m.get("project.tour.down"), Feather.ARROW_DOWN);
        down.setOnAction(e -> selected(stops).ifPresent(s -> model.move(s, 1)));
        Button remove = button("tour-remove", m.get("project.tour.remove"), Feather.X);
        remove.setOnAction(e -> selected(stops).ifPresent(model::remove));
        Button export = button("tour-export", m.get("project.tour.export"), Feather.DOWNLOAD);
        export.getStyleClass().add("accent");
        export.setOnAction(e -> model.export());
        for (Button b : new Button[] {up, down, remove}) {
            b.disableProperty().bind(stops.getSelectionModel().selectedItemProperty().isNull());
        }
        for (Button b : new Button[] {edit, delete, add, export}) {
            b.disableProperty().bind(model.selectedProperty().isNull());
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox tools = new HBox(8, add, up, down, remove, spacer, edit, delete, export);
        tools.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(m.get("project.tour.remarksHint"));
        hint.getStyleClass().add("text-muted");
        VBox right = new VBox(8, title, tools, stops, hint);
        right.setPadding(new Insets(0, 16, 12, 0));
        root.getItems().addAll(left, right);
        root.setDividerPositions(0.24);
    }

    private static Optional<TourStop> selected(TableView<TourStop> table) {
        return Optional.ofNullable(table.getSelectionModel().getSelectedItem());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static Button button(String id, String text, Feather icon) {
        Button b = new Button(text, new FontIcon(icon));
        b.setId(id);
        return b;
    }

    private static TableColumn<TourStop, String> column(String title, double width, Function<TourStop, String> value) {
        TableColumn<TourStop, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 100));
        column.setSortable(false);
        column.setEditable(false);
        column.setCellValueFactory(c -> new SimpleStringProperty(value.apply(c.getValue())));
        return column;
    }

    SplitPane root() {
        return root;
    }
}
