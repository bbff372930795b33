package cn.zhaoshang.desk.reception.ui;

import cn.zhaoshang.desk.common.pick.Choice;
import cn.zhaoshang.desk.common.ui.EmptyState;
import cn.zhaoshang.desk.common.ui.FieldForms;
import cn.zhaoshang.desk.common.ui.RecordExtras;
import cn.zhaoshang.desk.common.ui.SavingDialog;
import cn.zhaoshang.desk.common.ui.SearchPicker;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.reception.Reception;
import cn.zhaoshang.desk.reception.ReceptionService;
import cn.zhaoshang.desk.reception.RouteStop;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Receptions (考察接待): the list, a reception in full (visitors, route, outcome, next steps to tasks, files), a new one. */
public final class ReceptionView {
    private final UiKit kit;
    private final ReceptionViewModel vm;
    private final BorderPane root = new BorderPane();
    private final Label facts = new Label();
    private final ReadOnlyObjectWrapper<UUID> shownId = new ReadOnlyObjectWrapper<>();

    public ReceptionView(UiKit kit, ReceptionService service, RecordExtras extras) {
        this.kit = kit;
        this.vm = new ReceptionViewModel(service, kit.tasks(), kit.messages(), kit.dialogs()::showError);
        root.setId("reception-view");
        Button add = new Button(kit.t("reception.action.new"), new FontIcon(Feather.PLUS));
        add.setId("reception-add");
        add.getStyleClass().add("accent");
        add.setOnAction(e -> newReception());
        HBox bar = new HBox(8, add, hint());
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        root.setTop(bar);
        TableView<Reception> table = new TableView<>(vm.rows);
        table.setId("reception-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(EmptyState.create(Feather.USERS, kit.t("reception.emptyTitle"), kit.t("reception.emptyHint")));
        table.getColumns().add(column("reception.column.date", r -> r.visitOn().toString(), 90));
        table.getColumns().add(column("reception.column.company", Reception::companyName, 180));
        table.getColumns().add(column("reception.column.delegation", r -> nz(r.delegation()), 150));
        table.getColumns().add(column("reception.column.leaders", r -> nz(r.leaders()), 150));
        table.getSelectionModel().selectedItemProperty().addListener((o, old, r) -> vm.select(r));
        vm.selected.addListener((o, old, r) -> show(r));
        SplitPane split = new SplitPane(table, detail(extras));
        split.setDividerPositions(0.55);
        root.setCenter(split);
        vm.load();
        kit.live().watch(root, vm::load, "reception");
    }

    public Node root() {
        return root;
    }

    private Label hint() {
        Label hint = new Label(kit.t("reception.hint"));
        hint.getStyleClass().add("text-muted");
        return hint;
    }

    private TableColumn<Reception, String> column(String key, Function<Reception, String> value, double w) {
        TableColumn<Reception, String> c = new TableColumn<>(kit.t(key));
        c.setCellValueFactory(d -> new SimpleStringProperty(value.apply(d.getValue())));
        c.setPrefWidth(w);
        return c;
    }

    private Node detail(RecordExtras extras) {
        facts.setId("reception-detail");
        facts.setWrapText(true);
        Button toTasks = new Button(kit.t("reception.action.toTasks"), new FontIcon(Feather.CHECK_SQUARE));
        toTasks.setId("reception-to-tasks");
        toTasks.disableProperty().bind(Bindings.createBooleanBinding(
                () -> vm.selected.get() == null || vm.selected.get().pendingSteps().isEmpty(), vm.selected));
        toTasks.setOnAction(e -> vm.stepsToTasks(n -> kit.dialogs().notify(kit.t("reception.tasksMade", n))));
        VBox main = new VBox(10, facts, toTasks);
        main.setPadding(new Insets(12));
        TabPane tabs = new TabPane(new Tab(kit.t("reception.detail.tab"), new ScrollPane(main)));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (RecordExtras.Tab extra : extras.tabs()) {
            Tab tab = new Tab(kit.t(extra.titleKey()), extra.content().apply(shownId.getReadOnlyProperty()));
            tab.setId(extra.id());
            tabs.getTabs().add(tab);
        }
        Node empty = EmptyState.create(Feather.USERS, kit.t("reception.detail.emptyTitle"), kit.t("reception.detail.emptyHint"));
        tabs.visibleProperty().bind(vm.selected.isNotNull());
        empty.visibleProperty().bind(vm.selected.isNull());
        StackPane box = new StackPane(empty, tabs);
        box.setMinWidth(320);
        return box;
    }

    private void show(Reception r) {
        shownId.set(r == null ? null : r.id());
        if (r == null) {
            facts.setText("");
            return;
        }
        String visitors = r.visitors().stream().map(v -> v.title() == null ? v.name() : v.name() + "（" + v.title() + "）")
                .collect(Collectors.joining("、"));
        String route = r.route().stream().map(RouteStop::carrierName).collect(Collectors.joining(" → "));
        String steps = r.nextSteps().stream().map(s -> "· " + s.text() + (s.taskId() == null ? "" : kit.t("reception.stepMade")))
                .collect(Collectors.joining("\n"));
        facts.setText(kit.t("reception.detail.text", r.visitOn(), r.companyName(), nz(r.delegation()), nz(visitors),
                nz(r.leaders()), nz(route), nz(r.outcome()), steps.isEmpty() ? "—" : steps));
    }

    private void newReception() {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(root.getScene().getWindow());
        dialog.setTitle(kit.t("reception.dialog.title"));
        dialog.setHeaderText(null);
        SearchPicker<Choice> company = new SearchPicker<>("reception-company", kit, t -> vm.service().findCompanies(t, 20),
                Choice::name);
        var date = FieldForms.date("reception-date", vm.today());
        TextField delegation = FieldForms.text("reception-delegation");
        TextArea visitors = FieldForms.area("reception-visitors", 3);
        visitors.setPromptText(kit.t("reception.field.visitorsPrompt"));
        TextField leaders = FieldForms.text("reception-leaders");
        ListView<Choice> route = new ListView<>();
        route.setId("reception-route");
        route.setPrefHeight(90);
        ComboBox<Choice> carrier = FieldForms.choiceBox("reception-route-carrier", vm.carriers, c -> c == null ? "" : c.name());
        Button addStop = new Button(kit.t("reception.action.addStop"), new FontIcon(Feather.PLUS));
        addStop.setId("reception-route-add");
        addStop.setOnAction(e -> {
            if (carrier.getValue() != null) {
                route.getItems().add(carrier.getValue());
            }
        });
        HBox.setHgrow(carrier, Priority.ALWAYS);
        VBox routeBox = new VBox(4, new HBox(6, carrier, addStop), route);
        TextArea outcome = FieldForms.area("reception-outcome", 2);
        TextArea steps = FieldForms.area("reception-steps", 2);
        steps.setPromptText(kit.t("reception.field.stepsPrompt"));
        VBox content = new VBox(FieldForms.grid(
                kit.t("reception.field.company") + " *", company.root(),
                kit.t("reception.field.date") + " *", date,
                kit.t("reception.field.delegation"), delegation,
                kit.t("reception.field.visitors"), visitors,
                kit.t("reception.field.leaders"), leaders,
                kit.t("reception.field.route"), routeBox,
                kit.t("reception.field.outcome"), outcome,
                kit.t("reception.field.steps"), steps));
        content.setPrefWidth(620);
        SavingDialog.<Reception>show(kit, dialog, content, "reception-save", (saved, failed) -> vm.record(
                company.valueProperty().get(), date.getValue(), delegation.getText(), visitors.getText(), leaders.getText(),
                route.getItems(), outcome.getText(), steps.getText(), saved, failed),
                r -> kit.dialogs().notify(kit.t("reception.saved")));
    }

    private static String nz(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }
}
