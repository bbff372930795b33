package cn.zhaoshang.desk.app.ui;

/** What the shell asks of the application: rebuild in another language, connect elsewhere. */
public record ShellActions(Runnable languageChanged, Runnable changeConnection) {
    public static final ShellActions NONE = new ShellActions(() -> { }, () -> { });
}
