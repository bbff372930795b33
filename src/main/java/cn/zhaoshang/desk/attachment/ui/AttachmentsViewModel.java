package cn.zhaoshang.desk.attachment.ui;

import cn.zhaoshang.desk.attachment.Attachment;
import cn.zhaoshang.desk.attachment.AttachmentOwner;
import cn.zhaoshang.desk.attachment.AttachmentService;
import cn.zhaoshang.desk.common.background.TaskRunner;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.ui.DialogService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The files of one record: the list, adding (several at once, e.g. dropped), the preview's bytes of
 * the selected file, opening, saving a copy and removing to the trash. Each failure (a file too large,
 * unreadable) is reported on its own; the others still go in.
 */
public final class AttachmentsViewModel {
    // Properties
    public final ObservableList<Attachment> items = FXCollections.observableArrayList();
    public final ObjectProperty<Attachment> selected = new SimpleObjectProperty<>();
    /** The selected file's bytes when it can be previewed (an image or a PDF), else null. */
    public final ObjectProperty<byte[]> preview = new SimpleObjectProperty<>();

    private final AttachmentService service;
    private final AttachmentOwner kind;
    private final TaskRunner tasks;
    private final Messages messages;
    private final DialogService dialogs;
    private UUID ownerId;

    public AttachmentsViewModel(AttachmentService service, AttachmentOwner kind, TaskRunner tasks, Messages messages,
                                DialogService dialogs) {
        this.service = service;
        this.kind = kind;
        this.tasks = tasks;
        this.messages = messages;
        this.dialogs = dialogs;
        selected.addListener((o, old, a) -> loadPreview(a));
    }

    public void show(UUID owner) {
        ownerId = owner;
        items.clear();
        selected.set(null);
        if (owner != null) {
            reload();
        }
    }

    public boolean hasOwner() {
        return ownerId != null;
    }

    // Commands

    public void reload() {
        UUID asked = ownerId;
        tasks.run(messages.get("attachment.task.loading"), p -> service.of(kind, asked), found -> {
            if (asked.equals(ownerId)) {
                items.setAll(found);
            }
        }, dialogs::showError);
    }

    /** Asks for files, then adds them. */
    public void addChosen() {
        add(dialogs.chooseFilesToOpen(null));
    }

    /** Adds the files; what one of them refuses is reported, the rest are attached. */
    public void add(List<Path> files) {
        UUID owner = ownerId;
        if (owner == null || files.isEmpty()) {
            return;
        }
        tasks.run(messages.get("attachment.task.adding"), p -> {
            List<RuntimeException> refused = new ArrayList<>();
            for (Path f : files) {
                try {
                    service.add(kind, owner, f);
                } catch (RuntimeException e) {
                    refused.add(e);
                }
            }
            return refused;
        }, refused -> {
            reload();
            refused.forEach(dialogs::showError);
        }, dialogs::showError);
    }

    public void open(Attachment a, Consumer<Path> opened) {
        tasks.run(messages.get("attachment.task.opening"), p -> service.open(a.id()), opened, dialogs::showError);
    }

    /** Asks where, then saves a copy of the file there. */
    public void download(Attachment a) {
        dialogs.chooseFileToSave(null, a.fileName()).ifPresent(target ->
                tasks.run(messages.get("attachment.task.saving"), p -> {
                    service.download(a.id(), target);
                    return target;
                }, t -> dialogs.notify(messages.get("attachment.saved")), dialogs::showError));
    }

    public void remove(Attachment a) {
        tasks.run(messages.get("attachment.task.removing"), p -> {
            service.remove(a.id(), a.version());
            return a;
        }, r -> reload(), dialogs::showError);
    }

    private void loadPreview(Attachment a) {
        preview.set(null);
        if (a != null && a.preview() != Attachment.Preview.NONE) {
            tasks.run(messages.get("attachment.task.opening"), p -> service.bytes(a.id()), bytes -> {
                if (a.equals(selected.get())) {
                    preview.set(bytes);
                }
            }, dialogs::showError);
        }
    }
}
