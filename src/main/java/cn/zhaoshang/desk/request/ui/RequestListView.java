package cn.zhaoshang.desk.request.ui;

import cn.zhaoshang.desk.common.pick.Choice;
import cn.zhaoshang.desk.common.ui.EmptyState;
import cn.zhaoshang.desk.common.ui.FieldForms;
import cn.zhaoshang.desk.common.ui.RecordExtras;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.request.CompanyRequest;
import cn.zhaoshang.desk.request.RequestCategory;
import cn.zhaoshang.desk.request.RequestService;
import cn.zhaoshang.desk.request.RequestStatus;
import cn.zhaoshang.desk.request.RequestStep;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Company requests (企业诉求): the list with its filters (unit, category, status, overdue) or one
 * company's requests, and the selected request with its loop's next steps, its history and its files.
 */
public final class RequestListView {
    private final UiKit kit;
    private final RequestListViewModel vm;
    private final boolean oneCompany;
    private final BorderPane root = new BorderPane();
    private final TableView<CompanyRequest> table = new TableView<>();
    private final VBox detail = new VBox(8);
    private final FlowPane actions = new FlowPane(6, 6);
    private final Label title = new Label();
    private final Label facts = new Label();
    private final ReadOnlyObjectWrapper<UUID> shownId = new ReadOnlyObjectWrapper<>();

    /** Every company's requests, with filters. */
    public static RequestListView all(UiKit kit, RequestService service, RecordExtras extras) {
        RequestListView view = new RequestListView(kit, service, false, extras);
        view.vm.load();
        return view;
    }

    /** One company's requests (the company screen's tab): follows the company shown. */
    public static Node ofCompany(UiKit kit, RequestService service, ObservableValue<UUID> company) {
        RequestListView view = new RequestListView(kit, service, true, RecordExtras.NONE);
        company.addListener((o, old, id) -> view.vm.showCompany(id));
        view.vm.showCompany(company.getValue());
        view.root.getProperties().put(RecordExtras.ON_SHOWN, (Runnable) () -> {
            if (view.vm.companyId() != null) {
                view.vm.load();
            }
        });
        return view.root;
    }

    private RequestListView(UiKit kit, RequestService service, boolean oneCompany, RecordExtras extras) {
        this.kit = kit;
        this.oneCompany = oneCompany;
        this.vm = new RequestListViewModel(service, kit.tasks(), kit.messages(), kit.dialogs()::showError);
        root.setId(oneCompany ? "company-requests" : "request-view");
        root.setTop(toolbar());
        buildTable();
        SplitPane split = new SplitPane(table, detailPane(extras));
        // A company's tab is a narrow pane: the request goes below the list there, beside it in the area.
        split.setOrientation(oneCompany ? Orientation.VERTICAL : Orientation.HORIZONTAL);
        split.setDividerPositions(oneCompany ? 0.4 : 0.62);
        root.setCenter(split);
        vm.selected.addListener((o, old, r) -> show(r));
        vm.rows.addListener((ListChangeListener<CompanyRequest>) c -> {
            CompanyRequest s = vm.selected.get();
            if (s != null) {
                table.getSelectionModel().select(vm.rows.stream().filter(r -> r.id().equals(s.id())).findFirst().orElse(null));
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, old, r) -> {
            if (r != null) {
                vm.selected.set(r);
            }
        });
        vm.loadUnits();
        show(null);
        kit.live().watch(root, vm::load, "company_request");
    }

    public Node root() {
        return root;
    }

    private Node toolbar() {
        Button add = new Button(kit.t("request.action.new"), new FontIcon(Feather.PLUS));
        add.setId(oneCompany ? "company-request-add" : "request-add");
        add.getStyleClass().add("accent");
        add.setOnAction(e -> RequestDialogs.record(root.getScene().getWindow(), kit, vm, vm.companyId(), vm.companyName.get(), null,
                saved -> kit.dialogs().notify(kit.t("request.saved"))));
        Label count = new Label();
        count.getStyleClass().add("text-muted");
        count.textProperty().bind(vm.countText);
        HBox bar = new HBox(8, add);
        if (!oneCompany) {
            var unit = FieldForms.choiceBox("request-filter-unit", List.<Choice>of(),
                    c -> c == null ? kit.t("request.filter.anyUnit") : c.name());
            vm.units.addListener((ListChangeListener<Choice>) c -> {
                List<Choice> withAny = new ArrayList<>();
                withAny.add(null);
                withAny.addAll(vm.units);
                unit.getItems().setAll(withAny);
            });
            unit.valueProperty().bindBidirectional(vm.unit);
            unit.setPrefWidth(150);
            var category = FieldForms.enumBox("request-filter-category", kit.messages(), RequestCategory.values(), true,
                    kit.t("request.filter.anyCategory"));
            category.valueProperty().bindBidirectional(vm.category);
            var status = FieldForms.enumBox("request-filter-status", kit.messages(), RequestStatus.values(), true,
                    kit.t("request.filter.anyStatus"));
            status.valueProperty().bindBidirectional(vm.status);
            CheckBox overdue = new CheckBox(kit.t("request.filter.overdue"));
            overdue.setId("request-filter-overdue");
            overdue.selectedProperty().bindBidirectional(vm.overdueOnly);
            bar.getChildren().addAll(unit, category, status, overdue);
        }
        bar.getChildren().add(count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        return bar;
    }

    private void buildTable() {
        table.setId(oneCompany ? "company-request-table" : "request-table");
        table.setItems(vm.rows);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(EmptyState.create(Feather.INBOX, kit.t("request.list.emptyTitle"), kit.t("request.list.emptyHint")));
        LocalDate today = vm.today();
        table.getColumns().add(column("request.column.status", r -> kit.messages().label(r.status())
                + (r.isOverdue(today) ? kit.t("request.list.overdueMark", r.daysOverdue(today)) : ""), 135));
        if (!oneCompany) {
            table.getColumns().add(column("request.column.company", CompanyRequest::companyName, 170));
        }
        table.getColumns().add(column("request.column.category", r -> kit.messages().label(r.category()), 80));
        table.getColumns().add(column("request.column.unit", r -> r.unitName() == null ? "" : r.unitName(), 90));
        table.getColumns().add(column("request.column.due", r -> r.dueOn() == null ? "" : r.dueOn().toString(), 100));
        table.getColumns().add(column("request.column.content", CompanyRequest::content, 220));
        table.setRowFactory(t -> new TableRow<>() {
            @Override protected void updateItem(CompanyRequest r, boolean empty) {
                super.updateItem(r, empty);
                // Overdue rows in the danger colour of the theme (AtlantaFX), as the task lists show theirs.
                setStyle(!empty && r != null && r.isOverdue(today) ? "-fx-text-background-color: -color-danger-fg;" : null);
            }
        });
    }

    private TableColumn<CompanyRequest, String> column(String key, Function<CompanyRequest, String> value, double width) {
        TableColumn<CompanyRequest, String> c = new TableColumn<>(kit.t(key));
        c.setCellValueFactory(d -> new SimpleStringProperty(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private Node detailPane(RecordExtras extras) {
        title.setId("request-detail-title");
        title.getStyleClass().add("title-4");
        title.setWrapText(true);
        facts.setWrapText(true);
        facts.setId("request-detail-facts");
        actions.setId("request-actions");
        ListView<RequestStep> history = new ListView<>(vm.history);
        history.setId("request-history");
        history.setPrefHeight(150);
        history.setCellFactory(l -> new ListCell<>() {
            @Override protected void updateItem(RequestStep s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.stepOn() + "  " + kit.messages().label(s.to()) + "  " + s.doneBy()
                        + (s.note() == null ? "" : "：" + s.note()));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        Label historyTitle = new Label(kit.t("request.detail.history"));
        historyTitle.getStyleClass().add("text-bold");
        VBox main = new VBox(8, title, facts, actions, historyTitle, history);
        main.setPadding(new Insets(12));
        VBox.setVgrow(history, Priority.ALWAYS);
        Node body = main;
        if (!extras.tabs().isEmpty()) {
            TabPane tabs = new TabPane(new Tab(kit.t("request.detail.tab"), main));
            tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
            for (RecordExtras.Tab extra : extras.tabs()) {
                Tab tab = new Tab(kit.t(extra.titleKey()), extra.content().apply(shownId.getReadOnlyProperty()));
                tab.setId(extra.id());
                tabs.getTabs().add(tab);
            }
            body = tabs;
        }
        Node empty = EmptyState.create(Feather.INBOX, kit.t("request.detail.emptyTitle"), kit.t("request.detail.emptyHint"));
        detail.getChildren().setAll(body, empty);
        VBox.setVgrow(body, Priority.ALWAYS);
        detail.setMinWidth(320);
        body.visibleProperty().bind(vm.selected.isNotNull());
        body.managedProperty().bind(body.visibleProperty());
        empty.visibleProperty().bind(vm.selected.isNull());
        empty.managedProperty().bind(empty.visibleProperty());
        return detail;
    }

    private void show(CompanyRequest r) {
        shownId.set(r == null ? null : r.id());
        actions.getChildren().clear();
        if (r == null) {
            return;
        }
        title.setText(r.companyName() + " · " + kit.messages().label(r.category()));
        StringBuilder text = new StringBuilder(r.content());
        text.append("\n").append(kit.t("request.detail.line", kit.messages().label(r.status()),
                r.unitName() == null ? kit.t("request.none") : r.unitName(), r.receivedOn(),
                r.dueOn() == null ? kit.t("request.none") : r.dueOn()));
        if (r.promise() != null) {
            text.append("\n").append(kit.t("request.detail.promise", r.promisedBy() == null ? "" : r.promisedBy(), r.promise()));
        }
        if (r.result() != null) {
            text.append("\n").append(kit.t("request.detail.result", r.result()));
        }
        if (r.satisfaction() != null) {
            text.append("\n").append(kit.t("request.detail.satisfaction", kit.messages().label(r.satisfaction())));
        }
        facts.setText(text.toString());
        for (RequestListViewModel.Action a : vm.actions(r)) {
            Button b = new Button(kit.t("request.action." + a.name()));
            b.setId("request-" + a.name().toLowerCase(Locale.ROOT));
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setOnAction(e -> RequestDialogs.step(root.getScene().getWindow(), kit, vm, a));
            actions.getChildren().add(b);
        }
    }
}
