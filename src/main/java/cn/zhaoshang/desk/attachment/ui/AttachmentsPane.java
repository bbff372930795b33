package cn.zhaoshang.desk.attachment.ui;

import cn.zhaoshang.desk.attachment.Attachment;
import cn.zhaoshang.desk.attachment.AttachmentOwner;
import cn.zhaoshang.desk.attachment.AttachmentService;
import cn.zhaoshang.desk.attachment.AttachmentStore;
import cn.zhaoshang.desk.common.ui.EmptyState;
import cn.zhaoshang.desk.common.ui.UiKit;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.UUID;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.slf4j.LoggerFactory;

/**
 * The files of a record: drop files on the list (or choose them), see a preview of an image or a PDF's
 * first page, open with the system's viewer, save a copy, remove to the trash. The size limit is said
 * up front.
 */
public final class AttachmentsPane {
    private final UiKit kit;
    private final AttachmentsViewModel vm;
    private final VBox root = new VBox(8);
    private final StackPane previewBox = new StackPane();

    /** The pane for a record kind, following the record shown. */
    public static Node of(UiKit kit, AttachmentService service, AttachmentOwner kind, ObservableValue<UUID> owner) {
        AttachmentsPane pane = new AttachmentsPane(kit, new AttachmentsViewModel(service, kind, kit.tasks(), kit.messages(),
                kit.dialogs()));
        owner.addListener((o, old, id) -> pane.vm.show(id));
        pane.vm.show(owner.getValue());
        return pane.root;
    }

    private AttachmentsPane(UiKit kit, AttachmentsViewModel vm) {
        this.kit = kit;
        this.vm = vm;
        root.setId("attachments");
        root.setPadding(new Insets(12));
        ListView<Attachment> list = new ListView<>(vm.items);
        list.setId("attachment-list");
        list.setPrefHeight(160);
        list.setPlaceholder(EmptyState.create(Feather.PAPERCLIP, kit.t("attachment.emptyTitle"),
                kit.t("attachment.emptyHint", AttachmentStore.MAX_BYTES / 1024 / 1024)));
        list.setCellFactory(l -> new ListCell<>() {
            @Override protected void updateItem(Attachment a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : kit.t("attachment.line", a.fileName(), size(a.sizeBytes()), a.addedBy(),
                        a.addedAt().toLocalDate()));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, old, a) -> vm.selected.set(a));
        list.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && vm.hasOwner()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        list.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                vm.add(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
        Button add = new Button(kit.t("attachment.action.add"), new FontIcon(Feather.PAPERCLIP));
        add.setId("attachment-add");
        add.setOnAction(e -> vm.addChosen());
        Button open = new Button(kit.t("attachment.action.open"));
        open.setId("attachment-open");
        open.disableProperty().bind(vm.selected.isNull());
        open.setOnAction(e -> vm.open(vm.selected.get(), this::showInSystem));
        Button save = new Button(kit.t("attachment.action.save"));
        save.setId("attachment-save");
        save.disableProperty().bind(vm.selected.isNull());
        save.setOnAction(e -> vm.download(vm.selected.get()));
        Button remove = new Button(null, new FontIcon(Feather.TRASH_2));
        remove.setId("attachment-remove");
        remove.getStyleClass().addAll("flat", "danger");
        remove.disableProperty().bind(vm.selected.isNull());
        remove.setOnAction(e -> {
            if (kit.dialogs().confirm(kit.t("attachment.removeConfirm", vm.selected.get().fileName()))) {
                vm.remove(vm.selected.get());
            }
        });
        Label hint = new Label(kit.t("attachment.hint", AttachmentStore.MAX_BYTES / 1024 / 1024));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        HBox bar = new HBox(6, add, open, save, remove);
        bar.setAlignment(Pos.CENTER_LEFT);
        previewBox.setId("attachment-preview");
        previewBox.setMinHeight(120);
        VBox.setVgrow(previewBox, Priority.ALWAYS);
        vm.preview.addListener((o, old, bytes) -> showPreview(bytes));
        root.getChildren().addAll(bar, hint, list, previewBox);
    }

    private void showPreview(byte[] bytes) {
        previewBox.getChildren().clear();
        Attachment a = vm.selected.get();
        if (bytes == null || a == null) {
            return;
        }
        Image image = a.preview() == Attachment.Preview.PDF ? PdfPreview.firstPage(bytes)
                : new Image(new ByteArrayInputStream(bytes));
        if (image == null || image.isError()) {
            previewBox.getChildren().add(new Label(kit.t("attachment.noPreview")));
            return;
        }
        ImageView view = new ImageView(image);
        view.setPreserveRatio(true);
        view.setFitHeight(220);
        view.setFitWidth(360);
        previewBox.getChildren().add(view);
    }

    private void showInSystem(Path copy) {
        // The system viewer opens the plain copy (in the temporary folder); AWT's Desktop when it is there.
        try {
            if (java.awt.Desktop.isDesktopSupported() && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.OPEN)) {
                java.awt.Desktop.getDesktop().open(copy.toFile());
                return;
            }
        } catch (IOException | UnsupportedOperationException e) {
            LoggerFactory.getLogger(AttachmentsPane.class).info("No system viewer for {}", copy, e);
        }
        kit.dialogs().showInfo(kit.t("attachment.openedAt", copy));
    }

    static String size(long bytes) {
        return bytes < 1024 * 1024 ? Math.max(1, bytes / 1024) + " KB" : String.format("%.1f MB", bytes / 1024.0 / 1024.0);
    }
}
