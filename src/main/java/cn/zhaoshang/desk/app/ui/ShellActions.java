package cn.zhaoshang.desk.app.ui;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * What the shell asks of the application: rebuild in another language, connect elsewhere, encrypt the
 * database (which closes and reopens it), restore a backup.
 */
public record ShellActions(Runnable languageChanged, Runnable changeConnection, Runnable encrypt, Consumer<Path> restore) {
    public static final ShellActions NONE = new ShellActions(() -> { }, () -> { }, () -> { }, zip -> { });
}
