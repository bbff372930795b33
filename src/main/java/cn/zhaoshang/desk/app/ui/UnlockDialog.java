package cn.zhaoshang.desk.app.ui;

import cn.zhaoshang.desk.common.ui.UiKit;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Sign-in before an encrypted database opens: the users are inside it, so the name is typed (not
 * chosen) and the password unlocks the file's key (decision 0008). The same password signs the user in.
 */
final class UnlockDialog {
    /** What was typed; the password is a char array so that it can be cleared after use. */
    record Credentials(String username, char[] password) {
    }

    private UnlockDialog() {
    }

    static Dialog<Credentials> build(UiKit kit, Window owner, String lastUser) {
        Dialog<Credentials> dialog = new Dialog<>();
        dialog.setTitle(kit.t("shell.unlock.title"));
        dialog.setHeaderText(kit.t("shell.unlock.header"));
        if (owner != null) {
            dialog.initOwner(owner);
        }
        TextField username = new TextField(lastUser == null ? "" : lastUser);
        username.setId("unlock-username");
        PasswordField password = new PasswordField();
        password.setId("unlock-password");
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label(kit.t("shell.user.username")), username);
        form.addRow(1, new Label(kit.t("shell.user.password")), password);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK
                ? new Credentials(username.getText().strip(), password.getText().toCharArray()) : null);
        Platform.runLater(() -> (username.getText().isEmpty() ? username : password).requestFocus());
        return dialog;
    }

    /** Asks for the name and password; empty when the user gave up. */
    static Optional<Credentials> ask(UiKit kit, Window owner, String lastUser) {
        return build(kit, owner, lastUser).showAndWait();
    }
}
