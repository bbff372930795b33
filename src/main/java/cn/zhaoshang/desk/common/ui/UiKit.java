package cn.zhaoshang.desk.common.ui;

import cn.zhaoshang.desk.common.config.LocalSettings;
import cn.zhaoshang.desk.common.i18n.Messages;

/**
 * What every screen needs besides its feature's service: texts, the dialog service, the background
 * runner, this computer's settings, word of changes made by others, and links that open any record. Built once by the
 * composition root. The kit holds the JavaFX side of each seam; a view passes its view model the interfaces
 * ({@link DialogService}, {@code TaskRunner}), which tests replace.
 */
public record UiKit(Messages messages, FxDialogService dialogs, FxTaskRunner tasks, LocalSettings settings,
                    LiveRefresh live, RecordLinks links) {
    /** A kit whose screens hear of no changes by others (tests, a single computer). */
    public UiKit(Messages messages, FxDialogService dialogs, FxTaskRunner tasks, LocalSettings settings) {
        this(messages, dialogs, tasks, settings, new LiveRefresh());
    }

    /** A kit whose links open nothing until a main window takes them (tests of one screen). */
    public UiKit(Messages messages, FxDialogService dialogs, FxTaskRunner tasks, LocalSettings settings, LiveRefresh live) {
        this(messages, dialogs, tasks, settings, live, new RecordLinks());
    }

    public String t(String key, Object... args) {
        return messages.get(key, args);
    }
}
