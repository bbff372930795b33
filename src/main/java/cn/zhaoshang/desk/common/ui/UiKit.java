package cn.zhaoshang.desk.common.ui;

import cn.zhaoshang.desk.common.config.LocalSettings;
import cn.zhaoshang.desk.common.i18n.Messages;

/**
 * What every screen needs besides its feature's service: texts, the dialog service, the background
 * runner, this computer's settings, and word of changes made by others. Built once by the
 * composition root.
 */
public record UiKit(Messages messages, DialogService dialogs, FxTaskRunner tasks, LocalSettings settings,
                    LiveRefresh live) {
    /** A kit whose screens hear of no changes by others (tests, a single computer). */
    public UiKit(Messages messages, DialogService dialogs, FxTaskRunner tasks, LocalSettings settings) {
        this(messages, dialogs, tasks, settings, new LiveRefresh());
    }

    public String t(String key, Object... args) {
        return messages.get(key, args);
    }
}
