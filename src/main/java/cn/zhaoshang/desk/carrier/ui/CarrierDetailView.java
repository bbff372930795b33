package cn.zhaoshang.desk.carrier.ui;

import atlantafx.base.theme.Styles;
import cn.zhaoshang.desk.carrier.Carrier;
import cn.zhaoshang.desk.carrier.CarrierAreas;
import cn.zhaoshang.desk.carrier.CarrierDetail;
import cn.zhaoshang.desk.carrier.CarrierProject;
import cn.zhaoshang.desk.carrier.CarrierService;
import cn.zhaoshang.desk.carrier.CarrierSummary;
import cn.zhaoshang.desk.common.ui.UiKit;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A carrier's detail: facts and figures, the carriers nested in it, the projects aiming at it or landed
 * in it by stage, and its occupancy over time. Edit, delete and "new nested carrier" are handed up.
 */
final class CarrierDetailView {
    /** What the detail asks its area to do. */
    interface Actions {
        void edit(Carrier carrier);

        void newChild(Carrier parent);

        void delete(Carrier carrier);

        void reload();
    }

    private final UiKit kit;
    private final VBox root = new VBox(16);

    CarrierDetailView(UiKit kit, CarrierService service, CarrierDetail detail, Actions actions) {
        this.kit = kit;
        root.setId("carrier-detail");
        root.setPadding(new Insets(16));
        Carrier c = detail.carrier();
        root.getChildren().addAll(header(detail.summary(), actions), facts(detail));
        if (!detail.children().isEmpty()) {
            root.getChildren().addAll(section("carrier.detail.children"), children(detail.children()));
        }
        root.getChildren().addAll(section("carrier.detail.projects"), projects(detail));
        root.getChildren().addAll(section("carrier.detail.occupancy"),
                new OccupancyPanel(kit, service, c.id(), detail.occupancy(), actions::reload).root());
    }

    Node root() {
        ScrollPane scroll = new ScrollPane(root);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private Node header(CarrierSummary s, Actions actions) {
        Label name = new Label(s.carrier().name());
        name.setId("carrier-detail-name");
        name.getStyleClass().add(Styles.TITLE_3);
        name.setWrapText(true);
        Label kind = new Label(kit.messages().label(s.carrier().kind()));
        kind.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.ACCENT);
        VBox title = new VBox(2, name, kind);
        if (s.parentName() != null) {
            Label parent = new Label(kit.t("carrier.detail.inside", s.parentName()));
            parent.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            title.getChildren().add(parent);
        }
        Button edit = button("carrier-edit", "carrier.action.edit", Feather.EDIT_2, () -> actions.edit(s.carrier()));
        edit.getStyleClass().add(Styles.ACCENT);
        edit.setTooltip(new Tooltip(kit.t("carrier.action.editHint")));
        Button child = button("carrier-new-child", "carrier.action.newChild", Feather.PLUS, () -> actions.newChild(s.carrier()));
        Button delete = button("carrier-delete", "carrier.action.delete", Feather.TRASH_2, () -> actions.delete(s.carrier()));
        delete.getStyleClass().addAll(Styles.DANGER, Styles.BUTTON_OUTLINED);
        HBox buttons = new HBox(8, edit, child, delete);
        buttons.setAlignment(Pos.CENTER_LEFT);
        return new VBox(10, title, buttons);
    }

    private Button button(String id, String key, Feather icon, Runnable action) {
        Button b = new Button(kit.t(key), new FontIcon(icon));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private Node facts(CarrierDetail d) {
        Carrier c = d.carrier();
        CarrierAreas a = d.summary().areas();
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        int r = 0;
        r = fact(grid, r, "carrier.field.totalArea", CarrierText.area(kit.messages(), a.total()), "carrier-detail-total");
        r = fact(grid, r, "carrier.field.vacantArea", CarrierText.area(kit.messages(), a.vacant()) + "　"
                + kit.t("carrier.detail.rate", CarrierText.rate(a.vacancyRate())), "carrier-detail-vacant");
        if (a.fromChildren()) {
            r = fact(grid, r, null, kit.t("carrier.detail.fromChildren"), "carrier-detail-areas-note");
        }
        String industries = d.industryNames().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining("、"));
        r = fact(grid, r, "carrier.field.focusIndustries", industries, "carrier-detail-industries");
        r = fact(grid, r, "carrier.field.address", c.address(), null);
        r = fact(grid, r, "carrier.field.operator", c.operator(), null);
        String contact = String.join("　", Stream.of(c.contactName(), c.contactPhone())
                .filter(Objects::nonNull).toList());
        fact(grid, r, "carrier.field.contact", contact, null);
        return grid;
    }

    private int fact(GridPane grid, int row, String labelKey, String value, String id) {
        Label label = new Label(labelKey == null ? "" : kit.t(labelKey));
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setMinWidth(84);
        Label text = new Label(value == null || value.isBlank() ? "—" : value);
        text.setWrapText(true);
        if (id != null) {
            text.setId(id);
        }
        grid.addRow(row, label, text);
        GridPane.setValignment(label, VPos.TOP);
        return row + 1;
    }

    private Label section(String key) {
        Label l = new Label(kit.t(key));
        l.getStyleClass().add(Styles.TITLE_4);
        return l;
    }

    private Node children(List<CarrierSummary> children) {
        TableView<CarrierSummary> table = new TableView<>();
        table.setId("carrier-children");
        table.getStyleClass().add(Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                column("carrier.field.name", s -> s.carrier().name()),
                column("carrier.field.kind", s -> kit.messages().label(s.carrier().kind())),
                column("carrier.field.totalArea", s -> CarrierText.area(kit.messages(), s.areas().total())),
                column("carrier.field.vacantArea", s -> CarrierText.area(kit.messages(), s.areas().vacant())),
                column("carrier.column.rate", s -> CarrierText.rate(s.areas().vacancyRate()))));
        table.getItems().setAll(children);
        table.setFixedCellSize(28);
        table.setPrefHeight(children.size() * 28 + 40);
        table.setMinHeight(Region.USE_PREF_SIZE);
        return table;
    }

    private Node projects(CarrierDetail d) {
        if (d.projects().isEmpty()) {
            Label none = new Label(kit.t("carrier.detail.noProjects"));
            none.setId("carrier-projects-empty");
            none.getStyleClass().add(Styles.TEXT_MUTED);
            none.setWrapText(true);
            return none;
        }
        long landed = d.projects().stream().filter(CarrierProject::landed).count();
        String stages = d.projectsByStage().entrySet().stream()
                .map(e -> kit.t("carrier.stage." + e.getKey()) + " " + e.getValue()).collect(Collectors.joining(" · "));
        Label summary = new Label(kit.t("carrier.detail.projectSummary", d.projects().size(), landed, stages));
        summary.setId("carrier-projects-summary");
        summary.setWrapText(true);
        TableView<CarrierProject> table = new TableView<>();
        table.setId("carrier-projects");
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<CarrierProject, String> name = column("carrier.project.name", CarrierProject::name);
        name.setPrefWidth(140);
        TableColumn<CarrierProject, String> company = column("carrier.project.company",
                p -> p.companyName() == null ? "—" : p.companyName());
        company.setPrefWidth(140);
        TableColumn<CarrierProject, String> stage = column("carrier.project.stage", p -> kit.t("carrier.stage." + p.stage()));
        stage.setPrefWidth(80);
        TableColumn<CarrierProject, String> investment = column("carrier.project.investment",
                p -> CarrierText.money(kit.messages(), p.plannedInvestment()));
        investment.setPrefWidth(90);
        table.getColumns().addAll(List.of(name, company, stage, investment));
        if (!d.children().isEmpty()) {
            // Only a carrier with nested carriers lists projects that sit in another carrier than itself.
            TableColumn<CarrierProject, String> where = column("carrier.project.carrier", CarrierProject::carrierName);
            where.setPrefWidth(110);
            table.getColumns().add(where);
        }
        table.getItems().setAll(d.projects());
        table.setFixedCellSize(28);
        table.setPrefHeight(Math.min(8, d.projects().size()) * 28 + 32);
        return new VBox(6, summary, table);
    }

    private <T> TableColumn<T, String> column(String key, Function<T, String> value) {
        TableColumn<T, String> col = new TableColumn<>(kit.t(key));
        col.setCellValueFactory(c -> new SimpleStringProperty(value.apply(c.getValue())));
        return col;
    }
}
