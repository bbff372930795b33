package cn.zhaoshang.desk.task.ui;

import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.task.LinkedRecord;
import cn.zhaoshang.desk.task.TaskService;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A search field for a company or project to link: companies come from the company search,
 * projects from their names. Typing pauses briefly before searching (in the background); picking
 * a match hands it on and clears the field.
 */
final class LinkPicker {
    static final int LIMIT = 8;
    private final UiKit kit;
    private final TaskService tasks;
    private final TextField field = new TextField();
    private final ContextMenu matches = new ContextMenu();
    private final PauseTransition typing = new PauseTransition(Duration.millis(250));
    private Consumer<LinkedRecord> onPick = r -> { };
    private long generation;

    LinkPicker(UiKit kit, TaskService tasks, String id) {
        this.kit = kit;
        this.tasks = tasks;
        field.setId(id);
        field.setPromptText(kit.t("task.link.prompt"));
        matches.setId(id + "-matches");
        typing.setOnFinished(e -> search(field.getText()));
        field.textProperty().addListener((obs, old, now) -> typing.playFromStart());
        field.setOnAction(e -> search(field.getText()));
    }

    TextField field() {
        return field;
    }

    void setOnPick(Consumer<LinkedRecord> onPick) {
        this.onPick = onPick;
    }

    private void search(String text) {
        long mine = ++generation;
        if (text == null || text.isBlank()) {
            matches.hide();
            return;
        }
        kit.tasks().run(kit.t("task.job.searching"), p -> tasks.findLinkable(text, LIMIT), found -> {
            if (mine == generation) {
                show(found);
            }
        }, kit.dialogs()::showError);
    }

    private void show(List<LinkedRecord> found) {
        matches.getItems().clear();
        if (found.isEmpty()) {
            CustomMenuItem none = new CustomMenuItem(new Label(kit.t("task.link.none")), false);
            none.setDisable(true);
            matches.getItems().add(none);
        }
        for (LinkedRecord r : found) {
            FontIcon icon = new FontIcon(r.kind() == LinkedRecord.Kind.COMPANY ? Feather.BRIEFCASE : Feather.LAYERS);
            Label label = new Label(r.name() + "（" + kit.t("task.link.kind." + r.kind().name()) + "）", icon);
            CustomMenuItem item = new CustomMenuItem(label, true);
            item.setOnAction(e -> {
                generation++;
                field.clear();
                matches.hide();
                onPick.accept(r);
            });
            matches.getItems().add(item);
        }
        if (field.getScene() != null && field.isFocused()) {
            matches.show(field, Side.BOTTOM, 0, 0);
        }
    }
}
