package cn.zhaoshang.desk.settings.ui;

import cn.zhaoshang.desk.common.ui.Fonts;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.security.Role;
import cn.zhaoshang.desk.security.User;
import cn.zhaoshang.desk.security.UserService;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Settings → 用户与角色, for administrators: who may sign in, with which role; add a user, change a role,
 * set a new password. The rules (who may, what a password must be) are {@link UserService}'s; this screen
 * asks it and shows its refusals.
 */
final class UsersPane {
    private final UiKit kit;
    private final UserService users;
    private final TableView<User> table = new TableView<>();
    private final VBox root;

    UsersPane(UiKit kit, UserService users) {
        this.kit = kit;
        this.users = users;
        table.setId("settings-users");
        table.setPrefHeight(220);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("settings.users.username", User::username));
        table.getColumns().add(column("settings.users.displayName", User::displayName));
        table.getColumns().add(column("settings.users.role", u -> kit.messages().label(u.role())));
        table.getColumns().add(column("settings.users.password",
                u -> kit.t(u.hasPassword() ? "settings.users.passwordSet" : "settings.users.passwordNone")));
        Button add = new Button(kit.t("settings.users.add"));
        add.setId("settings-users-add");
        add.setOnAction(e -> addUser());
        Button role = new Button(kit.t("settings.users.changeRole"));
        role.setId("settings-users-role");
        role.setOnAction(e -> selected().ifPresent(this::changeRole));
        Button reset = new Button(kit.t("settings.users.reset"));
        reset.setId("settings-users-reset");
        reset.setOnAction(e -> selected().ifPresent(this::resetPassword));
        role.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        reset.disableProperty().bind(role.disableProperty());
        Label title = new Label(kit.t("settings.users.title"));
        title.getStyleClass().add("title-4");
        root = new VBox(8, title, table, new HBox(8, add, role, reset));
        root.setId("settings-users-pane");
        reload();
    }

    Node root() {
        return root;
    }

    private TableColumn<User, String> column(String key, Function<User, String> value) {
        TableColumn<User, String> column = new TableColumn<>(kit.t(key));
        column.setCellValueFactory(c -> new SimpleStringProperty(value.apply(c.getValue())));
        column.setMinWidth(90);
        return column;
    }

    private Optional<User> selected() {
        return Optional.ofNullable(table.getSelectionModel().getSelectedItem());
    }

    private void reload() {
        kit.tasks().run(kit.t("settings.users.title"), p -> users.list(), list -> table.getItems().setAll(list),
                kit.dialogs()::showError);
    }

    private void addUser() {
        TextField name = new TextField();
        name.setId("user-form-username");
        TextField display = new TextField();
        display.setId("user-form-display");
        ComboBox<Role> role = roleChoice(Role.RECRUITER);
        PasswordField password = new PasswordField();
        password.setId("user-form-password");
        PasswordField repeated = new PasswordField();
        repeated.setId("user-form-repeat");
        GridPane form = form();
        form.addRow(0, new Label(kit.t("settings.users.username")), name);
        form.addRow(1, new Label(kit.t("settings.users.displayName")), display);
        form.addRow(2, new Label(kit.t("settings.users.role")), role);
        form.addRow(3, new Label(kit.t("settings.users.newPassword")), password);
        form.addRow(4, new Label(kit.t("settings.users.repeatPassword")), repeated);
        if (ask("user-form", kit.t("settings.users.add"), form)) {
            if (!password.getText().equals(repeated.getText())) {
                kit.dialogs().showInfo(kit.t("settings.users.mismatch"));
                return;
            }
            kit.dialogs().runInBackground(kit.t("settings.users.add"), p -> users.create(name.getText().strip(),
                    display.getText().isBlank() ? null : display.getText().strip(), role.getValue(), null,
                    password.getText().toCharArray()), user -> {
                kit.dialogs().notify(kit.t("settings.users.added", user.username()));
                reload();
            });
        }
    }

    private void changeRole(User user) {
        ComboBox<Role> role = roleChoice(user.role());
        GridPane form = form();
        form.addRow(0, new Label(kit.t("settings.users.username")), new Label(user.username()));
        form.addRow(1, new Label(kit.t("settings.users.role")), role);
        if (ask("user-role-form", kit.t("settings.users.changeRole"), form)) {
            kit.dialogs().runInBackground(kit.t("settings.users.changeRole"), p -> users.changeRole(user.username(),
                    role.getValue()), changed -> reload());
        }
    }

    private void resetPassword(User user) {
        PasswordField password = new PasswordField();
        PasswordField repeated = new PasswordField();
        GridPane form = form();
        form.addRow(0, new Label(kit.t("settings.users.username")), new Label(user.username()));
        form.addRow(1, new Label(kit.t("settings.users.newPassword")), password);
        form.addRow(2, new Label(kit.t("settings.users.repeatPassword")), repeated);
        if (ask("user-password-form", kit.t("settings.users.reset"), form)) {
            if (!password.getText().equals(repeated.getText())) {
                kit.dialogs().showInfo(kit.t("settings.users.mismatch"));
                return;
            }
            kit.dialogs().runInBackground(kit.t("settings.users.reset"), p -> users.resetPassword(user.username(),
                    password.getText().toCharArray()), changed -> {
                kit.dialogs().notify(kit.t("settings.users.passwordChanged", user.username()));
                reload();
            });
        }
    }

    /** Roles by the names the app shows, each with what it may do, so 管理员 and 局领导 are not confused. */
    private ComboBox<Role> roleChoice(Role initial) {
        ComboBox<Role> role = new ComboBox<>();
        role.setId("user-form-role");
        role.getItems().setAll(List.of(Role.values()));
        role.setConverter(new StringConverter<>() {
            @Override public String toString(Role r) {
                return r == null ? "" : kit.messages().label(r) + " — " + kit.t("settings.users.roleHint." + r.name());
            }
            @Override public Role fromString(String text) {
                return null;
            }
        });
        role.setValue(initial);
        return role;
    }

    private static GridPane form() {
        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(10);
        form.setPadding(new Insets(8, 4, 8, 4));
        return form;
    }

    private boolean ask(String id, String title, Node content) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.getDialogPane().setId(id);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setStyle("-fx-font-family: \"" + Fonts.FAMILY + "\";");
        ButtonType ok = new ButtonType(kit.t("settings.users.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        if (root.getScene() != null) {
            dialog.initOwner(root.getScene().getWindow());
        }
        return dialog.showAndWait().filter(ok::equals).isPresent();
    }
}
