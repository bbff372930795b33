package cn.zhaoshang.desk.escalation.ui;

import cn.zhaoshang.desk.common.ui.EmptyState;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.escalation.EscalatedItem;
import cn.zhaoshang.desk.escalation.EscalationService;
import cn.zhaoshang.desk.escalation.EscalationSettings;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * 督办升级: the overdue tasks and requests escalated to the person working now (a team lead: their teams';
 * a manager: what reached the manager), longest overdue first; managers set after how many days.
 */
public final class EscalationView {
    private final UiKit kit;
    private final EscalationService service;
    private final BorderPane root = new BorderPane();
    private final TableView<EscalatedItem> table = new TableView<>();
    private final Spinner<Integer> leadDays = new Spinner<>(1, EscalationSettings.MAX_DAYS, 3);
    private final Spinner<Integer> managerDays = new Spinner<>(1, EscalationSettings.MAX_DAYS, 7);

    public EscalationView(UiKit kit, EscalationService service) {
        this.kit = kit;
        this.service = service;
        root.setId("escalation-view");
        table.setId("escalation-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(EmptyState.create(Feather.ALERT_TRIANGLE, kit.t("escalation.emptyTitle"), kit.t("escalation.emptyHint")));
        table.getColumns().add(column("escalation.column.level", i -> kit.messages().label(i.level()), 100));
        table.getColumns().add(column("escalation.column.kind", i -> kit.t("escalation.kind." + i.kind().name()), 60));
        table.getColumns().add(column("escalation.column.days", i -> String.valueOf(i.daysOverdue()), 60));
        table.getColumns().add(column("escalation.column.due", i -> String.valueOf(i.dueOn()), 90));
        table.getColumns().add(column("escalation.column.team", i -> i.teamName() == null ? "" : i.teamName(), 120));
        table.getColumns().add(column("escalation.column.company", i -> i.companyName() == null ? "" : i.companyName(), 160));
        table.getColumns().add(column("escalation.column.title", EscalatedItem::title, 260));
        root.setTop(settingsBar());
        root.setCenter(table);
        reload();
        kit.live().watch(root, this::reload, "escalation", "task", "company_request");
    }

    public Node root() {
        return root;
    }

    private TableColumn<EscalatedItem, String> column(String key, Function<EscalatedItem, String> value, double width) {
        TableColumn<EscalatedItem, String> c = new TableColumn<>(kit.t(key));
        c.setCellValueFactory(d -> new SimpleStringProperty(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private Node settingsBar() {
        leadDays.setId("escalation-lead-days");
        managerDays.setId("escalation-manager-days");
        leadDays.setPrefWidth(80);
        managerDays.setPrefWidth(80);
        Button save = new Button(kit.t("escalation.action.save"), new FontIcon(Feather.SAVE));
        save.setId("escalation-save");
        save.setOnAction(e -> kit.tasks().run(kit.t("escalation.task.saving"), p -> {
            service.saveSettings(new EscalationSettings(leadDays.getValue(), managerDays.getValue()));
            return service.run(p);
        }, r -> reload(), kit.dialogs()::showError));
        Label explain = new Label(kit.t("escalation.explain"));
        explain.getStyleClass().add("text-muted");
        HBox bar = new HBox(8, new Label(kit.t("escalation.field.lead")), leadDays, new Label(kit.t("escalation.field.manager")),
                managerDays, save, explain);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        return bar;
    }

    private void reload() {
        kit.tasks().run(kit.t("escalation.task.loading"), p -> new Loaded(service.settings(), service.forMe()), loaded -> {
            leadDays.getValueFactory().setValue(loaded.settings().teamLeadDays());
            managerDays.getValueFactory().setValue(loaded.settings().managerDays());
            table.getItems().setAll(loaded.items());
        }, kit.dialogs()::showError);
    }

    private record Loaded(EscalationSettings settings, List<EscalatedItem> items) { }
}
