package cn.zhaoshang.desk.app.ui;

import cn.zhaoshang.desk.common.db.ServerProbe;
import cn.zhaoshang.desk.common.ui.UiKit;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * "This computer only", "team server" or "a laptop that works offline and syncs with a team server":
 * where the data lives. A server's address and user are remembered in this computer's settings; its
 * password never is.
 */
final class ConnectionDialog {
    /**
     * The choice; url null means this computer only. A laptop ({@code laptopUser} set) works on its own
     * copy and syncs with the server at {@code url}, tied once with the user's account there.
     */
    record ConnectionChoice(String url, String user, String password, String laptopUser, char[] laptopPassword) {
        ConnectionChoice(String url, String user, String password) {
            this(url, user, password, null, null);
        }

        boolean isServer() {
            return url != null && laptopUser == null;
        }

        boolean isLaptop() {
            return laptopUser != null;
        }
    }

    private ConnectionDialog() {
    }

    static Optional<ConnectionChoice> ask(UiKit kit, Window owner) {
        Dialog<ConnectionChoice> dialog = new Dialog<>();
        dialog.setTitle(kit.t("server.connection.title"));
        dialog.setHeaderText(kit.t("server.connection.header"));
        if (owner != null) {
            dialog.initOwner(owner);
        }
        ToggleGroup mode = new ToggleGroup();
        RadioButton local = new RadioButton(kit.t("server.connection.local"));
        local.setId("connection-local");
        RadioButton server = new RadioButton(kit.t("server.connection.server"));
        server.setId("connection-server");
        RadioButton laptop = new RadioButton(kit.t("server.connection.laptop"));
        laptop.setId("connection-laptop");
        local.setToggleGroup(mode);
        server.setToggleGroup(mode);
        laptop.setToggleGroup(mode);
        TextField laptopUser = new TextField();
        laptopUser.setId("connection-laptop-user");
        PasswordField laptopPassword = new PasswordField();
        laptopPassword.setId("connection-laptop-password");
        TextField url = new TextField(kit.settings().get("db.url").orElse("jdbc:postgresql://"));
        url.setId("connection-url");
        url.setPrefColumnCount(32);
        TextField user = new TextField(kit.settings().get("db.user").orElse("zhaoshang"));
        user.setId("connection-user");
        PasswordField password = new PasswordField();
        password.setId("connection-password");
        Label result = new Label();
        result.setWrapText(true);
        result.setMaxWidth(420);
        Button test = new Button(kit.t("server.connection.test"));
        test.setId("connection-test");
        test.setOnAction(e -> {
            result.setText(kit.t("server.connection.testing"));
            String u = url.getText().strip();
            String n = user.getText().strip();
            String p = password.getText();
            kit.tasks().run(kit.t("server.connection.test"), progress -> ServerProbe.test(u, n, p),
                    failure -> result.setText(failure.map(kit.messages()::describe).orElse(kit.t("server.connection.ok"))),
                    error -> result.setText(kit.messages().describe(error)));
        });
        GridPane fields = new GridPane();
        fields.setHgap(8);
        fields.setVgap(8);
        fields.setPadding(new Insets(0, 0, 0, 24));
        fields.addRow(0, new Label(kit.t("server.connection.url")), url);
        fields.addRow(1, new Label(kit.t("server.connection.user")), user);
        fields.addRow(2, new Label(kit.t("server.connection.password")), password);
        fields.add(test, 1, 3);
        fields.disableProperty().bind(server.selectedProperty().not().and(laptop.selectedProperty().not()));
        GridPane account = new GridPane();
        account.setHgap(8);
        account.setVgap(8);
        account.setPadding(new Insets(0, 0, 0, 24));
        account.addRow(0, new Label(kit.t("server.connection.laptopUser")), laptopUser);
        account.addRow(1, new Label(kit.t("server.connection.laptopPassword")), laptopPassword);
        Label laptopHint = new Label(kit.t("server.connection.laptopHint"));
        laptopHint.setWrapText(true);
        laptopHint.setMaxWidth(420);
        laptopHint.getStyleClass().add("text-muted");
        account.add(laptopHint, 0, 2, 2, 1);
        account.visibleProperty().bind(laptop.selectedProperty());
        account.managedProperty().bind(account.visibleProperty());
        mode.selectToggle(kit.settings().get("db.url").isPresent() ? server : local);
        VBox box = new VBox(10, local, server, laptop, fields, account, result);
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> {
            if (button != ButtonType.OK) {
                return null;
            }
            if (laptop.isSelected()) {
                return new ConnectionChoice(url.getText().strip(), user.getText().strip(), password.getText(),
                        laptopUser.getText().strip(), laptopPassword.getText().toCharArray());
            }
            return server.isSelected()
                    ? new ConnectionChoice(url.getText().strip(), user.getText().strip(), password.getText())
                    : new ConnectionChoice(null, null, null);
        });
        return dialog.showAndWait();
    }

    /** Remembers the choice in this computer's settings (never the password). */
    static void remember(UiKit kit, ConnectionChoice choice) {
        if (choice.isLaptop()) {
            return;   // remembered once the folder is tied (LaptopTie): a failed tie leaves a plain first start
        }
        kit.settings().put("db.mode", choice.isServer() ? "server" : "local");
        kit.settings().put("db.url", choice.url());
        kit.settings().put("db.user", choice.user());
        kit.settings().save();
    }
}
