package cn.zhaoshang.desk.app.ui;

import cn.zhaoshang.desk.common.session.Session;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.security.UserService;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.InputEvent;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Locks the window after a while without input (setting security.idleMinutes, default 15): the
 * screen is replaced by a password prompt, so a laptop left open shows nothing. Only users with a
 * password are locked; nothing typed in the hidden screen is lost.
 */
final class IdleLock {
    private final Scene scene;
    private final UiKit kit;
    private final UserService users;
    private final PauseTransition timer;
    private Parent hidden;

    IdleLock(Scene scene, UiKit kit, UserService users) {
        this.scene = scene;
        this.kit = kit;
        this.users = users;
        double minutes = kit.settings().getDouble("security.idleMinutes", 15);
        this.timer = new PauseTransition(Duration.minutes(minutes));
        timer.setOnFinished(e -> lock());
        scene.addEventFilter(InputEvent.ANY, e -> {
            if (hidden == null) {
                timer.playFromStart();
            }
        });
        timer.playFromStart();
    }

    void stop() {
        timer.stop();
    }

    void lock() {
        Session session = users.session();
        boolean hasPassword = users.findByName(session.userName()).map(u -> u.hasPassword()).orElse(false);
        if (hidden != null || !hasPassword) {
            return;
        }
        hidden = scene.getRoot();
        PasswordField password = new PasswordField();
        password.setId("lock-password");
        password.setMaxWidth(260);
        Label text = new Label(kit.t("shell.lock.text", session.displayName()));
        text.setWrapText(true);
        text.setMaxWidth(360);
        Label error = new Label();
        error.getStyleClass().add("field-error");
        Button unlock = new Button(kit.t("shell.lock.unlock"), new FontIcon(Feather.UNLOCK));
        unlock.setId("lock-unlock");
        unlock.setDefaultButton(true);
        unlock.setOnAction(e -> {
            if (users.verifyCurrent(password.getText().toCharArray())) {
                scene.setRoot(hidden);
                hidden = null;
                timer.playFromStart();
            } else {
                error.setText(kit.t("security.error.badCredentials"));
                password.clear();
            }
        });
        FontIcon icon = new FontIcon(Feather.LOCK);
        icon.setIconSize(48);
        Label title = new Label(kit.t("shell.lock.title"));
        title.getStyleClass().add("title-2");
        VBox box = new VBox(14, icon, title, text, password, error, unlock);
        box.setAlignment(Pos.CENTER);
        box.setId("lock-screen");
        scene.setRoot(box);
        password.requestFocus();
    }
}
