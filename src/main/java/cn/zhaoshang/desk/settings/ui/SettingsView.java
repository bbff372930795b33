package cn.zhaoshang.desk.settings.ui;

import cn.zhaoshang.desk.common.db.DatabaseInfoService;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.security.EncryptionService;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Settings of this computer: language and theme; where the data is and whether it is encrypted. */
public final class SettingsView {
    private final UiKit kit;
    private final VBox root = new VBox(16);

    /**
     * Encryption at rest as Settings shows it (decision 0144): the state, and for an administrator on a plain
     * file of this computer the switch that encrypts it ({@code encrypt} asks for the password, closes and reopens).
     */
    public record Encryption(EncryptionService service, java.util.function.BooleanSupplier demoDatabase, boolean administrator,
                             Runnable encrypt) { }

    public SettingsView(UiKit kit, DatabaseInfoService info, Runnable onLanguageChanged, Runnable onChangeConnection,
                        Encryption encryption) {
        this.kit = kit;
        root.setId("settings-view");
        root.setPadding(new Insets(24));
        Label title = new Label(kit.t("settings.title"));
        title.getStyleClass().add("title-2");

        ComboBox<String> language = new ComboBox<>();
        language.setId("settings-language");
        language.getItems().addAll("zh", "en");
        language.setConverter(new javafx.util.StringConverter<>() {
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
        theme.setConverter(new javafx.util.StringConverter<>() {
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
        form.addRow(0, new Label(kit.t("settings.language")), language);
        form.addRow(1, new Label(kit.t("settings.theme")), theme);
        form.addRow(2, new Label(kit.t("settings.database")), selectable(info.location()));
        form.addRow(3, new Label(kit.t("settings.engine")), new Label(info.engine().name()));
        form.addRow(4, new Label(kit.t("settings.schemaVersion")), new Label(info.schemaVersion()));
        javafx.scene.control.Button connection = new javafx.scene.control.Button(kit.t("settings.changeConnection"));
        connection.setId("settings-change-connection");
        connection.setOnAction(e -> onChangeConnection.run());
        form.add(connection, 1, 5);
        Label encryptionState = new Label();
        encryptionState.setId("settings-encryption");
        javafx.scene.control.Button encrypt = new javafx.scene.control.Button(kit.t("settings.encryption.switchOn"));
        encrypt.setId("settings-encrypt");
        encrypt.setVisible(false);
        encrypt.setOnAction(e -> encryption.encrypt().run());
        form.addRow(6, new Label(kit.t("settings.encryption")), new javafx.scene.layout.HBox(12, encryptionState, encrypt));
        kit.tasks().run(kit.t("settings.encryption"), p -> encryption.service().state(encryption.demoDatabase().getAsBoolean()),
                state -> {
                    encryptionState.setText(kit.t("settings.encryption." + state.name()));
                    boolean plain = state == EncryptionService.State.PLAIN || state == EncryptionService.State.PLAIN_DEMO;
                    encrypt.setVisible(plain && encryption.administrator());
                }, error -> encryptionState.setText(""));
        root.getChildren().addAll(title, form);
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
