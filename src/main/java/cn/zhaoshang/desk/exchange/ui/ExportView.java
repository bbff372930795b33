package cn.zhaoshang.desk.exchange.ui;

import cn.zhaoshang.desk.common.ui.ProgressDialog;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.exchange.ExportColumn;
import cn.zhaoshang.desk.exchange.ExportFormat;
import java.io.File;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/** The contact-list export form (导出通讯录). */
public final class ExportView {
    private final UiKit kit;
    private final ExportViewModel model;
    private final VBox root = new VBox(14);

    public ExportView(UiKit kit, ExportViewModel model) {
        this.kit = kit;
        this.model = model;
        root.setId("export-view");
        root.setPadding(new Insets(20, 24, 20, 24));
        Label intro = new Label(kit.t("exchange.export.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("text-muted");

        GridPane filter = new GridPane();
        filter.setHgap(12);
        filter.setVgap(10);
        filter.addRow(0, new Label(kit.t("exchange.export.industry")), field("export-industry", model.industry(), "65"),
                new Label(kit.t("exchange.export.division")), field("export-division", model.division(), "4101"));
        filter.addRow(1, new Label(kit.t("exchange.export.status")), field("export-status", model.status(), "跟进中"),
                new Label(kit.t("exchange.export.team")), field("export-team", model.team(), ""));
        filter.addRow(2, new Label(kit.t("exchange.export.tag")), field("export-tag", model.tag(), ""),
                new Label(kit.t("exchange.export.name")), field("export-name", model.name(), ""));
        filter.addRow(3, new Label(kit.t("exchange.export.stage")), field("export-stage", model.stage(), "签约"));
        Button count = new Button(kit.t("exchange.export.countButton"));
        count.setId("export-count");
        count.setOnAction(e -> model.count());
        Label counted = new Label();
        counted.setId("export-count-text");
        counted.textProperty().bind(model.countText());
        HBox countRow = new HBox(10, count, counted);
        countRow.setAlignment(Pos.CENTER_LEFT);

        FlowPane columns = new FlowPane(12, 8);
        for (ExportColumn c : ExportColumn.values()) {
            CheckBox box = new CheckBox(kit.messages().label(c));
            box.setId("export-column-" + c.name());
            box.setSelected(true);
            box.selectedProperty().addListener((obs, old, on) -> {
                model.columns().remove(c);
                if (on) {
                    int at = 0;
                    while (at < model.columns().size() && model.columns().get(at).ordinal() < c.ordinal()) {
                        at++;
                    }
                    model.columns().add(at, c);
                }
            });
            columns.getChildren().add(box);
        }

        ComboBox<ExportFormat> format = new ComboBox<>();
        format.setId("export-format");
        format.getItems().setAll(ExportFormat.values());
        format.setConverter(new StringConverter<>() {
            @Override public String toString(ExportFormat f) {
                return f == null ? "" : kit.messages().label(f);
            }
            @Override public ExportFormat fromString(String s) {
                return null;
            }
        });
        format.valueProperty().bindBidirectional(model.format());
        CheckBox mask = new CheckBox(kit.t("exchange.export.mask"));
        mask.setId("export-mask");
        mask.selectedProperty().bindBidirectional(model.mask());
        if (model.maskFixed()) {
            model.mask().set(true);
            mask.setDisable(true);
        }
        TextField file = field("export-file", model.file(), kit.t("exchange.export.filePrompt"));
        file.setPrefColumnCount(40);
        Button browse = new Button(kit.t("exchange.wizard.browse"));
        browse.setId("export-browse");
        browse.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName(kit.t("exchange.export.sheet") + "." + model.format().get().extension());
            File chosen = chooser.showSaveDialog(root.getScene().getWindow());
            if (chosen != null) {
                model.file().set(chosen.getAbsolutePath());
            }
        });
        Button export = new Button(kit.t("exchange.export.run"));
        export.setId("export-run");
        export.getStyleClass().add("accent");
        export.disableProperty().bind(model.file().isEmpty());
        export.setOnAction(e -> run());
        GridPane output = new GridPane();
        output.setHgap(12);
        output.setVgap(10);
        output.addRow(0, new Label(kit.t("exchange.export.format")), format, mask);
        output.addRow(1, new Label(kit.t("exchange.export.file")), new HBox(8, file, browse));
        Label message = new Label();
        message.setId("export-message");
        message.setWrapText(true);
        message.textProperty().bind(model.message());
        Label error = new Label();
        error.setId("export-error");
        error.setWrapText(true);
        error.getStyleClass().add("field-error");
        error.textProperty().bind(model.error());

        root.getChildren().addAll(intro, section("exchange.export.filter"), filter, countRow,
                section("exchange.export.columns"), columns, section("exchange.export.output"), output,
                new HBox(10, export), message, error);
    }

    private void run() {
        try {
            var task = kit.tasks().start(kit.t("exchange.export.running"), model.exportJob(), model::finished, model::failed);
            ProgressDialog.show(root.getScene().getWindow(), task);
        } catch (RuntimeException e) {
            model.failed(e);
        }
    }

    private Label section(String key) {
        Label label = new Label(kit.t(key));
        label.getStyleClass().add("title-4");
        return label;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    public Node root() {
        ScrollPane scroll = new ScrollPane(root);
        scroll.setFitToWidth(true);
        return scroll;
    }
}
