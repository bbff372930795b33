package cn.zhaoshang.desk.policy.ui;

import atlantafx.base.theme.Styles;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.policy.Policy;
import cn.zhaoshang.desk.policy.PolicyAttachment;
import cn.zhaoshang.desk.policy.PolicyService;
import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The files of a policy version: add (stored beside the database by hash), open (a copy under its
 * own name in a temporary folder, so the system picks the right program), save a copy, remove.
 */
final class AttachmentsPanel {
    private final UiKit kit;
    private final PolicyService service;
    private final VBox root = new VBox(6);

    AttachmentsPanel(UiKit kit, PolicyService service, Policy policy, List<PolicyAttachment> attachments, Runnable reload) {
        this.kit = kit;
        this.service = service;
        root.setId("policy-attachments");
        if (attachments.isEmpty()) {
            Label none = new Label(kit.t("policy.attachments.none"));
            none.getStyleClass().add(Styles.TEXT_MUTED);
            root.getChildren().add(none);
        }
        for (PolicyAttachment a : attachments) {
            root.getChildren().add(row(policy, a, reload));
        }
        if (policy.isCurrent()) {
            Button add = new Button(kit.t("policy.attachments.add"), new FontIcon(Feather.PAPERCLIP));
            add.setId("policy-attach");
            add.setOnAction(e -> choose(policy, reload));
            root.getChildren().add(add);
        }
    }

    Node root() {
        return root;
    }

    private Node row(Policy policy, PolicyAttachment a, Runnable reload) {
        Label name = new Label(a.fileName() + "  (" + size(a.sizeBytes()) + ")", new FontIcon(Feather.FILE));
        name.setId("policy-attachment-name");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button open = small("policy-attachment-open", "policy.attachments.open", () -> open(a));
        Button save = small("policy-attachment-save", "policy.attachments.saveAs", () -> saveAs(a));
        HBox row = new HBox(6, name, spacer, open, save);
        if (policy.isCurrent()) {
            row.getChildren().add(small("policy-attachment-remove", "policy.attachments.remove", () -> {
                if (kit.dialogs().confirm(kit.t("policy.attachments.removeConfirm", a.fileName()))) {
                    kit.dialogs().runInBackground(kit.t("policy.task.save"), p -> {
                        service.removeAttachment(a.id(), a.version());
                        return null;
                    }, done -> reload.run());
                }
            }));
        }
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Button small(String id, String key, Runnable action) {
        Button b = new Button(kit.t(key));
        b.setId(id);
        b.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void choose(Policy policy, Runnable reload) {
        kit.dialogs().chooseFileToOpen(kit.t("policy.attachments.add")).ifPresent(file ->
                kit.dialogs().runInBackground(kit.t("policy.task.attach"), p -> service.attach(policy.id(), file),
                        added -> {
                            kit.dialogs().notify(kit.t("policy.attachments.added", added.fileName()));
                            reload.run();
                        }));
    }

    private void open(PolicyAttachment a) {
        kit.dialogs().runInBackground(kit.t("policy.task.open"), p -> {
            Path stored = service.attachmentFile(a);
            try {
                Path copy = Files.createTempDirectory("zhaoshang-").resolve(a.fileName());
                Files.copy(stored, copy, StandardCopyOption.REPLACE_EXISTING);
                if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                    Desktop.getDesktop().open(copy.toFile());
                    return null;
                }
                return copy;
            } catch (IOException e) {
                throw new DeskException(e, "policy.error.openFailed", a.fileName());
            }
        }, notOpened -> {
            if (notOpened != null) {
                kit.dialogs().showInfo(kit.t("policy.attachments.openManually", notOpened));
            }
        });
    }

    private void saveAs(PolicyAttachment a) {
        kit.dialogs().chooseFileToSave(null, a.fileName()).ifPresent(target ->
                kit.dialogs().runInBackground(kit.t("policy.task.open"), p -> {
                    Path stored = service.attachmentFile(a);
                    try {
                        Files.copy(stored, target, StandardCopyOption.REPLACE_EXISTING);
                    } catch (IOException e) {
                        throw new DeskException(e, "policy.error.saveFailed", target);
                    }
                    return target;
                }, saved -> kit.dialogs().notify(kit.t("policy.attachments.saved", saved.getFileName().toString()))));
    }

    private static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return (bytes / 1024) + " KB";
        }
        return String.format("%.1f MB", bytes / 1024.0 / 1024.0);
    }
}
