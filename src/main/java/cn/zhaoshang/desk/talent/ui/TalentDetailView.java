package cn.zhaoshang.desk.talent.ui;

import atlantafx.base.theme.Styles;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.talent.Talent;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** A person of the inventory, read-only, with edit and delete. */
final class TalentDetailView {
    private final UiKit kit;
    private final VBox root = new VBox(14);

    TalentDetailView(UiKit kit, Talent t, Runnable onEdit, Runnable onDelete) {
        this.kit = kit;
        root.setId("talent-detail");
        root.setPadding(new Insets(16));
        Label name = new Label(t.name());
        name.setId("talent-detail-name");
        name.getStyleClass().add(Styles.TITLE_3);
        Label level = new Label(t.level() == null ? kit.t("talent.form.noLevel") : kit.messages().label(t.level()));
        level.setId("talent-detail-level");
        level.getStyleClass().addAll(Styles.ACCENT, Styles.TEXT_SMALL);
        Button edit = new Button(kit.t("talent.action.edit"), new FontIcon(Feather.EDIT_2));
        edit.setId("talent-edit");
        edit.getStyleClass().add(Styles.ACCENT);
        edit.setOnAction(e -> onEdit.run());
        Button delete = new Button(kit.t("talent.action.delete"), new FontIcon(Feather.TRASH_2));
        delete.setId("talent-delete");
        delete.getStyleClass().addAll(Styles.DANGER, Styles.BUTTON_OUTLINED);
        delete.setOnAction(e -> onDelete.run());
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        int r = 0;
        r = fact(grid, r, "talent.column.company", t.companyName());
        r = fact(grid, r, "talent.column.unit", t.unitName());
        r = fact(grid, r, "talent.column.field", t.field());
        r = fact(grid, r, "talent.column.title", t.title());
        r = fact(grid, r, "talent.column.honours", t.honours());
        r = fact(grid, r, "talent.column.arrivedOn", t.arrivedOn() == null ? null : t.arrivedOn().toString());
        r = fact(grid, r, "talent.column.mobile", t.mobile());
        fact(grid, r, "talent.column.email", t.email());
        Label privacy = new Label(kit.t("talent.detail.privacy"));
        privacy.setWrapText(true);
        privacy.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        root.getChildren().addAll(new VBox(2, name, level), new HBox(8, edit, delete), grid, privacy);
    }

    Node root() {
        ScrollPane scroll = new ScrollPane(root);
        scroll.setFitToWidth(true);
        return scroll;
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
}
