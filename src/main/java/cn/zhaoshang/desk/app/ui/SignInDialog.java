package cn.zhaoshang.desk.app.ui;

import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.security.User;
import cn.zhaoshang.desk.security.UserService;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
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
 * Sign-in at start: in a demo database choose who is working; otherwise type name and password (and
 * choose your own password when an administrator set the one you have). On a fresh database the
 * first administrator is set up instead (a password is required there).
 */
final class SignInDialog {
    private SignInDialog() {
    }

    /**
     * Signs a user in; empty when the user gave up. A demo database (nobody has a password) offers its
     * users to choose from; otherwise the name is typed, so the dialog tells nobody who exists. A user
     * whose password an administrator set chooses their own before going on.
     */
    static Optional<User> signIn(UiKit kit, UserService users, Window owner, String preselectedName) {
        List<User> choices = users.signInChoices();
        String typedName = preselectedName;
        User chosen = choices.stream().filter(u -> u.username().equals(preselectedName)).findFirst()
                .orElse(choices.isEmpty() ? null : choices.get(0));
        while (true) {
            ComboBox<User> who = chooser(kit, choices, chosen);
            TextField name = new TextField(typedName == null ? "" : typedName);
            name.setId("signin-name");
            PasswordField password = new PasswordField();
            password.setId("signin-password");
            // Demo users have no password: the field is there but off.
            password.setDisable(!choices.isEmpty());
            Dialog<ButtonType> dialog = formDialog(kit, owner, kit.t("shell.user.chooseTitle"),
                    kit.t(choices.isEmpty() ? "shell.user.signInHeader" : "shell.user.chooseHeader"),
                    "shell.user.name", choices.isEmpty() ? name : who, "shell.user.password", password);
            Platform.runLater(() -> (choices.isEmpty() && !name.getText().isEmpty() ? password
                    : choices.isEmpty() ? name : who).requestFocus());
            Optional<ButtonType> answer = dialog.showAndWait();
            if (answer.isEmpty() || answer.get() != ButtonType.OK || (!choices.isEmpty() && who.getValue() == null)) {
                return Optional.empty();
            }
            String username = choices.isEmpty() ? name.getText() : who.getValue().username();
            char[] typed = password.getText().toCharArray();
            try {
                User user = users.authenticate(username, typed);
                if (users.session().passwordChangeRequired() && choosePassword(kit, users, owner, typed).isEmpty()) {
                    users.signOut();
                    return Optional.empty();
                }
                return Optional.of(user);
            } catch (RuntimeException e) {
                kit.dialogs().showError(e);
                typedName = username;
                chosen = who.getValue();
            }
        }
    }

    private static ComboBox<User> chooser(UiKit kit, List<User> choices, User chosen) {
        ComboBox<User> who = new ComboBox<>();
        who.setId("signin-user");
        who.getItems().setAll(choices);
        who.setConverter(new StringConverter<>() {
            @Override public String toString(User u) {
                return u == null ? "" : kit.t("shell.user.label", u.displayName(), u.username(), kit.messages().label(u.role()));
            }
            @Override public User fromString(String s) {
                return null;
            }
        });
        who.setValue(chosen);
        return who;
    }

    /**
     * The first sign-in with a password an administrator set: the user chooses their own (the only
     * thing they may do until then). Empty when they gave up.
     */
    static Optional<User> choosePassword(UiKit kit, UserService users, Window owner, char[] current) {
        while (true) {
            PasswordField next = new PasswordField();
            next.setId("new-password");
            PasswordField repeated = new PasswordField();
            repeated.setId("new-password-repeat");
            Dialog<ButtonType> dialog = formDialog(kit, owner, kit.t("shell.user.newPasswordTitle"),
                    kit.t("shell.user.newPasswordHeader", users.session().displayName()),
                    "shell.user.password", next, "shell.user.repeat", repeated);
            Platform.runLater(next::requestFocus);
            Optional<ButtonType> answer = dialog.showAndWait();
            if (answer.isEmpty() || answer.get() != ButtonType.OK) {
                return Optional.empty();
            }
            try {
                return Optional.of(users.changeOwnPassword(current, next.getText().toCharArray(),
                        repeated.getText().toCharArray()));
            } catch (RuntimeException e) {
                kit.dialogs().showError(e);
            }
        }
    }

    /** A fresh database: the first user becomes its administrator, with a password. */
    /** The administrator just set up, with the password typed (an encryption by default needs it once). */
    record FirstAdmin(User user, char[] password) { }

    static Optional<FirstAdmin> firstAdmin(UiKit kit, UserService users, Window owner) {
        while (true) {
            TextField username = new TextField();
            username.setId("first-username");
            TextField display = new TextField();
            display.setId("first-display");
            PasswordField password = new PasswordField();
            password.setId("first-password");
            PasswordField repeated = new PasswordField();
            repeated.setId("first-repeat");
            Dialog<ButtonType> dialog = formDialog(kit, owner, kit.t("shell.user.firstTitle"),
                    kit.t("shell.user.firstHeader"), "shell.user.username", username, "shell.user.displayName", display,
                    "shell.user.password", password, "shell.user.repeat", repeated);
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

    /** A dialog with OK and Cancel around labelled fields, given as label key, field, label key, field … */
    private static Dialog<ButtonType> formDialog(UiKit kit, Window owner, String title, String header, Object... rows) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        for (int i = 0; i + 1 < rows.length; i += 2) {
            form.addRow(i / 2, new Label(kit.t((String) rows[i])), (Node) rows[i + 1]);
        }
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        return dialog;
    }
}
