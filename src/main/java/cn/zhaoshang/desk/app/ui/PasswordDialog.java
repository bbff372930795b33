package cn.zhaoshang.desk.app.ui;

import cn.zhaoshang.desk.app.Composition;
import cn.zhaoshang.desk.common.i18n.Messages;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.PasswordField;
import javafx.stage.Window;

/** Asks for the team server's password at start; it is kept in memory only. */
final class PasswordDialog implements Composition.PasswordPrompt {
    private final Messages messages;
    private final Window owner;

    PasswordDialog(Messages messages, Window owner) {
        this.messages = messages;
        this.owner = owner;
    }

    @Override
    public String ask(String user, String url) {
        Dialog<String> dialog = new Dialog<>();
        dialog.setTitle(messages.get("server.password.title"));
        dialog.setHeaderText(messages.get("server.password.header", user, url));
        if (owner != null) {
            dialog.initOwner(owner);
        }
        PasswordField field = new PasswordField();
        field.setId("server-password");
        dialog.getDialogPane().setContent(field);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK ? field.getText() : null);
        Platform.runLater(field::requestFocus);
        return dialog.showAndWait().orElse(null);
    }
}
