package cn.zhaoshang.desk.exchange.ui;

import cn.zhaoshang.desk.common.ui.ProgressDialog;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.company.Choice;
import cn.zhaoshang.desk.company.CodeChoice;
import cn.zhaoshang.desk.company.PursuitStatus;
import cn.zhaoshang.desk.company.ui.CodePicker;
import cn.zhaoshang.desk.company.ui.CompanyChoices;
import cn.zhaoshang.desk.exchange.ExportColumn;
import cn.zhaoshang.desk.exchange.ExportFormat;
import cn.zhaoshang.desk.project.ProjectStage;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
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
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;

/** The contact-list export form (导出通讯录). */
public final class ExportView {
    private final UiKit kit;
    private final ExportViewModel model;
    private final VBox root = new VBox(14);
    private final CheckComboBox<CodeChoice> industry = new CheckComboBox<>();
    private final CodePicker region;
    private final CheckComboBox<PursuitStatus> status = new CheckComboBox<>();
    private final CheckComboBox<Choice> team = new CheckComboBox<>();
    private final CheckComboBox<String> tag = new CheckComboBox<>();
    private final CheckComboBox<ProjectStage> stage = new CheckComboBox<>();

    public ExportView(UiKit kit, ExportViewModel model) {
        this.kit = kit;
        this.model = model;
        this.region = new CodePicker("export-division", kit.messages(), 3, false, "company.choice.any");
        root.setId("export-view");
        root.setPadding(new Insets(20, 24, 20, 24));
        Label intro = new Label(kit.t("exchange.export.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("text-muted");

        GridPane filter = new GridPane();
        filter.setHgap(12);
        filter.setVgap(10);
        industry.setId("export-industry");
        industry.setConverter(converter(c -> c.depth() > 1 ? "　" + c.code() + " " + c.name() : c.code() + " " + c.name()));
        bindChecks(industry, model.industries(), CodeChoice::code);
        region.valueProperty().bindBidirectional(model.division());
        status.setId("export-status");
        status.getItems().setAll(PursuitStatus.values());
        status.setConverter(converter(s -> kit.messages().label(s)));
        bindChecks(status, model.statuses(), s -> s);
        team.setId("export-team");
        bindChecks(team, model.teams(), Choice::name);
        tag.setId("export-tag");
        bindChecks(tag, model.tags(), t -> t);
        stage.setId("export-stage");
        stage.getItems().setAll(ProjectStage.values());
        stage.setConverter(converter(s -> kit.messages().label(s)));
        bindChecks(stage, model.stages(), s -> s);
        for (CheckComboBox<?> box : List.of(industry, status, team, tag, stage)) {
            box.setTitle(kit.t("company.choice.any"));
            box.setMaxWidth(Double.MAX_VALUE);
            box.setPrefWidth(260);
        }
        TextField name = field("export-name", model.name(), "");
        filter.addRow(0, new Label(kit.t("exchange.export.industry")), industry,
                new Label(kit.t("exchange.export.division")), region);
        filter.addRow(1, new Label(kit.t("exchange.export.status")), status,
                new Label(kit.t("exchange.export.team")), team);
        filter.addRow(2, new Label(kit.t("exchange.export.tag")), tag,
                new Label(kit.t("exchange.export.name")), name);
        filter.addRow(3, new Label(kit.t("exchange.export.stage")), stage);
        Label carried = new Label();
        carried.setId("export-carried");
        carried.setWrapText(true);
        carried.getStyleClass().add("text-muted");
        carried.textProperty().bind(model.carriedOver());
        carried.managedProperty().bind(model.carriedOver().isNotEmpty());
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
        browse.setOnAction(e -> model.browse());
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

        root.getChildren().addAll(intro, section("exchange.export.filter"), carried, filter, countRow,
                section("exchange.export.columns"), columns, section("exchange.export.output"), output,
                new HBox(10, export), message, error);
    }

    /**
     * Fills the pickers (read in the background by the caller): industry sections and their divisions,
     * regions, teams and tags. What the model already holds (e.g. from the company list) stays checked.
     */
    public void setChoices(CompanyChoices choices) {
        model.setIndustryCodes(choices.industries());
        // Each section (depth 1, a letter) followed by its divisions (depth 2, two digits).
        industry.getItems().setAll(choices.industries().stream().filter(c -> c.depth() <= 2)
                .sorted(Comparator.comparing((CodeChoice c) -> c.depth() == 1 ? c.code() : c.parentCode())
                        .thenComparing(CodeChoice::depth).thenComparing(CodeChoice::code)).toList());
        region.setCodes(choices.divisions());
        team.getItems().setAll(choices.teams());
        tag.getItems().setAll(choices.tags());
        for (CheckComboBox<?> box : List.of(industry, team, tag)) {
            box.getCheckModel().clearChecks();
        }
        checkFrom(industry, model.industries(), CodeChoice::code);
        checkFrom(team, model.teams(), Choice::name);
        checkFrom(tag, model.tags(), t -> t);
        checkFrom(status, model.statuses(), s -> s);
        checkFrom(stage, model.stages(), s -> s);
    }

    private static <T, K> void checkFrom(CheckComboBox<T> box, List<K> wanted, Function<T, K> key) {
        List<K> keys = List.copyOf(wanted);
        for (T item : box.getItems()) {
            if (keys.contains(key.apply(item))) {
                box.getCheckModel().check(item);
            }
        }
    }

    /** The model's list follows the checked items (by key: the export log records codes and names). */
    private static <T, K> void bindChecks(CheckComboBox<T> box, ObservableList<K> into,
                                          Function<T, K> key) {
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<T>) c ->
                into.setAll(box.getCheckModel().getCheckedItems().stream().map(key).distinct().toList()));
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override public String toString(T item) {
                return item == null ? "" : text.apply(item);
            }
            @Override public T fromString(String s) {
                return null;
            }
        };
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

    private static TextField field(String id, StringProperty value, String prompt) {
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
