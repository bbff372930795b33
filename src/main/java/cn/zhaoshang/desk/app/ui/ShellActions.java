package cn.zhaoshang.desk.app.ui;

import java.nio.file.Path;
import java.util.function.Consumer;

/** What the shell asks of the application: rebuild in another language, connect elsewhere, restore a backup. */
public record ShellActions(Runnable languageChanged, Runnable changeConnection, Consumer<Path> restore) {
    public static final ShellActions NONE = new ShellActions(() -> { }, () -> { }, zip -> { });
}
