package cn.zhaoshang.desk.event.ui;

import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.text.TextNormalizer;
import cn.zhaoshang.desk.common.ui.EmptyState;
import cn.zhaoshang.desk.common.ui.FieldForms;
import cn.zhaoshang.desk.common.ui.SavingDialog;
import cn.zhaoshang.desk.common.ui.SearchPicker;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.event.EventDraft;
import cn.zhaoshang.desk.event.EventKind;
import cn.zhaoshang.desk.event.EventService;
import cn.zhaoshang.desk.event.FieldEvent;
import cn.zhaoshang.desk.event.Invitee;
import java.math.BigDecimal;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Events (招商推介会, 签约仪式, 项目观摩): the list; an event with its invited companies (who came, and for
 * them who), the projects signed at it (a signing moves the project to 签约 by the stage rules), and
 * its print-ready list and sign-in sheet.
 */
public final class EventView {
    private final UiKit kit;
    private final EventViewModel vm;
    private final BorderPane root = new BorderPane();
    private final Label facts = new Label();
    private final TableView<Invitee> invitees = new TableView<>();
    private final Label signings = new Label();

    public EventView(UiKit kit, EventService service) {
        this.kit = kit;
        this.vm = new EventViewModel(service, kit.tasks(), kit.messages(), kit.dialogs());
        root.setId("event-view");
        Button add = new Button(kit.t("event.action.new"), new FontIcon(Feather.PLUS));
        add.setId("event-add");
        add.getStyleClass().add("accent");
        add.setOnAction(e -> newEvent());
        HBox bar = new HBox(8, add);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        root.setTop(bar);
        TableView<FieldEvent> table = new TableView<>(vm.rows);
        table.setId("event-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(EmptyState.create(Feather.FLAG, kit.t("event.emptyTitle"), kit.t("event.emptyHint")));
        table.getColumns().add(column("event.column.date", e -> e.heldOn().toString(), 90));
        table.getColumns().add(column("event.column.kind", e -> kit.messages().label(e.kind()), 90));
        table.getColumns().add(column("event.column.name", FieldEvent::name, 220));
        table.getColumns().add(column("event.column.city", e -> e.city() == null ? "" : e.city(), 70));
        table.getSelectionModel().selectedItemProperty().addListener((o, old, e) -> vm.select(e));
        vm.selected.addListener((o, old, e) -> show(e));
        SplitPane split = new SplitPane(table, detail());
        split.setDividerPositions(0.45);
        root.setCenter(split);
        vm.load();
        kit.live().watch(root, vm::load, "field_event");
    }

    public Node root() {
        return root;
    }

    private static <T> TableColumn<T, String> column(UiKit kit, String key, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(kit.t(key));
        c.setCellValueFactory(d -> new SimpleStringProperty(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private TableColumn<FieldEvent, String> column(String key, Function<FieldEvent, String> value, double width) {
        return column(kit, key, value, width);
    }

    private Node detail() {
        facts.setId("event-detail");
        facts.setWrapText(true);
        facts.getStyleClass().add("title-4");
        invitees.setId("event-invitees");
        invitees.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        invitees.setPrefHeight(200);
        invitees.setPlaceholder(new Label(kit.t("event.invitees.empty")));
        invitees.getColumns().add(column(kit, "event.column.company", Invitee::companyName, 200));
        invitees.getColumns().add(column(kit, "event.column.attended",
                i -> kit.t(i.attended() ? "event.sheet.yes" : "event.sheet.no.answer"), 60));
        invitees.getColumns().add(column(kit, "event.column.representative",
                i -> i.representative() == null ? "" : i.representative(), 100));
        signings.setId("event-signings");
        signings.setWrapText(true);
        Button invite = new Button(kit.t("event.action.invite"), new FontIcon(Feather.USER_PLUS));
        invite.setId("event-invite");
        invite.setOnAction(e -> invite());
        Button attended = new Button(kit.t("event.action.attended"), new FontIcon(Feather.CHECK));
        attended.setId("event-attended");
        attended.disableProperty().bind(invitees.getSelectionModel().selectedItemProperty().isNull());
        attended.setOnAction(e -> markAttended(invitees.getSelectionModel().getSelectedItem()));
        Button sign = new Button(kit.t("event.action.sign"), new FontIcon(Feather.EDIT_3));
        sign.setId("event-sign");
        sign.getStyleClass().add("accent");
        sign.setOnAction(e -> sign());
        Button list = new Button(kit.t("event.action.list"), new FontIcon(Feather.PRINTER));
        list.setId("event-export-list");
        list.setOnAction(e -> vm.writeList(false));
        Button signIn = new Button(kit.t("event.action.signIn"), new FontIcon(Feather.FILE_TEXT));
        signIn.setId("event-export-sign-in");
        signIn.setOnAction(e -> vm.writeList(true));
        FlowPane actions = new FlowPane(6, 6, invite, attended, sign, list, signIn);
        Label signingsTitle = new Label(kit.t("event.detail.signings"));
        signingsTitle.getStyleClass().add("text-bold");
        VBox main = new VBox(10, facts, actions, invitees, signingsTitle, signings);
        main.setPadding(new Insets(12));
        main.setMinWidth(360);
        Node empty = EmptyState.create(Feather.FLAG, kit.t("event.detail.emptyTitle"), kit.t("event.detail.emptyHint"));
        main.visibleProperty().bind(vm.selected.isNotNull());
        empty.visibleProperty().bind(vm.selected.isNull());
        return new StackPane(empty, main);
    }

    private void show(FieldEvent e) {
        if (e == null) {
            invitees.getItems().clear();
            return;
        }
        facts.setText(kit.t("event.detail.text", e.name(), kit.messages().label(e.kind()), e.heldOn(),
                e.city() == null ? "—" : e.city(), e.venue() == null ? "—" : e.venue(), e.invitees().size(), e.attendedCount()));
        invitees.getItems().setAll(e.invitees());
        signings.setText(e.signings().isEmpty() ? kit.t("event.detail.noSignings") : e.signings().stream()
                .map(s -> kit.t("event.detail.signingLine", s.projectName(), s.companyName() == null ? "" : s.companyName(),
                        s.contractAmount().stripTrailingZeros().toPlainString()))
                .collect(Collectors.joining("\n")));
    }

    private void newEvent() {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(root.getScene().getWindow());
        dialog.setTitle(kit.t("event.dialog.title"));
        dialog.setHeaderText(null);
        ComboBox<EventKind> kind = FieldForms.enumBox("event-kind", kit.messages(), EventKind.values(), false, "");
        kind.setValue(EventKind.PROMOTION);
        TextField name = FieldForms.text("event-name");
        var date = FieldForms.date("event-date", vm.today());
        TextField city = FieldForms.text("event-city");
        TextField venue = FieldForms.text("event-venue");
        VBox content = new VBox(FieldForms.grid(kit.t("event.field.kind") + " *", kind, kit.t("event.field.name") + " *", name,
                kit.t("event.field.date") + " *", date, kit.t("event.field.city"), city, kit.t("event.field.venue"), venue));
        content.setPrefWidth(520);
        SavingDialog.<FieldEvent>show(kit, dialog, content, "event-save", (saved, failed) -> vm.create(new EventDraft(
                kind.getValue(), name.getText(), date.getValue(), city.getText(), venue.getText(), null), saved, failed),
                e -> kit.dialogs().notify(kit.t("event.saved")));
    }

    private void invite() {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(root.getScene().getWindow());
        dialog.setTitle(kit.t("event.action.invite"));
        dialog.setHeaderText(null);
        SearchPicker<EventService.Pick> company = new SearchPicker<>("event-invite-company", kit,
                t -> vm.service().findCompanies(t, 20), EventService.Pick::name);
        SavingDialog.<FieldEvent>show(kit, dialog, FieldForms.grid(kit.t("event.column.company"), company.root()),
                "event-invite-save", (saved, failed) -> {
                    EventService.Pick c = company.valueProperty().get();
                    if (c != null) {
                        vm.invite(c.id());
                    }
                    saved.accept(null);
                }, e -> { });
    }

    private void markAttended(Invitee i) {
        TextInputDialog ask = new TextInputDialog(i.representative() == null ? "" : i.representative());
        ask.initOwner(root.getScene().getWindow());
        ask.setTitle(kit.t("event.action.attended"));
        ask.setHeaderText(kit.t("event.attended.header", i.companyName()));
        ask.getEditor().setId("event-representative");
        ask.showAndWait().ifPresent(who -> vm.attended(i.companyId(), true, who));
    }

    private void sign() {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(root.getScene().getWindow());
        dialog.setTitle(kit.t("event.action.sign"));
        dialog.setHeaderText(kit.t("event.sign.header", vm.selected.get().heldOn()));
        SearchPicker<EventService.Pick> project = new SearchPicker<>("event-sign-project", kit,
                t -> vm.service().findUnsignedProjects(t, 20),
                p -> p.detail() == null ? p.name() : p.name() + "（" + p.detail() + "）");
        TextField amount = FieldForms.text("event-sign-amount");
        amount.setPromptText(kit.t("event.sign.amountPrompt"));
        VBox content = new VBox(FieldForms.grid(kit.t("event.sign.project") + " *", project.root(),
                kit.t("event.sign.amount") + " *", amount));
        content.setPrefWidth(560);
        SavingDialog.<FieldEvent>show(kit, dialog, content, "event-sign-save", (saved, failed) -> {
            EventService.Pick p = project.valueProperty().get();
            BigDecimal value = parseAmount(amount.getText());
            if (p == null || value == null) {
                failed.accept(new DeskException("event.error.signFields"));
                return;
            }
            vm.sign(p.id(), value, saved, failed);
        }, e -> kit.dialogs().notify(kit.t("event.signed")));
    }

    private static BigDecimal parseAmount(String text) {
        try {
            return text == null || text.isBlank() ? null
                    : new BigDecimal(TextNormalizer.foldWidth(text.strip()).replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

}
