package cn.zhaoshang.desk.app.ui;

import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.security.User;
import cn.zhaoshang.desk.security.UserService;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Sign-in at start: choose who is working; a user with a password types it. On a fresh database
 * the first administrator is set up instead (a password is required there).
 */
final class SignInDialog {
    private SignInDialog() {
    }

    /** Signs a user in; empty when the user gave up. */
    static Optional<User> signIn(UiKit kit, UserService users, Window owner, String preselectedName) {
        List<User> all = users.list();
        User preselected = all.stream().filter(u -> u.username().equals(preselectedName)).findFirst().orElse(all.get(0));
        while (true) {
            Dialog<ButtonType> dialog = new Dialog<>();
            dialog.setTitle(kit.t("shell.user.chooseTitle"));
            dialog.setHeaderText(kit.t("shell.user.chooseHeader"));
            if (owner != null) {
                dialog.initOwner(owner);
            }
            ComboBox<User> who = new ComboBox<>();
            who.setId("signin-user");
            who.getItems().setAll(all);
            who.setConverter(new StringConverter<>() {
                @Override public String toString(User u) {
                    return u == null ? "" : kit.t("shell.user.label", u.displayName(), u.username(), kit.messages().label(u.role()));
                }
                @Override public User fromString(String s) {
                    return null;
                }
            });
            who.setValue(preselected);
            PasswordField password = new PasswordField();
            password.setId("signin-password");
            password.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                    () -> who.getValue() == null || !who.getValue().hasPassword(), who.valueProperty()));
            GridPane form = new GridPane();
            form.setHgap(8);
            form.setVgap(8);
            form.addRow(0, new Label(kit.t("shell.user.name")), who);
            form.addRow(1, new Label(kit.t("shell.user.password")), password);
            dialog.getDialogPane().setContent(form);
            dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
            Platform.runLater(() -> (password.isDisabled() ? who : password).requestFocus());
            Optional<ButtonType> answer = dialog.showAndWait();
            if (answer.isEmpty() || answer.get() != ButtonType.OK || who.getValue() == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(users.authenticate(who.getValue().username(), password.getText().toCharArray()));
            } catch (RuntimeException e) {
                kit.dialogs().showError(e);
                preselected = who.getValue();
            }
        }
    }

    /** A fresh database: the first user becomes its administrator, with a password. */
    /** The administrator just set up, with the password typed (an encryption by default needs it once). */
    record FirstAdmin(User user, char[] password) { }

    static Optional<FirstAdmin> firstAdmin(UiKit kit, UserService users, Window owner) {
        while (true) {
            Dialog<ButtonType> dialog = new Dialog<>();
            dialog.setTitle(kit.t("shell.user.firstTitle"));
            dialog.setHeaderText(kit.t("shell.user.firstHeader"));
            if (owner != null) {
                dialog.initOwner(owner);
            }
            TextField username = new TextField();
            username.setId("first-username");
            TextField display = new TextField();
            display.setId("first-display");
            PasswordField password = new PasswordField();
            password.setId("first-password");
            PasswordField repeated = new PasswordField();
            repeated.setId("first-repeat");
            GridPane form = new GridPane();
            form.setHgap(8);
            form.setVgap(8);
            form.addRow(0, new Label(kit.t("shell.user.username")), username);
            form.addRow(1, new Label(kit.t("shell.user.displayName")), display);
            form.addRow(2, new Label(kit.t("shell.user.password")), password);
            form.addRow(3, new Label(kit.t("shell.user.repeat")), repeated);
            dialog.getDialogPane().setContent(form);
            dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
            Platform.runLater(username::requestFocus);
            Optional<ButtonType> answer = dialog.showAndWait();
            if (answer.isEmpty() || answer.get() != ButtonType.OK) {
                return Optional.empty();
            }
            try {
                User admin = users.createFirstAdmin(username.getText(), display.getText(),
                        password.getText().toCharArray(), repeated.getText().toCharArray());
                return Optional.of(new FirstAdmin(admin, password.getText().toCharArray()));
            } catch (RuntimeException e) {
                kit.dialogs().showError(e);
            }
        }
    }
}
