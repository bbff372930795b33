package cn.zhaoshang.desk.policy.ui;

import atlantafx.base.theme.Styles;
import cn.zhaoshang.desk.common.ui.EmptyState;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.policy.IncentiveService;
import cn.zhaoshang.desk.policy.Policy;
import cn.zhaoshang.desk.policy.PolicyLadderTier;
import cn.zhaoshang.desk.policy.PolicyService;
import cn.zhaoshang.desk.policy.PolicyStatus;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The policy library: search and filters above, policies (current versions) on the left with their
 * status, the chosen policy's detail or form on the right. Ctrl+F search, Ctrl+N new, F2 revise.
 */
final class PolicyLibraryView {
    private final UiKit kit;
    private final PolicyService policies;
    private final IncentiveService incentives;
    private final PolicyListViewModel model;
    private final BorderPane root = new BorderPane();
    private final TableView<Policy> table = new TableView<>();
    private final StackPane detailHost = new StackPane();
    private final TextField search = new TextField();
    private UUID shown;

    PolicyLibraryView(UiKit kit, PolicyService policies, IncentiveService incentives) {
        this.kit = kit;
        this.policies = policies;
        this.incentives = incentives;
        this.model = new PolicyListViewModel(policies, kit.tasks(), kit.messages(), kit.dialogs()::showError);
        root.setId("policy-library");
        root.setTop(new VBox(toolbar(), banner()));
        buildTable();
        detailHost.setId("policy-detail-host");
        showNothingChosen();
        SplitPane split = new SplitPane(table, detailHost);
        split.setDividerPositions(0.5);
        root.setCenter(split);
        installShortcuts();
        model.start(() -> { });
    }

    Node root() {
        return root;
    }

    private Node toolbar() {
        search.setId("policy-search");
        search.setPromptText(kit.t("policy.search.prompt"));
        search.setPrefWidth(250);
        search.textProperty().bindBidirectional(model.search);
        ComboBox<String> industry = new ComboBox<>();
        industry.setId("policy-industry-filter");
        industry.setPrefWidth(200);
        model.industryNames.addListener((o, a, names) -> {
            industry.getItems().setAll((String) null);
            names.keySet().stream().filter(c -> Character.isDigit(c.charAt(0))).forEach(industry.getItems()::add);
        });
        Function<String, String> industryText = c -> c == null ? kit.t("policy.filter.allIndustries")
                : c + " " + model.industryNames.get().getOrDefault(c, "");
        industry.setCellFactory(l -> cell(industryText));
        industry.setButtonCell(cell(industryText));
        industry.setPromptText(kit.t("policy.filter.allIndustries"));
        industry.valueProperty().bindBidirectional(model.industry);
        ComboBox<PolicyLadderTier> tier = new ComboBox<>();
        tier.setId("policy-tier-filter");
        tier.getItems().add(null);
        tier.getItems().addAll(PolicyLadderTier.values());
        Function<PolicyLadderTier, String> tierText = t -> t == null ? kit.t("policy.filter.allTiers") : kit.messages().label(t);
        tier.setCellFactory(l -> cell(tierText));
        tier.setButtonCell(cell(tierText));
        tier.setPromptText(kit.t("policy.filter.allTiers"));
        tier.valueProperty().bindBidirectional(model.tier);
        ComboBox<PolicyStatus> status = new ComboBox<>();
        status.setId("policy-status-filter");
        status.getItems().add(null);
        status.getItems().addAll(PolicyStatus.values());
        Function<PolicyStatus, String> statusText = s -> s == null ? kit.t("policy.filter.allStatuses") : kit.messages().label(s);
        status.setCellFactory(l -> cell(statusText));
        status.setButtonCell(cell(statusText));
        status.setPromptText(kit.t("policy.filter.allStatuses"));
        status.valueProperty().bindBidirectional(model.status);
        Button add = new Button(kit.t("policy.action.new"), new FontIcon(Feather.PLUS));
        add.setId("policy-new");
        add.getStyleClass().add(Styles.ACCENT);
        add.setOnAction(e -> showForm(null));
        HBox bar = new HBox(8, search, industry, tier, status, new Region(), add);
        HBox.setHgrow(bar.getChildren().get(4), Priority.ALWAYS);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 16));
        return bar;
    }

    private Node banner() {
        Button show = new Button(kit.t("policy.expiring.show"));
        show.setId("policy-expiring-show");
        show.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        show.setOnAction(e -> model.showExpiring());
        Label text = new Label("", new FontIcon(Feather.BELL));
        text.setId("policy-expiring-text");
        text.setWrapText(true);
        text.textProperty().bind(Bindings.createStringBinding(
                () -> kit.t("policy.expiring.banner", model.expiring.get(), PolicyService.EXPIRY_WARNING_DAYS), model.expiring));
        HBox banner = new HBox(12, text, show);
        banner.setId("policy-expiring-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.setPadding(new Insets(6, 12, 6, 12));
        banner.getStyleClass().add("bg-warning-subtle");
        banner.setStyle("-fx-background-radius: 6;");
        banner.managedProperty().bind(model.expiring.greaterThan(0));
        banner.visibleProperty().bind(banner.managedProperty());
        VBox.setMargin(banner, new Insets(0, 12, 8, 16));
        return banner;
    }

    private static <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            @Override protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : text.apply(item));
            }
        };
    }

    private void buildTable() {
        table.setId("policy-table");
        table.getStyleClass().addAll(Styles.STRIPED, "edge-to-edge");
        table.setItems(model.rows);
        TableColumn<Policy, String> name = column("policy.field.name", Policy::name);
        name.setPrefWidth(210);
        TableColumn<Policy, String> issuer = column("policy.field.issuer", p -> nz(p.content().issuer()));
        TableColumn<Policy, String> until = column("policy.column.until", p -> PolicyText.date(p.effectiveTo()));
        TableColumn<Policy, String> status = column("policy.column.status",
                p -> kit.messages().label(p.status(policies.today(), PolicyService.EXPIRY_WARNING_DAYS)));
        status.setCellFactory(c -> new TableCell<>() {
            @Override protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll(Styles.WARNING, Styles.DANGER, Styles.TEXT_MUTED);
                Policy p = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : item);
                if (p != null) {
                    PolicyStatus s = p.status(policies.today(), PolicyService.EXPIRY_WARNING_DAYS);
                    if (s == PolicyStatus.EXPIRING) {
                        getStyleClass().add(Styles.WARNING);
                    } else if (s == PolicyStatus.EXPIRED) {
                        getStyleClass().add(Styles.DANGER);
                    } else if (s == PolicyStatus.UPCOMING) {
                        getStyleClass().add(Styles.TEXT_MUTED);
                    }
                }
            }
        });
        TableColumn<Policy, String> version = column("policy.column.version", p -> kit.t("policy.column.versionNo", p.versionNo()));
        until.setMinWidth(92);
        status.setMinWidth(72);
        version.setMinWidth(56);
        table.getColumns().addAll(List.of(name, issuer, until, status, version));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && !b.id().equals(shown)) {
                showDetail(b.id());
            }
        });
        model.rows.addListener((ListChangeListener<Policy>) c -> updatePlaceholder());
        updatePlaceholder();
    }

    private void updatePlaceholder() {
        boolean filtered = !model.search.get().isBlank() || model.industry.get() != null || model.tier.get() != null
                || model.status.get() != null;
        table.setPlaceholder(EmptyState.create(Feather.FILE_TEXT,
                kit.t(filtered ? "policy.empty.filteredTitle" : "policy.empty.title"),
                kit.t(filtered ? "policy.empty.filteredHint" : "policy.empty.hint")));
    }

    private TableColumn<Policy, String> column(String key, Function<Policy, String> value) {
        TableColumn<Policy, String> col = new TableColumn<>(kit.t(key));
        col.setCellValueFactory(c -> new SimpleStringProperty(value.apply(c.getValue())));
        return col;
    }

    private void showNothingChosen() {
        shown = null;
        detailHost.getChildren().setAll(EmptyState.create(Feather.FILE_TEXT, kit.t("policy.detail.noneTitle"),
                kit.t("policy.detail.noneHint")));
    }

    void showDetail(UUID id) {
        shown = id;
        kit.tasks().run(kit.t("policy.task.load"), p -> PolicyDetail.load(policies, incentives, id), detail -> {
            if (id.equals(shown)) {
                detailHost.getChildren().setAll(new PolicyDetailView(kit, policies, detail, model.industryNames.get(),
                        actions()).root());
            }
        }, error -> {
            showNothingChosen();
            kit.dialogs().showError(error);
        });
    }

    private PolicyDetailView.Actions actions() {
        return new PolicyDetailView.Actions() {
            @Override public void revise(Policy policy) {
                showForm(policy);
            }
            @Override public void delete(Policy policy) {
                if (kit.dialogs().confirm(kit.t("policy.delete.confirm", policy.name()))) {
                    kit.dialogs().runInBackground(kit.t("policy.task.save"), p -> {
                        policies.delete(policy.id(), policy.version());
                        return null;
                    }, done -> {
                        kit.dialogs().notify(kit.t("policy.delete.done", policy.name()));
                        showNothingChosen();
                        model.load(() -> { });
                    });
                }
            }
            @Override public void show(UUID policyId) {
                showDetail(policyId);
            }
            @Override public void reload() {
                if (shown != null) {
                    showDetail(shown);
                }
            }
        };
    }

    private void showForm(Policy original) {
        UUID back = shown;
        PolicyFormView form = new PolicyFormView(kit, policies, original, model.industryNames.get(), saved -> {
            kit.dialogs().notify(kit.t("policy.saved", saved.name(), saved.versionNo()));
            model.load(() -> select(saved.id()));
        }, () -> {
            if (back != null) {
                showDetail(back);
            } else {
                showNothingChosen();
            }
        });
        shown = null;
        detailHost.getChildren().setAll(form.root());
        Platform.runLater(() -> {
            Node name = root.lookup("#policy-form-name");
            if (name != null) {
                name.requestFocus();
            }
        });
    }

    private void select(UUID id) {
        model.rows.stream().filter(p -> p.id().equals(id)).findFirst().ifPresentOrElse(p -> {
            table.getSelectionModel().select(p);
            table.scrollTo(p);
        }, () -> showDetail(id));
        if (!id.equals(shown)) {
            showDetail(id);
        }
    }

    private void installShortcuts() {
        root.setOnKeyPressed(e -> {
            if (new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN).match(e)) {
                search.requestFocus();
            } else if (new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN).match(e)) {
                showForm(null);
            } else if (e.getCode() == KeyCode.F2 && table.getSelectionModel().getSelectedItem() != null) {
                showForm(table.getSelectionModel().getSelectedItem());
            } else {
                return;
            }
            e.consume();
        });
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
