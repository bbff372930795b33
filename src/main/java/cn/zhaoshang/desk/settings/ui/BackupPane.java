package cn.zhaoshang.desk.settings.ui;

import cn.zhaoshang.desk.backup.BackupService;
import cn.zhaoshang.desk.common.time.OfficeZone;
import cn.zhaoshang.desk.common.ui.DialogService.FileType;
import cn.zhaoshang.desk.common.ui.UiKit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Settings → 备份与恢复, for administrators: the backups folder (open it, move it to a USB drive or a synced
 * folder), the automatic backups in it, a backup now, and restoring one (the current database is kept aside;
 * the app reopens on the restored one).
 */
final class BackupPane {
    private static final FileType ZIP = new FileType("ZIP", "zip");
    private final UiKit kit;
    private final BackupService backups;
    private final Consumer<Path> restore;
    private final Label folder = new Label();
    private final ListView<String> list = new ListView<>();
    private final VBox root;

    BackupPane(UiKit kit, BackupService backups, Consumer<Path> restore) {
        this.kit = kit;
        this.backups = backups;
        this.restore = restore;
        Label title = new Label(kit.t("settings.backup.title"));
        title.getStyleClass().add("title-4");
        folder.setId("settings-backup-folder");
        folder.setWrapText(true);
        Button open = button("settings-backup-open", "settings.backup.openFolder", this::openFolder);
        Button move = button("settings-backup-move", "settings.backup.moveFolder", this::moveFolder);
        Button now = button("settings-backup-now", "settings.backup.now", this::backupNow);
        Button restoreButton = button("settings-backup-restore", "settings.backup.restore", this::restoreChosen);
        list.setId("settings-backup-list");
        list.setPrefHeight(150);
        list.setPlaceholder(new Label(kit.t("settings.backup.none")));
        Label hint = new Label(kit.t("settings.backup.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        root = new VBox(8, title, new HBox(8, new Label(kit.t("settings.backup.folder")), folder), new HBox(8, open, move),
                list, new HBox(8, now, restoreButton), hint);
        root.setId("settings-backup-pane");
        if (!backups.isAvailable()) {
            root.getChildren().setAll(title, new Label(kit.t("settings.backup.serverOnly")));
        }
        reload();
    }

    Node root() {
        return root;
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(kit.t(key));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private void reload() {
        folder.setText(backups.folder().toString());
        kit.tasks().run(kit.t("settings.backup.title"), p -> backups.list(), entries -> list.getItems().setAll(
                entries.stream().map(e -> e.name()).toList()), kit.dialogs()::showError);
    }

    private void openFolder() {
        Path dir = backups.folder();
        kit.tasks().run(kit.t("settings.backup.openFolder"), p -> {
            Files.createDirectories(dir);
            if (java.awt.Desktop.isDesktopSupported() && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.OPEN)) {
                java.awt.Desktop.getDesktop().open(dir.toFile());
                return true;
            }
            return false;
        }, opened -> {
            if (!opened) {
                kit.dialogs().showInfo(kit.t("settings.backup.folderIs", dir));
            }
        }, kit.dialogs()::showError);
    }

    private void moveFolder() {
        kit.dialogs().chooseDirectory(kit.t("settings.backup.moveFolder")).ifPresent(chosen -> {
            backups.setFolder(chosen);
            reload();
            kit.dialogs().notify(kit.t("settings.backup.moved", chosen));
        });
    }

    private void backupNow() {
        kit.dialogs().chooseFileToSave(kit.t("settings.backup.now"), "zhaoshang-" + LocalDate.now(OfficeZone.ZONE) + ".zip",
                ZIP).ifPresent(target -> kit.dialogs().runInBackground(kit.t("settings.backup.now"),
                p -> backups.backupTo(target), made -> kit.dialogs().notify(kit.t("settings.backup.made", made))));
    }

    /** The backup chosen in the list, else one picked from a file. */
    private void restoreChosen() {
        String picked = list.getSelectionModel().getSelectedItem();
        Optional<Path> chosen = picked != null ? Optional.of(backups.folder().resolve(picked))
                : kit.dialogs().chooseFileToOpen(kit.t("settings.backup.restore"), ZIP);
        if (chosen.isEmpty()) {
            return;
        }
        Path zip = chosen.get();
        if (kit.dialogs().confirm(kit.t("settings.backup.confirmRestore", zip.getFileName()))) {
            restore.accept(zip);
        }
    }
}
