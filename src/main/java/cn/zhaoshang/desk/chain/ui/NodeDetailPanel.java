package cn.zhaoshang.desk.chain.ui;

import cn.zhaoshang.desk.chain.NodeCompany;
import cn.zhaoshang.desk.chain.NodeCompanyScope;
import cn.zhaoshang.desk.chain.NodeFigures;
import cn.zhaoshang.desk.chain.NodeProject;
import cn.zhaoshang.desk.common.ui.UiKit;
import java.math.BigDecimal;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The side panel of an opened node: its figures, and its companies (local and chain leaders first,
 * page by page) and projects in tables. A company's row menu marks it chain leader or takes it off.
 */
final class NodeDetailPanel extends VBox {
    private final UiKit kit;
    private final ChainMapViewModel model;
    private final Label title = new Label();
    private final Label strength = new Label();
    private final Label figures = new Label();
    private final Label companyCount = new Label();
    private final Button more = new Button();
    private final Tab companyTab = new Tab();
    private final Tab projectTab = new Tab();

    NodeDetailPanel(UiKit kit, ChainMapViewModel model, Runnable onAddCompanies) {
        this.kit = kit;
        this.model = model;
        setId("chain-detail");
        getStyleClass().add("chain-detail");
        setPadding(new Insets(12));
        setSpacing(8);
        setPrefWidth(460);
        setMinWidth(320);

        title.setId("chain-detail-title");
        title.getStyleClass().add("chain-detail-title");
        title.setWrapText(true);
        Button close = new Button(null, new FontIcon(Feather.X));
        close.setId("chain-detail-close");
        close.getStyleClass().add("flat");
        close.setOnAction(e -> model.closeNode());
        close.setTooltip(new Tooltip(kit.t("chain.detail.close")));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(8, title, strength, spacer, close);
        head.setAlignment(Pos.CENTER_LEFT);
        strength.setId("chain-detail-strength");
        figures.setId("chain-detail-figures");
        figures.setWrapText(true);
        figures.getStyleClass().add("text-muted");

        ComboBox<NodeCompanyScope> filter = new ComboBox<>();
        filter.setId("chain-detail-filter");
        filter.getItems().setAll(NodeCompanyScope.values());
        filter.setConverter(new StringConverter<>() {
            @Override public String toString(NodeCompanyScope f) { return f == null ? "" : kit.messages().label(f); }
            @Override public NodeCompanyScope fromString(String s) { return null; }
        });
        filter.valueProperty().bindBidirectional(model.filterProperty());
        Button add = new Button(kit.t("chain.detail.add"), new FontIcon(Feather.PLUS));
        add.setId("chain-detail-add");
        add.setOnAction(e -> onAddCompanies.run());
        HBox tools = new HBox(8, new Label(kit.t("chain.detail.filter")), filter, add);
        tools.setAlignment(Pos.CENTER_LEFT);

        TableView<NodeCompany> companies = companyTable();
        more.setId("chain-detail-more");
        more.setText(kit.t("chain.detail.more"));
        more.setOnAction(e -> model.loadMoreCompanies());
        companyCount.setId("chain-detail-count");
        companyCount.getStyleClass().add("text-muted");
        HBox footer = new HBox(8, companyCount, more);
        footer.setAlignment(Pos.CENTER_LEFT);
        VBox companyBox = new VBox(6, companies, footer);
        VBox.setVgrow(companies, Priority.ALWAYS);
        companyTab.setContent(companyBox);
        companyTab.setClosable(false);
        projectTab.setContent(projectTable());
        projectTab.setClosable(false);
        TabPane tabs = new TabPane(companyTab, projectTab);
        tabs.setId("chain-detail-tabs");
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().addAll(head, figures, tools, tabs);

        model.nodeProperty().addListener((obs, old, now) -> showNode(now));
        model.companies().addListener((ListChangeListener<NodeCompany>) c -> counts());
        model.companiesTotalProperty().addListener((obs, old, now) -> counts());
        model.projectsTotalProperty().addListener((obs, old, now) -> counts());
        showNode(model.nodeProperty().get());
    }

    private void showNode(NodeFigures f) {
        if (f == null) {
            return;
        }
        title.setText(model.mapProperty().get() == null ? f.node().name()
                : model.mapProperty().get().tree().path(f.node().id()));
        strength.setText(kit.messages().label(f.strength()));
        strength.getStyleClass().setAll("label", "chain-strength-tag", FigureTexts.styleClass(f.strength()));
        figures.setText(kit.t("chain.detail.figures", f.localCompanies(), f.pursuedTargets(), f.chainLeaders(),
                f.activeProjects()));
        counts();
    }

    private void counts() {
        companyCount.setText(kit.t("chain.detail.count", model.companies().size(), model.companiesTotalProperty().get()));
        more.setVisible(model.hasMoreCompanies());
        more.setManaged(model.hasMoreCompanies());
        companyTab.setText(kit.t("chain.detail.companies", model.companiesTotalProperty().get()));
        projectTab.setText(kit.t("chain.detail.projects", model.projectsTotalProperty().get()));
    }

    private TableView<NodeCompany> companyTable() {
        TableView<NodeCompany> table = new TableView<>(model.companies());
        table.setId("chain-detail-companies");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(kit.t("chain.detail.noCompanies")));
        table.getColumns().add(column("chain.col.company", 200,
                c -> c.chainLeader() ? kit.t("chain.col.leaderMark", c.name()) : c.name()));
        table.getColumns().add(column("chain.col.place", 84,
                c -> c.local() ? kit.t("chain.col.localPlace", c.place() == null ? "" : c.place()) : c.place()));
        table.getColumns().add(column("chain.col.status", 60, c -> kit.t("chain.status." + c.pursuitStatus())));
        table.getColumns().add(moneyColumn("chain.col.capital", NodeCompany::registeredCapital));
        table.getColumns().add(column("chain.col.node", 84, NodeCompany::nodeName));
        table.setRowFactory(t -> {
            TableRow<NodeCompany> row = new TableRow<>();
            MenuItem leader = new MenuItem();
            leader.setId("chain-detail-leader");
            MenuItem untag = new MenuItem(kit.t("chain.detail.untag"));
            untag.setId("chain-detail-untag");
            ContextMenu menu = new ContextMenu(leader, untag);
            menu.setOnShowing(e -> leader.setText(row.getItem() != null && row.getItem().chainLeader()
                    ? kit.t("chain.detail.unsetLeader") : kit.t("chain.detail.setLeader")));
            leader.setOnAction(e -> model.setChainLeader(row.getItem(), !row.getItem().chainLeader()));
            untag.setOnAction(e -> {
                NodeCompany company = row.getItem();
                if (kit.dialogs().confirm(kit.t("chain.detail.untagConfirm", company.name(), company.nodeName()))) {
                    model.untag(company);
                }
            });
            row.contextMenuProperty().bind(Bindings.when(row.emptyProperty())
                    .then((ContextMenu) null).otherwise(menu));
            return row;
        });
        return table;
    }

    private TableView<NodeProject> projectTable() {
        TableView<NodeProject> table = new TableView<>(model.projects());
        table.setId("chain-detail-projects");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(kit.t("chain.detail.noProjects")));
        table.getColumns().add(column("chain.col.project", 190, NodeProject::name));
        table.getColumns().add(column("chain.col.stage", 60, p -> kit.t("chain.stage." + p.stage())));
        table.getColumns().add(column("chain.col.company", 140, NodeProject::companyName));
        table.getColumns().add(moneyColumn("chain.col.investment", NodeProject::plannedInvestment));
        table.getColumns().add(column("chain.col.node", 90, NodeProject::nodeName));
        return table;
    }

    private <T> TableColumn<T, String> column(String key, double width, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(kit.t(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }

    /** Amounts in 万元: sorted as numbers, shown with separators. */
    private <T> TableColumn<T, BigDecimal> moneyColumn(String key, Function<T, BigDecimal> value) {
        TableColumn<T, BigDecimal> column = new TableColumn<>(kit.t(key));
        column.setPrefWidth(90);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(BigDecimal amount, boolean empty) {
                super.updateItem(amount, empty);
                setText(empty || amount == null ? null : kit.t("chain.col.money", amount));
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
        return column;
    }
}
