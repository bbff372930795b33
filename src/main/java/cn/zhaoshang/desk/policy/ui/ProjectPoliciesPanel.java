package cn.zhaoshang.desk.policy.ui;

import atlantafx.base.theme.Styles;
import cn.zhaoshang.desk.common.ui.EmptyState;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.policy.Incentive;
import cn.zhaoshang.desk.policy.IncentiveService;
import cn.zhaoshang.desk.policy.Policy;
import cn.zhaoshang.desk.policy.PolicyLadderTier;
import cn.zhaoshang.desk.policy.PolicyService;
import cn.zhaoshang.desk.policy.ProjectFacts;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * One project's policies (一企一策): the policies that apply to it today, what it was promised under
 * which policy version, what was delivered, and forms to record both. Public so that the project
 * library can show it beside a project: {@code new ProjectPoliciesPanel(kit, policies, incentives).show(id)}.
 */
public final class ProjectPoliciesPanel {
    private final UiKit kit;
    private final ProjectPoliciesViewModel model;
    private final StackPane root = new StackPane();
    private final VBox content = new VBox(12);
    private final Label title = new Label();
    private final Label facts = new Label();
    private final Label totals = new Label();
    private Runnable onChanged = () -> { };

    public ProjectPoliciesPanel(UiKit kit, PolicyService policies, IncentiveService incentives) {
        this.kit = kit;
        this.model = new ProjectPoliciesViewModel(policies, incentives, kit.tasks(), kit.messages(), kit.dialogs()::showError);
        root.setId("project-policies");
        content.setPadding(new Insets(16));
        title.getStyleClass().add(Styles.TITLE_3);
        title.setId("project-policies-title");
        title.setWrapText(true);
        facts.setWrapText(true);
        facts.getStyleClass().add(Styles.TEXT_MUTED);
        totals.setId("project-policies-totals");
        totals.setWrapText(true);
        content.getChildren().addAll(title, facts, totals, section("policy.incentive.applicable"), applicableTable(),
                section("policy.incentive.promises"), incentiveTable(), promiseForm(), deliverForm());
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        root.getChildren().setAll(EmptyState.create(Feather.BRIEFCASE, kit.t("policy.incentive.noneTitle"),
                kit.t("policy.incentive.noneHint")));
        model.project.addListener((o, a, p) -> {
            if (p != null && !root.getChildren().contains(scroll)) {
                root.getChildren().setAll(scroll);
            }
        });
    }

    public Node root() {
        return root;
    }

    /** Called after a promise or a delivery was recorded (e.g. to refresh totals elsewhere). */
    public void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged;
    }

    /** Shows the project (reads it off the UI thread). */
    public void show(UUID projectId) {
        model.load(projectId, this::refreshTexts);
    }

    private void refreshTexts() {
        ProjectFacts p = model.project.get();
        title.setText(p.projectName());
        String tiers = p.ladderTiers().isEmpty() ? kit.t("policy.incentive.noTiers")
                : p.ladderTiers().stream().map(t -> PolicyLadderTier.of(t).map(kit.messages()::label).orElse(t))
                .collect(Collectors.joining("、"));
        facts.setText(kit.t("policy.incentive.facts", p.companyName() == null ? "—" : p.companyName(),
                p.industryCode() == null ? "—" : p.industryCode(), PolicyText.money(kit.messages(), p.plannedInvestment()), tiers));
        totals.setText(kit.t("policy.incentive.totals", model.incentives.size(),
                PolicyText.money(kit.messages(), model.promisedTotal()), PolicyText.money(kit.messages(), model.deliveredTotal())));
    }

    private void changed() {
        refreshTexts();
        onChanged.run();
    }

    private Label section(String key) {
        Label l = new Label(kit.t(key));
        l.getStyleClass().add(Styles.TITLE_4);
        return l;
    }

    private Node applicableTable() {
        TableView<Policy> table = table("applicable-table");
        table.setItems(model.applicable);
        table.getColumns().addAll(List.of(
                column("policy.field.name", Policy::name),
                column("policy.field.issuer", p -> p.content().issuer() == null ? "" : p.content().issuer()),
                column("policy.column.until", p -> PolicyText.date(p.effectiveTo())),
                column("policy.field.size", p -> PolicyText.size(kit.messages(), p))));
        table.setPlaceholder(new Label(kit.t("policy.incentive.noneApplicable")));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.promisePolicy.set(b);
            }
        });
        return table;
    }

    private Node incentiveTable() {
        TableView<Incentive> table = table("incentive-table");
        table.setItems(model.incentives);
        table.getColumns().addAll(List.of(
                column("policy.incentive.what", i -> i.policyName() == null ? kit.t("policy.incentive.bespoke") + "：" + nz(i.description())
                        : i.policyName() + "（" + kit.t("policy.column.versionNo", i.policyVersionNo())
                        + (i.policyCurrent() ? "" : kit.t("policy.incentive.revisedSince")) + "）"),
                column("policy.column.promisedOn", i -> PolicyText.date(i.promisedOn())),
                column("policy.column.promised", i -> PolicyText.money(kit.messages(), i.promisedAmount())),
                column("policy.column.delivered", i -> PolicyText.money(kit.messages(), i.deliveredAmount())),
                column("policy.column.outstanding", i -> PolicyText.money(kit.messages(), i.outstanding()))));
        table.setPlaceholder(new Label(kit.t("policy.incentive.nonePromised")));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> model.deliverFor.set(b));
        return table;
    }

    private Node promiseForm() {
        ComboBox<Policy> policy = new ComboBox<>(model.applicable);
        policy.setId("incentive-policy");
        Function<Policy, String> text = p -> p == null ? kit.t("policy.incentive.bespoke") : p.name();
        policy.setCellFactory(l -> cell(text));
        policy.setButtonCell(cell(text));
        policy.valueProperty().bindBidirectional(model.promisePolicy);
        policy.setPrefWidth(220);
        Button bespoke = new Button(kit.t("policy.incentive.bespoke"));
        bespoke.setId("incentive-bespoke");
        bespoke.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        bespoke.setOnAction(e -> model.promisePolicy.set(null));
        DatePicker date = date("incentive-promised-on", model.promisedOn);
        TextField amount = field("incentive-amount", model.promisedAmount, "policy.incentive.amountPrompt", 110);
        TextField description = field("incentive-description", model.description, "policy.incentive.descriptionPrompt", 200);
        Button promise = new Button(kit.t("policy.incentive.promise"));
        promise.setId("incentive-promise");
        promise.getStyleClass().add(Styles.ACCENT);
        promise.setOnAction(e -> model.promise(this::changed));
        HBox first = row(policy, bespoke, date);
        HBox second = row(amount, description, promise);
        return new VBox(6, section("policy.incentive.promiseTitle"), first, second, error("incentive-promise-error", model.promiseError));
    }

    private Node deliverForm() {
        Label which = new Label();
        which.textProperty().bind(Bindings.createStringBinding(() -> model.deliverFor.get() == null
                ? kit.t("policy.incentive.chooseFirst")
                : kit.t("policy.incentive.deliverFor", model.deliverFor.get().policyName() == null
                        ? nz(model.deliverFor.get().description()) : model.deliverFor.get().policyName()), model.deliverFor));
        which.setWrapText(true);
        which.getStyleClass().add(Styles.TEXT_MUTED);
        DatePicker date = date("incentive-delivered-on", model.deliveredOn);
        TextField amount = field("incentive-delivered", model.deliveredAmount, "policy.incentive.deliveredPrompt", 150);
        Button deliver = new Button(kit.t("policy.incentive.deliver"));
        deliver.setId("incentive-deliver");
        deliver.disableProperty().bind(model.deliverFor.isNull());
        deliver.setOnAction(e -> model.deliver(this::changed));
        return new VBox(6, section("policy.incentive.deliverTitle"), which, row(date, amount, deliver),
                error("incentive-deliver-error", model.deliverError));
    }

    private static HBox row(Node... nodes) {
        HBox row = new HBox(8, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Label error(String id, StringProperty text) {
        Label error = new Label();
        error.setId(id);
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(text);
        error.managedProperty().bind(text.isNotEmpty());
        return error;
    }

    private DatePicker date(String id, ObjectProperty<LocalDate> value) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setConverter(PolicyText.dateConverter());
        picker.valueProperty().bindBidirectional(value);
        picker.setPrefWidth(140);
        return picker;
    }

    private TextField field(String id, StringProperty value, String promptKey, double width) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(kit.t(promptKey));
        field.textProperty().bindBidirectional(value);
        field.setPrefWidth(width);
        return field;
    }

    private <T> TableView<T> table(String id) {
        TableView<T> table = new TableView<>();
        table.setId(id);
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(28);
        table.setPrefHeight(5 * 28 + 40);
        table.setMinHeight(Region.USE_PREF_SIZE);
        return table;
    }

    private <T> TableColumn<T, String> column(String key, Function<T, String> value) {
        TableColumn<T, String> col = new TableColumn<>(kit.t(key));
        col.setCellValueFactory(c -> new SimpleStringProperty(value.apply(c.getValue())));
        return col;
    }

    private static <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            @Override protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : text.apply(item));
            }
        };
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
