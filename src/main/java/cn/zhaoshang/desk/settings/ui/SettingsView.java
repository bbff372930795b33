package cn.zhaoshang.desk.settings.ui;

import cn.zhaoshang.desk.backup.BackupService;
import cn.zhaoshang.desk.common.db.DatabaseInfoService;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.security.EncryptionService;
import cn.zhaoshang.desk.security.UserService;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Settings of this computer: language and theme; where the data is and whether it is encrypted. For
 * administrators also users and roles, and backups (the folder, a backup now, restoring one).
 */
public final class SettingsView {
    private final UiKit kit;
    private final VBox root = new VBox(16);

    /**
     * Encryption at rest as Settings shows it (decision 0144): the state, and for an administrator on a plain
     * file of this computer the switch that encrypts it ({@code encrypt} asks for the password, closes and reopens).
     */
    public record Encryption(EncryptionService service, BooleanSupplier demoDatabase, boolean administrator,
                             Runnable encrypt) { }

    public SettingsView(UiKit kit, DatabaseInfoService info, Runnable onLanguageChanged, Runnable onChangeConnection) {
        this(kit, info, onLanguageChanged, onChangeConnection, null, null, null, zip -> { });
    }

    public SettingsView(UiKit kit, DatabaseInfoService info, Runnable onLanguageChanged, Runnable onChangeConnection,
                        Encryption encryption) {
        this(kit, info, onLanguageChanged, onChangeConnection, encryption, null, null, zip -> { });
    }

    public SettingsView(UiKit kit, DatabaseInfoService info, Runnable onLanguageChanged, Runnable onChangeConnection,
                        UserService users, BackupService backups,
                        Consumer<Path> restore) {
        this(kit, info, onLanguageChanged, onChangeConnection, null, users, backups, restore);
    }

    /** With the encryption state (null: not shown) and the administrator's sections when the person signed in may manage users. */
    public SettingsView(UiKit kit, DatabaseInfoService info, Runnable onLanguageChanged, Runnable onChangeConnection,
                        Encryption encryption, UserService users,
                        BackupService backups, Consumer<Path> restore) {
        this.kit = kit;
        root.setId("settings-view");
        root.setPadding(new Insets(24));
        Label title = new Label(kit.t("settings.title"));
        title.getStyleClass().add("title-2");

        ComboBox<String> language = new ComboBox<>();
        language.setId("settings-language");
        language.getItems().addAll("zh", "en");
        language.setConverter(new StringConverter<>() {
            @Override public String toString(String code) {
                return code == null ? "" : kit.t("settings.language." + code);
            }
            @Override public String fromString(String text) {
                return text;
            }
        });
        language.setValue(kit.messages().isChinese() ? "zh" : "en");
        language.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(old)) {
                kit.settings().put("ui.language", now);
                kit.settings().save();
                onLanguageChanged.run();
            }
        });

        ComboBox<String> theme = new ComboBox<>();
        theme.setId("settings-theme");
        theme.getItems().addAll("light", "dark");
        theme.setConverter(new StringConverter<>() {
            @Override public String toString(String code) {
                return code == null ? "" : kit.t("settings.theme." + code);
            }
            @Override public String fromString(String text) {
                return text;
            }
        });
        theme.setValue(kit.settings().get("ui.theme").orElse("light"));
        theme.valueProperty().addListener((obs, old, now) -> {
            kit.settings().put("ui.theme", now);
            kit.settings().save();
            Themes.apply(now);
        });

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(12);
        // A row's name is never cut: when the window is narrow the value beside it (the long file path) gives way.
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.SOMETIMES);
        form.getColumnConstraints().addAll(names, values);
        form.addRow(0, new Label(kit.t("settings.language")), language);
        form.addRow(1, new Label(kit.t("settings.theme")), theme);
        form.addRow(2, new Label(kit.t("settings.database")), selectable(info.location()));
        form.addRow(3, new Label(kit.t("settings.engine")), new Label(info.engine().name()));
        form.addRow(4, new Label(kit.t("settings.schemaVersion")), new Label(info.schemaVersion()));
        Button connection = new Button(kit.t("settings.changeConnection"));
        connection.setId("settings-change-connection");
        connection.setOnAction(e -> onChangeConnection.run());
        form.add(connection, 1, 5);
        if (encryption != null) {
            Label encryptionState = new Label();
            encryptionState.setId("settings-encryption");
            Button encrypt = new Button(kit.t("settings.encryption.switchOn"));
            encrypt.setId("settings-encrypt");
            encrypt.setVisible(false);
            encrypt.setOnAction(e -> encryption.encrypt().run());
            form.addRow(6, new Label(kit.t("settings.encryption")), new HBox(12, encryptionState, encrypt));
            kit.tasks().run(kit.t("settings.encryption"), p -> encryption.service().state(encryption.demoDatabase().getAsBoolean()),
                    state -> {
                        encryptionState.setText(kit.t("settings.encryption." + state.name()));
                        boolean plain = state == EncryptionService.State.PLAIN || state == EncryptionService.State.PLAIN_DEMO;
                        encrypt.setVisible(plain && encryption.administrator());
                    }, error -> encryptionState.setText(""));
        }
        root.getChildren().addAll(title, form);
        if (users != null && users.access().mayManageUsers()) {
            Separator line = new Separator();
            root.getChildren().addAll(line, new UsersPane(kit, users).root());
            if (backups != null) {
                root.getChildren().addAll(new Separator(), new BackupPane(kit, backups, restore).root());
            }
        }
    }

    private static Label selectable(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }

    public Node root() {
        ScrollPane scroll = new ScrollPane(root);
        scroll.setFitToWidth(true);
        return scroll;
    }

    UiKit kit() {
        return kit;
    }
}
