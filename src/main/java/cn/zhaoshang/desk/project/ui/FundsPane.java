package cn.zhaoshang.desk.project.ui;

import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.pick.Choice;
import cn.zhaoshang.desk.common.text.Money;
import cn.zhaoshang.desk.project.Fund;
import cn.zhaoshang.desk.project.Incentive;
import java.time.LocalDate;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The detail's 资金到位 and 奖补政策 tabs: tables with their small entry forms. */
final class FundsPane {
    private FundsPane() {
    }

    static VBox funds(FinanceViewModel model, Messages m) {
        Label summary = new Label();
        summary.setId("detail-fund-summary");
        summary.getStyleClass().add("title-4");
        summary.textProperty().bind(Bindings.createStringBinding(model::summaryText, model.summaryProperty()));
        TableView<Fund> table = new TableView<>(model.funds());
        table.setId("detail-funds");
        table.setPlaceholder(new Label(m.get("project.fund.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(m.get("project.fund.date"), 100, f -> String.valueOf(f.receivedOn())));
        table.getColumns().add(column(m.get("project.fund.amount"), 140, f -> Money.format(f.amount(), m)));
        table.getColumns().add(column(m.get("project.fund.note"), 260, f -> f.note() == null ? "" : f.note()));
        VBox.setVgrow(table, Priority.ALWAYS);

        DatePicker date = ProjectUi.datePicker();
        date.setId("fund-date");
        date.valueProperty().bindBidirectional(model.fundDateProperty());
        date.setPrefWidth(140);
        TextField amount = new TextField();
        amount.setId("fund-amount");
        amount.setPromptText(m.get("project.fund.amountPrompt"));
        amount.textProperty().bindBidirectional(model.fundAmountProperty());
        TextField note = new TextField();
        note.setId("fund-note");
        note.setPromptText(m.get("project.fund.note"));
        note.textProperty().bindBidirectional(model.fundNoteProperty());
        HBox.setHgrow(note, Priority.ALWAYS);
        Button add = new Button(m.get("project.fund.add"));
        add.setId("fund-add");
        add.getStyleClass().add("accent");
        add.setOnAction(e -> model.addFund());
        amount.setOnAction(e -> model.addFund());
        Button delete = new Button(m.get("project.action.delete"));
        delete.setId("fund-delete");
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> model.deleteFund(table.getSelectionModel().getSelectedItem()));
        HBox form = new HBox(8, date, amount, note, add, delete);
        form.setAlignment(Pos.CENTER_LEFT);
        return new VBox(8, summary, table, form, error("fund-error", model.fundErrorProperty()));
    }

    static VBox incentives(FinanceViewModel model, Messages m) {
        TableView<Incentive> table = new TableView<>(model.incentives());
        table.setId("detail-incentives");
        table.setPlaceholder(new Label(m.get("project.incentive.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(incentiveColumn(m.get("project.incentive.title"), 220, Incentive::title));
        table.getColumns().add(incentiveColumn(m.get("project.incentive.promisedOn"), 90, i -> text(i.promisedOn())));
        table.getColumns().add(incentiveColumn(m.get("project.incentive.promisedAmount"), 110,
                i -> Money.format(i.promisedAmount(), m)));
        table.getColumns().add(incentiveColumn(m.get("project.incentive.deliveredOn"), 90, i -> text(i.deliveredOn())));
        table.getColumns().add(incentiveColumn(m.get("project.incentive.deliveredAmount"), 110,
                i -> Money.format(i.deliveredAmount(), m)));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, selected) -> model.edit(selected));
        VBox.setVgrow(table, Priority.ALWAYS);

        ComboBox<Choice> policy = new ComboBox<>(model.policies());
        policy.setId("incentive-policy");
        policy.setMaxWidth(Double.MAX_VALUE);
        policy.valueProperty().bindBidirectional(model.policyProperty());
        String none = m.get("project.incentive.noPolicy");
        ProjectUi.show(policy, Choice::name, none);
        policy.setCellFactory(list -> new ListCell<>() {
            @Override protected void updateItem(Choice item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? none : item.name());
            }
        });
        TextField description = field("incentive-description", model.descriptionProperty());
        description.setPromptText(m.get("project.incentive.descriptionPrompt"));
        DatePicker promisedOn = date("incentive-promised-on", model.promisedOnProperty());
        TextField promised = field("incentive-promised-amount", model.promisedAmountProperty());
        DatePicker deliveredOn = date("incentive-delivered-on", model.deliveredOnProperty());
        TextField delivered = field("incentive-delivered-amount", model.deliveredAmountProperty());
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label(m.get("project.incentive.policy")), policy, new Label(m.get("project.incentive.description")),
                description);
        form.addRow(1, new Label(m.get("project.incentive.promisedOn")), promisedOn,
                new Label(m.get("project.incentive.promisedAmount")), promised);
        form.addRow(2, new Label(m.get("project.incentive.deliveredOn")), deliveredOn,
                new Label(m.get("project.incentive.deliveredAmount")), delivered);
        GridPane.setHgrow(description, Priority.ALWAYS);
        Button save = new Button();
        save.setId("incentive-save");
        save.getStyleClass().add("accent");
        save.textProperty().bind(Bindings.when(model.editingProperty().isNull())
                .then(m.get("project.incentive.add")).otherwise(m.get("project.action.save")));
        save.setOnAction(e -> model.saveIncentive());
        Button fresh = new Button(m.get("project.incentive.new"));
        fresh.setOnAction(e -> table.getSelectionModel().clearSelection());
        Button delete = new Button(m.get("project.action.delete"));
        delete.setId("incentive-delete");
        delete.disableProperty().bind(model.editingProperty().isNull());
        delete.setOnAction(e -> model.deleteIncentive(model.editingProperty().get()));
        HBox buttons = new HBox(8, save, fresh, delete);
        return new VBox(8, table, form, buttons, error("incentive-error", model.incentiveErrorProperty()));
    }

    private static String text(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static TextField field(String id, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static DatePicker date(String id, ObjectProperty<LocalDate> value) {
        DatePicker picker = ProjectUi.datePicker();
        picker.setId(id);
        picker.valueProperty().bindBidirectional(value);
        return picker;
    }

    private static Label error(String id, StringProperty text) {
        Label error = new Label();
        error.setId(id);
        error.getStyleClass().add("field-error");
        error.textProperty().bind(text);
        return error;
    }

    private static TableColumn<Fund, String> column(String title, double width, Function<Fund, String> value) {
        TableColumn<Fund, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new SimpleStringProperty(value.apply(c.getValue())));
        return column;
    }

    private static TableColumn<Incentive, String> incentiveColumn(String title, double width, Function<Incentive, String> value) {
        TableColumn<Incentive, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new SimpleStringProperty(value.apply(c.getValue())));
        return column;
    }
}
