package cn.zhaoshang.desk.policy.ui;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import cn.zhaoshang.desk.common.time.OfficeZone;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.policy.Incentive;
import cn.zhaoshang.desk.policy.Policy;
import cn.zhaoshang.desk.policy.PolicyService;
import cn.zhaoshang.desk.policy.PolicyStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One version of a policy: its conditions and benefits, attachments, all versions (any can be opened,
 * read-only when superseded) and the promises made under it. Revise and delete act on the current version.
 */
final class PolicyDetailView {
    /** What the detail asks its area to do. */
    interface Actions {
        void revise(Policy policy);

        void delete(Policy policy);

        void show(UUID policyId);

        void reload();
    }

    private final UiKit kit;
    private final VBox root = new VBox(14);

    PolicyDetailView(UiKit kit, PolicyService service, PolicyDetail d, Map<String, String> industryNames, Actions actions) {
        this.kit = kit;
        Policy p = d.policy();
        root.setId("policy-detail");
        root.setPadding(new Insets(16));
        Label name = new Label(p.name());
        name.setId("policy-detail-name");
        name.getStyleClass().add(Styles.TITLE_3);
        name.setWrapText(true);
        Label status = statusLabel(p, service);
        Label version = new Label(kit.t("policy.detail.version", p.versionNo(),
                p.createdAt().atZoneSameInstant(OfficeZone.ZONE).toLocalDate().toString()));
        version.setId("policy-detail-version");
        version.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        HBox meta = new HBox(10, status, version);
        meta.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(name, meta);
        if (!p.isCurrent()) {
            Message old = new Message(kit.t("policy.detail.supersededTitle"), kit.t("policy.detail.superseded",
                    p.supersededAt().atZoneSameInstant(OfficeZone.ZONE).toLocalDate().toString()), new FontIcon(Feather.CLOCK));
            old.getStyleClass().add(Styles.WARNING);
            old.setId("policy-detail-superseded");
            root.getChildren().add(old);
        }
        root.getChildren().addAll(buttons(d, actions), facts(p, industryNames));
        Label benefit = new Label(p.content().benefitSummary() == null ? "—" : p.content().benefitSummary());
        benefit.setId("policy-detail-benefit");
        benefit.setWrapText(true);
        root.getChildren().addAll(section("policy.field.benefit"), benefit);
        root.getChildren().addAll(section("policy.detail.attachments"),
                new AttachmentsPanel(kit, service, p, d.attachments(), actions::reload).root());
        root.getChildren().addAll(section("policy.detail.versions"), versions(d, actions));
        root.getChildren().addAll(section("policy.detail.promises"), promises(d.promises()));
    }

    Node root() {
        ScrollPane scroll = new ScrollPane(root);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private Label statusLabel(Policy p, PolicyService service) {
        PolicyStatus status = p.status(service.today(), PolicyService.EXPIRY_WARNING_DAYS);
        Label label = new Label(kit.messages().label(status));
        label.setId("policy-detail-status");
        label.getStyleClass().add(switch (status) {
            case IN_FORCE -> Styles.SUCCESS;
            case EXPIRING -> Styles.WARNING;
            case EXPIRED -> Styles.DANGER;
            case UPCOMING -> Styles.ACCENT;
        });
        return label;
    }

    private Node buttons(PolicyDetail d, Actions actions) {
        Policy p = d.policy();
        HBox bar = new HBox(8);
        if (p.isCurrent()) {
            Button revise = new Button(kit.t("policy.action.revise"), new FontIcon(Feather.EDIT_2));
            revise.setId("policy-edit");
            revise.getStyleClass().add(Styles.ACCENT);
            revise.setTooltip(new Tooltip(kit.t("policy.action.reviseHint")));
            revise.setOnAction(e -> actions.revise(p));
            Button delete = new Button(kit.t("policy.action.delete"), new FontIcon(Feather.TRASH_2));
            delete.setId("policy-delete");
            delete.getStyleClass().addAll(Styles.DANGER, Styles.BUTTON_OUTLINED);
            delete.setOnAction(e -> actions.delete(p));
            bar.getChildren().addAll(revise, delete);
        } else {
            Policy current = d.versions().stream().filter(Policy::isCurrent).findFirst().orElse(null);
            if (current != null) {
                Button show = new Button(kit.t("policy.action.showCurrent", current.versionNo()), new FontIcon(Feather.ARROW_RIGHT));
                show.setId("policy-show-current");
                show.setOnAction(e -> actions.show(current.id()));
                bar.getChildren().add(show);
            }
        }
        return bar;
    }

    private Node facts(Policy p, Map<String, String> names) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        int r = 0;
        r = fact(grid, r, "policy.field.issuer", p.content().issuer());
        r = fact(grid, r, "policy.field.documentNo", p.content().documentNo());
        r = fact(grid, r, "policy.field.period", PolicyText.period(kit.messages(), p));
        r = fact(grid, r, "policy.field.industries", PolicyText.industries(kit.messages(), p.industryCodes(), names));
        r = fact(grid, r, "policy.field.tiers", PolicyText.tiers(kit.messages(), p.ladderTiers()));
        fact(grid, r, "policy.field.size", PolicyText.size(kit.messages(), p));
        return grid;
    }

    private int fact(GridPane grid, int row, String key, String value) {
        Label label = new Label(kit.t(key));
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setMinWidth(72);
        Label text = new Label(value == null || value.isBlank() ? "—" : value);
        text.setWrapText(true);
        grid.addRow(row, label, text);
        GridPane.setValignment(label, VPos.TOP);
        return row + 1;
    }

    private Label section(String key) {
        Label l = new Label(kit.t(key));
        l.getStyleClass().add(Styles.TITLE_4);
        return l;
    }

    private Node versions(PolicyDetail d, Actions actions) {
        TableView<Policy> table = table("policy-versions", d.versions().size());
        table.getColumns().addAll(List.of(
                column("policy.column.version", v -> kit.t("policy.column.versionNo", v.versionNo()) + (v.id().equals(d.policy().id()) ? " ◂" : "")),
                column("policy.column.revisedOn", v -> v.createdAt().atZoneSameInstant(OfficeZone.ZONE).toLocalDate().toString()),
                column("policy.field.period", v -> PolicyText.period(kit.messages(), v)),
                column("policy.column.state", v -> kit.t(v.isCurrent() ? "policy.version.current" : "policy.version.superseded"))));
        table.getItems().setAll(d.versions());
        table.setOnMouseClicked(e -> {
            Policy chosen = table.getSelectionModel().getSelectedItem();
            if (chosen != null && !chosen.id().equals(d.policy().id())) {
                actions.show(chosen.id());
            }
        });
        table.setTooltip(new Tooltip(kit.t("policy.detail.versionsHint")));
        return table;
    }

    private Node promises(List<Incentive> promises) {
        if (promises.isEmpty()) {
            Label none = new Label(kit.t("policy.detail.noPromises"));
            none.getStyleClass().add(Styles.TEXT_MUTED);
            none.setWrapText(true);
            return none;
        }
        BigDecimal promised = promises.stream().map(Incentive::promisedAmount).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal delivered = promises.stream().map(Incentive::deliveredAmount).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        Label summary = new Label(kit.t("policy.detail.promiseSummary", promises.size(),
                PolicyText.money(kit.messages(), promised), PolicyText.money(kit.messages(), delivered)));
        summary.setId("policy-detail-promise-summary");
        TableView<Incentive> table = table("policy-promises", promises.size());
        table.getColumns().addAll(List.of(
                column("policy.column.project", Incentive::projectName),
                column("policy.column.version", i -> kit.t("policy.column.versionNo", i.policyVersionNo())),
                column("policy.column.promisedOn", i -> PolicyText.date(i.promisedOn())),
                column("policy.column.promised", i -> PolicyText.money(kit.messages(), i.promisedAmount())),
                column("policy.column.delivered", i -> PolicyText.money(kit.messages(), i.deliveredAmount()))));
        table.getItems().setAll(promises);
        return new VBox(6, summary, table);
    }

    private <T> TableView<T> table(String id, int rows) {
        TableView<T> table = new TableView<>();
        table.setId(id);
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(28);
        table.setPrefHeight(Math.min(6, rows) * 28 + 40);
        table.setMinHeight(Region.USE_PREF_SIZE);
        return table;
    }

    private <T> TableColumn<T, String> column(String key, Function<T, String> value) {
        TableColumn<T, String> col = new TableColumn<>(kit.t(key));
        col.setCellValueFactory(c -> new SimpleStringProperty(value.apply(c.getValue())));
        return col;
    }
}
