package cn.zhaoshang.desk.carrier.ui;

import atlantafx.base.theme.Styles;
import cn.zhaoshang.desk.carrier.CarrierService;
import cn.zhaoshang.desk.carrier.OccupancyEntry;
import cn.zhaoshang.desk.common.ui.UiKit;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.converter.LocalDateStringConverter;

/** Occupancy over time: a small line chart of the dated figures, the figures themselves, and a row to add one. */
final class OccupancyPanel {
    private final UiKit kit;
    private final VBox root = new VBox(8);

    OccupancyPanel(UiKit kit, CarrierService service, UUID carrierId, List<OccupancyEntry> entries, Runnable reload) {
        this.kit = kit;
        root.setId("carrier-occupancy");
        if (entries.isEmpty()) {
            Label none = new Label(kit.t("carrier.occupancy.none"));
            none.getStyleClass().add(Styles.TEXT_MUTED);
            none.setWrapText(true);
            root.getChildren().add(none);
        } else {
            root.getChildren().addAll(chart(entries), table(service, entries, reload));
        }
        root.getChildren().add(addRow(service, carrierId, reload));
    }

    Node root() {
        return root;
    }

    private LineChart<String, Number> chart(List<OccupancyEntry> entries) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setLabel(kit.t("carrier.unit.m2axis"));
        y.setForceZeroInRange(true);
        LineChart<String, Number> chart = new LineChart<>(x, y);
        chart.setId("carrier-occupancy-chart");
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.setPrefHeight(220);
        chart.setMinHeight(200);
        XYChart.Series<String, Number> vacant = new XYChart.Series<>();
        vacant.setName(kit.t("carrier.field.vacantArea"));
        XYChart.Series<String, Number> occupied = new XYChart.Series<>();
        occupied.setName(kit.t("carrier.occupancy.occupied"));
        for (OccupancyEntry e : entries) {
            String day = e.recordedOn().toString();
            if (e.vacantArea() != null) {
                vacant.getData().add(new XYChart.Data<>(day, e.vacantArea()));
            }
            if (e.occupiedArea() != null) {
                occupied.getData().add(new XYChart.Data<>(day, e.occupiedArea()));
            }
        }
        chart.getData().add(occupied);
        chart.getData().add(vacant);
        return chart;
    }

    private TableView<OccupancyEntry> table(CarrierService service, List<OccupancyEntry> entries, Runnable reload) {
        TableView<OccupancyEntry> table = new TableView<>();
        table.setId("carrier-occupancy-table");
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<OccupancyEntry, String> day = new TableColumn<>(kit.t("carrier.occupancy.date"));
        day.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().recordedOn().toString()));
        TableColumn<OccupancyEntry, String> occupied = new TableColumn<>(kit.t("carrier.occupancy.occupied"));
        occupied.setCellValueFactory(c -> new SimpleStringProperty(CarrierText.area(kit.messages(), c.getValue().occupiedArea())));
        TableColumn<OccupancyEntry, String> vacant = new TableColumn<>(kit.t("carrier.field.vacantArea"));
        vacant.setCellValueFactory(c -> new SimpleStringProperty(CarrierText.area(kit.messages(), c.getValue().vacantArea())));
        table.getColumns().addAll(List.of(day, occupied, vacant));
        table.getItems().setAll(entries.reversed());
        table.setFixedCellSize(28);
        table.setPrefHeight(Math.min(6, entries.size()) * 28 + 32);
        MenuItem remove = new MenuItem(kit.t("carrier.occupancy.remove"));
        remove.setOnAction(e -> {
            OccupancyEntry chosen = table.getSelectionModel().getSelectedItem();
            if (chosen != null && kit.dialogs().confirm(kit.t("carrier.occupancy.removeConfirm", chosen.recordedOn().toString()))) {
                kit.dialogs().runInBackground(kit.t("carrier.task.save"), p -> {
                    service.deleteOccupancy(chosen.id(), chosen.version());
                    return null;
                }, done -> reload.run());
            }
        });
        table.setContextMenu(new ContextMenu(remove));
        return table;
    }

    private Node addRow(CarrierService service, UUID carrierId, Runnable reload) {
        OccupancyViewModel model = new OccupancyViewModel(carrierId, service.today(), service, kit.tasks(),
                kit.messages());
        DatePicker date = new DatePicker();
        date.setId("occupancy-date");
        date.valueProperty().bindBidirectional(model.recordedOn);
        date.setPrefWidth(140);
        date.setConverter(new LocalDateStringConverter(
                DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ISO_LOCAL_DATE));
        TextField occupied = new TextField();
        occupied.setId("occupancy-occupied");
        occupied.setPromptText(kit.t("carrier.occupancy.occupied"));
        occupied.textProperty().bindBidirectional(model.occupied);
        occupied.setPrefWidth(120);
        TextField vacant = new TextField();
        vacant.setId("occupancy-vacant");
        vacant.setPromptText(kit.t("carrier.field.vacantArea"));
        vacant.textProperty().bindBidirectional(model.vacant);
        vacant.setPrefWidth(120);
        Button add = new Button(kit.t("carrier.occupancy.add"));
        add.setId("occupancy-add");
        add.setOnAction(e -> model.add(reload, kit.dialogs()::showError));
        vacant.setOnAction(e -> add.fire());
        HBox inputs = new HBox(8, date, occupied, vacant, add);
        inputs.setAlignment(Pos.CENTER_LEFT);
        Label error = new Label();
        error.setId("occupancy-error");
        error.getStyleClass().add("field-error");
        error.textProperty().bind(model.error);
        error.managedProperty().bind(model.error.isNotEmpty());
        Label hint = new Label(kit.t("carrier.occupancy.hint"));
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.setWrapText(true);
        return new VBox(4, inputs, error, hint);
    }
}
