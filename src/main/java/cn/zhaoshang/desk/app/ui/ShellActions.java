package cn.zhaoshang.desk.app.ui;

/**
 * What the shell asks of the application: rebuild in another language, connect elsewhere, encrypt the
 * database (which closes and reopens it).
 */
public record ShellActions(Runnable languageChanged, Runnable changeConnection, Runnable encrypt) {
    public static final ShellActions NONE = new ShellActions(() -> { }, () -> { }, () -> { });
}
