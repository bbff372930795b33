package cn.zhaoshang.desk.common.ui;

import cn.zhaoshang.desk.common.config.LocalSettings;
import cn.zhaoshang.desk.common.i18n.Messages;

/**
 * What every screen needs besides its feature's service: texts, the dialog service, the background
 * runner and this computer's settings. Built once by the composition root.
 */
public record UiKit(Messages messages, DialogService dialogs, FxTaskRunner tasks, LocalSettings settings) {
    public String t(String key, Object... args) {
        return messages.get(key, args);
    }
}
