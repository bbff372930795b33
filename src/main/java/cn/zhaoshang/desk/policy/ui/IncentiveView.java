package cn.zhaoshang.desk.policy.ui;

import atlantafx.base.theme.Styles;
import cn.zhaoshang.desk.common.ui.EmptyState;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.policy.IncentiveService;
import cn.zhaoshang.desk.policy.IncentiveTotals;
import cn.zhaoshang.desk.policy.PolicyService;
import cn.zhaoshang.desk.policy.ProjectRef;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * 一企一策: totals over all projects, the projects with promises (largest first), a finder for any
 * project, and the chosen project's applicable policies and promises on the right.
 */
final class IncentiveView {
    private final UiKit kit;
    private final IncentiveListViewModel model;
    private final ProjectPoliciesPanel panel;
    private final SplitPane root;

    IncentiveView(UiKit kit, PolicyService policies, IncentiveService incentives) {
        this.kit = kit;
        this.model = new IncentiveListViewModel(policies, incentives, kit.tasks(), kit.messages(), kit.dialogs()::showError);
        this.panel = new ProjectPoliciesPanel(kit, policies, incentives);
        panel.setOnChanged(model::load);
        Label overall = new Label();
        overall.setId("incentive-overall");
        overall.setWrapText(true);
        overall.getStyleClass().add(Styles.TITLE_4);
        overall.textProperty().bind(Bindings.createStringBinding(() -> {
            IncentiveTotals t = model.overall.get();
            return t == null ? "" : kit.t("policy.incentive.overall", model.totals.size(), t.promises(),
                    PolicyText.money(kit.messages(), t.promised()), PolicyText.money(kit.messages(), t.delivered()),
                    PolicyText.rate(t.deliveryRate()));
        }, model.overall, model.totals));
        TextField search = new TextField();
        search.setId("incentive-project-search");
        search.setPromptText(kit.t("policy.incentive.searchPrompt"));
        search.textProperty().bindBidirectional(model.search);
        ListView<ProjectRef> results = new ListView<>(model.results);
        results.setId("incentive-project-results");
        results.setPrefHeight(6 * 26 + 4);
        results.managedProperty().bind(Bindings.isNotEmpty(model.results));
        results.visibleProperty().bind(results.managedProperty());
        results.setCellFactory(l -> new ListCell<>() {
            @Override protected void updateItem(ProjectRef item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name() + (item.companyName() == null ? "" : "　" + item.companyName()));
            }
        });
        results.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                panel.show(b.id());
            }
        });
        TableView<IncentiveTotals> table = totalsTable();
        VBox left = new VBox(8, overall, search, results, table);
        left.setPadding(new Insets(12, 8, 8, 16));
        VBox.setVgrow(table, Priority.ALWAYS);
        root = new SplitPane(left, panel.root());
        root.setId("incentive-view");
        root.setDividerPositions(0.45);
        model.load();
    }

    Node root() {
        return root;
    }

    private TableView<IncentiveTotals> totalsTable() {
        TableView<IncentiveTotals> table = new TableView<>(model.totals);
        table.setId("incentive-totals-table");
        table.getStyleClass().addAll(Styles.STRIPED, Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<IncentiveTotals, String> name = column("policy.column.project", IncentiveTotals::projectName);
        name.setPrefWidth(160);
        table.getColumns().addAll(List.of(name,
                column("policy.column.promised", t -> PolicyText.money(kit.messages(), t.promised())),
                column("policy.column.delivered", t -> PolicyText.money(kit.messages(), t.delivered())),
                column("policy.column.rate", t -> PolicyText.rate(t.deliveryRate()))));
        table.setPlaceholder(EmptyState.create(Feather.GIFT, kit.t("policy.incentive.emptyTitle"),
                kit.t("policy.incentive.emptyHint")));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                panel.show(b.projectId());
            }
        });
        return table;
    }

    private <T> TableColumn<T, String> column(String key, Function<T, String> value) {
        TableColumn<T, String> col = new TableColumn<>(kit.t(key));
        col.setCellValueFactory(c -> new SimpleStringProperty(value.apply(c.getValue())));
        return col;
    }
}
