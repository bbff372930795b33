package cn.zhaoshang.desk.sync.ui;

import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.sync.SyncService;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The laptop's sync in the status bar: where it stands, a menu to sync now (Ctrl+Shift+S) or open the
 * conflict queue. It syncs when the window opens and every {@link #EVERY} while the app runs.
 */
public final class SyncStatusView {
    /** How often the laptop syncs by itself while the app runs. */
    static final Duration EVERY = Duration.minutes(5);

    private final MenuButton root = new MenuButton();

    public SyncStatusView(UiKit kit, SyncService sync, SyncStatusViewModel model) {
        root.setId("status-sync");
        root.getStyleClass().addAll("flat", "desk-sync-status");
        root.setMinWidth(Region.USE_PREF_SIZE); // the state is read at a glance: never shortened
        root.textProperty().bind(model.textProperty());
        root.setGraphic(new FontIcon(Feather.REFRESH_CW));
        root.setTooltip(new Tooltip(kit.t("sync.status.tip")));
        MenuItem now = new MenuItem(kit.t("sync.status.syncNow"));
        now.setId("sync-now");
        now.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        now.disableProperty().bind(model.busyProperty());
        now.setOnAction(e -> model.syncNow());
        MenuItem conflicts = new MenuItem(kit.t("sync.status.openConflicts"));
        conflicts.setId("sync-open-conflicts");
        conflicts.setOnAction(e -> ConflictsDialog.show(kit, sync, root.getScene().getWindow(), model::refresh));
        root.getItems().addAll(now, conflicts);
        model.stateProperty().addListener((obs, old, state) -> {
            root.getStyleClass().removeAll("danger", "warning");
            if (state == SyncStatusViewModel.State.CONFLICTS) {
                root.getStyleClass().add("danger");
            } else if (state == SyncStatusViewModel.State.OFFLINE) {
                root.getStyleClass().add("warning");
            }
        });
        Timeline every = new Timeline(new KeyFrame(EVERY, e -> model.syncNow()));
        every.setCycleCount(Timeline.INDEFINITE);
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null && old == null) {
                model.syncNow();
                every.play();
            } else if (scene == null) {
                every.stop();
            }
        });
        model.refresh();
    }

    public Node root() {
        return root;
    }
}
