package cn.zhaoshang.desk.exchange.ui;

import cn.zhaoshang.desk.common.ui.ProgressDialog;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.exchange.ColumnMapping;
import cn.zhaoshang.desk.exchange.DuplicatePolicy;
import cn.zhaoshang.desk.exchange.FilePreview;
import cn.zhaoshang.desk.exchange.ImportEntity;
import cn.zhaoshang.desk.exchange.ImportField;
import cn.zhaoshang.desk.exchange.ImportSummary;
import cn.zhaoshang.desk.exchange.SavedMapping;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The import wizard: four steps in one pane, with Back / Next (Enter) / Cancel (Esc) below. */
public final class ImportWizardView {
    private final UiKit kit;
    private final ImportWizardViewModel model;
    private final Runnable onClose;
    private final BorderPane root = new BorderPane();
    private final Label stepsLabel = new Label();
    private final Button back = new Button();
    private final Button next = new Button();
    private final Button cancel = new Button();

    public ImportWizardView(UiKit kit, ImportWizardViewModel model, Runnable onClose) {
        this.kit = kit;
        this.model = model;
        this.onClose = onClose;
        root.setId("import-wizard");
        root.setPadding(new Insets(20, 24, 16, 24));
        Label title = new Label(kit.t("exchange.wizard.title"));
        title.getStyleClass().add("title-3");
        stepsLabel.getStyleClass().add("text-muted");
        root.setTop(new VBox(4, title, stepsLabel));
        root.setBottom(buttons());
        model.step().addListener((obs, old, now) -> show());
        model.mapping().addListener((obs, old, now) -> {
            if (model.step().get() == ImportWizardViewModel.MAP) {
                show();
            }
        });
        show();
    }

    public Node root() {
        return root;
    }

    private HBox buttons() {
        back.setText(kit.t("exchange.wizard.back"));
        back.setId("import-back");
        back.setOnAction(e -> model.back());
        next.setId("import-next");
        next.setDefaultButton(true);
        next.disableProperty().bind(model.canGoOn().not());
        next.setOnAction(e -> model.next());
        cancel.setText(kit.t("common.action.cancel"));
        cancel.setId("import-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> {
            model.reset();
            onClose.run();
        });
        Label error = new Label();
        error.setId("import-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(model.error());
        Label notice = new Label();
        notice.setId("import-notice");
        notice.getStyleClass().add("text-muted");
        notice.textProperty().bind(model.notice());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, error, notice, spacer, cancel, back, next);
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.setPadding(new Insets(12, 0, 0, 0));
        return bar;
    }

    private void show() {
        int step = model.step().get();
        stepsLabel.setText(kit.t("exchange.wizard.steps." + Math.min(step, ImportWizardViewModel.RUN)));
        back.setVisible(step > ImportWizardViewModel.PICK && step < ImportWizardViewModel.DONE);
        next.setVisible(step < ImportWizardViewModel.RUN);
        cancel.setVisible(step < ImportWizardViewModel.DONE);
        next.setText(kit.t("exchange.wizard.next"));
        root.setCenter(switch (step) {
            case ImportWizardViewModel.PICK -> pickStep();
            case ImportWizardViewModel.MAP -> mapStep();
            case ImportWizardViewModel.PREVIEW -> previewStep();
            case ImportWizardViewModel.RUN -> runStep();
            default -> resultStep();
        });
    }

    private Node pickStep() {
        ComboBox<ImportEntity> entity = new ComboBox<>();
        entity.setId("import-entity");
        entity.getItems().setAll(ImportEntity.values());
        entity.setConverter(labels());
        entity.valueProperty().bindBidirectional(model.entity());
        TextField path = new TextField();
        path.setId("import-file");
        path.setPrefColumnCount(48);
        path.setPromptText(kit.t("exchange.wizard.filePrompt"));
        path.textProperty().bindBidirectional(model.file());
        Button browse = new Button(kit.t("exchange.wizard.browse"));
        browse.setId("import-browse");
        browse.setOnAction(e -> model.browse());
        GridPane form = form();
        form.addRow(0, new Label(kit.t("exchange.wizard.entity")), entity);
        form.addRow(1, new Label(kit.t("exchange.wizard.file")), new HBox(8, path, browse));
        Label hint = new Label(kit.t("exchange.wizard.fileHint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        form.add(hint, 1, 2);
        return padded(form);
    }

    private Node mapStep() {
        ColumnMapping mapping = model.mapping().get();
        GridPane grid = form();
        grid.addRow(0, bold(kit.t("exchange.wizard.column")), bold(kit.t("exchange.wizard.field")),
                bold(kit.t("exchange.wizard.unitColumn")));
        List<String> headers = mapping.headers();
        for (int i = 0; i < headers.size(); i++) {
            int column = i;
            ComboBox<ImportField> field = new ComboBox<>();
            field.setId("import-map-" + i);
            field.getItems().add(null);
            field.getItems().addAll(mapping.entity().fields());
            field.setConverter(new StringConverter<>() {
                @Override public String toString(ImportField f) {
                    return f == null ? kit.t("exchange.wizard.skipColumn") : kit.messages().label(f);
                }
                @Override public ImportField fromString(String s) {
                    return null;
                }
            });
            field.setValue(mapping.fieldAt(i));
            field.valueProperty().addListener((obs, old, now) -> model.map(column, now));
            Label note = new Label(model.columnNote(i));
            note.setId("import-map-note-" + i);
            note.getStyleClass().add("text-muted");
            grid.addRow(i + 1, new Label(headers.get(i).isEmpty() ? "—" : headers.get(i)), field, note);
        }
        Label missing = new Label(model.missingFields().isEmpty() ? kit.t("exchange.wizard.mappingComplete")
                : kit.t("exchange.wizard.missing", model.missingFields()));
        missing.setId("import-mapping-missing");
        missing.getStyleClass().add(model.missingFields().isEmpty() ? "text-muted" : "field-error");
        ComboBox<SavedMapping> saved = new ComboBox<>(model.savedMappings());
        saved.setId("import-saved-mappings");
        saved.setPromptText(kit.t("exchange.wizard.savedMappings"));
        saved.setConverter(new StringConverter<>() {
            @Override public String toString(SavedMapping m) {
                return m == null ? "" : m.name();
            }
            @Override public SavedMapping fromString(String s) {
                return null;
            }
        });
        saved.setOnAction(e -> {
            if (saved.getValue() != null) {
                model.applySaved(saved.getValue());
            }
        });
        TextField name = new TextField();
        name.setId("import-mapping-name");
        name.setPromptText(kit.t("exchange.wizard.mappingName"));
        name.textProperty().bindBidirectional(model.mappingName());
        Button save = new Button(kit.t("exchange.wizard.saveMapping"));
        save.setId("import-save-mapping");
        save.disableProperty().bind(model.mappingName().isEmpty());
        save.setOnAction(e -> model.saveMapping());
        HBox tools = new HBox(8, saved, name, save);
        tools.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(12, tools, missing, grid);
        box.setPadding(new Insets(16, 0, 0, 0));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private Node previewStep() {
        FilePreview preview = model.preview().get();
        TableView<FilePreview.Row> table = new TableView<>();
        table.setId("import-preview");
        TableColumn<FilePreview.Row, String> line = new TableColumn<>(kit.t("exchange.wizard.line"));
        line.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.valueOf(c.getValue().line())));
        line.setPrefWidth(56);
        table.getColumns().add(line);
        TableColumn<FilePreview.Row, String> problems = new TableColumn<>(kit.t("exchange.wizard.problems"));
        problems.setCellValueFactory(r -> new ReadOnlyStringWrapper(problemText(r.getValue())));
        problems.setCellFactory(col -> new ProblemCell(-1));
        problems.setPrefWidth(300);
        table.getColumns().add(problems);
        List<String> headers = preview.mapping().headers();
        for (int i = 0; i < headers.size(); i++) {
            int column = i;
            TableColumn<FilePreview.Row, String> c = new TableColumn<>(model.previewHeader(i));
            c.setCellValueFactory(r -> new ReadOnlyStringWrapper(r.getValue().cells().get(column)));
            c.setCellFactory(col -> new ProblemCell(column));
            table.getColumns().add(c);
        }
        table.setItems(model.previewRows());
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(FilePreview.Row row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("import-skipped");
                if (!empty && row != null && row.skipped()) {
                    getStyleClass().add("import-skipped");
                }
            }
        });
        Label summary = new Label(model.previewSummary());
        summary.setId("import-preview-summary");
        summary.setWrapText(true);
        Label legend = new Label(kit.t("exchange.wizard.previewLegend"));
        legend.getStyleClass().add("text-muted");
        CheckBox only = new CheckBox(kit.t("exchange.wizard.onlyProblems"));
        only.setId("import-only-problems");
        only.selectedProperty().bindBidirectional(model.onlyProblems());
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(8, summary, new HBox(16, legend, only), table);
        box.setPadding(new Insets(16, 0, 0, 0));
        return box;
    }

    /** What happens to a previewed row, in words: skipped, rejected and why, or what is left out. */
    private String problemText(FilePreview.Row row) {
        if (row.skipped()) {
            return kit.t("exchange.wizard.skippedRow");
        }
        List<String> parts = new ArrayList<>(row.allProblems());
        parts.addAll(row.allWarnings());
        return String.join("；", parts);
    }

    /**
     * A cell that turns red when its value rejects the row, amber when the value is left out, with
     * the reason as tooltip; for column -1 (what happens to the row) the whole row's outcome.
     */
    private static final class ProblemCell extends TableCell<FilePreview.Row, String> {
        private final int column;

        ProblemCell(int column) {
            this.column = column;
        }

        @Override
        protected void updateItem(String value, boolean empty) {
            super.updateItem(value, empty);
            getStyleClass().removeAll("import-problem", "import-warning");
            setTooltip(null);
            setText(empty ? null : value);
            if (!empty && getIndex() >= 0 && getIndex() < getTableView().getItems().size()) {
                FilePreview.Row row = getTableView().getItems().get(getIndex());
                String problem = column < 0 ? (row.isRejected() ? value : null) : row.cellProblems().get(column);
                String warning = column < 0 ? (!row.isRejected() && row.hasWarnings() ? value : null)
                        : row.cellWarnings().get(column);
                if (problem != null) {
                    getStyleClass().add("import-problem");
                    setTooltip(new Tooltip(problem));
                } else if (warning != null) {
                    getStyleClass().add("import-warning");
                    setTooltip(new Tooltip(warning));
                }
            }
        }
    }

    private Node runStep() {
        ToggleGroup group = new ToggleGroup();
        VBox options = new VBox(10);
        for (DuplicatePolicy p : DuplicatePolicy.values()) {
            RadioButton option = new RadioButton(kit.messages().label(p));
            option.setId("import-policy-" + p.name());
            option.setToggleGroup(group);
            option.setUserData(p);
            option.setSelected(model.policy().get() == p);
            options.getChildren().add(option);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.policy().set((DuplicatePolicy) now.getUserData());
            }
        });
        Label explain = new Label(kit.t("exchange.wizard.duplicateHint"));
        explain.setWrapText(true);
        explain.getStyleClass().add("text-muted");
        Button run = new Button(kit.t("exchange.wizard.run"));
        run.setId("import-run");
        run.getStyleClass().add("accent");
        run.setDefaultButton(true);
        run.setOnAction(e -> {
            var task = kit.tasks().start(kit.t("exchange.wizard.running"), model.importJob(), model::finished,
                    model::failed);
            ProgressDialog.show(root.getScene().getWindow(), task);
        });
        return padded(new VBox(14, bold(kit.t("exchange.wizard.duplicates")), explain, options, run));
    }

    private Node resultStep() {
        ImportSummary s = model.summary().get();
        Label counts = new Label(model.resultText());
        counts.setId("import-result");
        counts.getStyleClass().add("title-4");
        counts.setWrapText(true);
        Label rejected = new Label(s.rejectedFile() == null ? kit.t("exchange.wizard.noRejects")
                : kit.t("exchange.wizard.rejectedFile", s.rejectedFile()));
        rejected.setId("import-result-rejected");
        rejected.setWrapText(true);
        VBox box = new VBox(14, counts, rejected);
        if (s.warningsFile() != null) {
            Label warnings = new Label(kit.t("exchange.cli.warningsFile", s.warned(), s.warningsFile()));
            warnings.setId("import-result-warnings");
            warnings.setWrapText(true);
            box.getChildren().add(warnings);
        }
        Button done = new Button(kit.t("exchange.wizard.done"));
        done.setId("import-done");
        done.setDefaultButton(true);
        done.setOnAction(e -> {
            model.reset();
            onClose.run();
        });
        Label undoHint = new Label(kit.t("exchange.wizard.undoHint"));
        undoHint.getStyleClass().add("text-muted");
        undoHint.setWrapText(true);
        box.getChildren().addAll(undoHint, done);
        return padded(box);
    }

    private static GridPane form() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        return grid;
    }

    private static Node padded(Node content) {
        VBox box = new VBox(content);
        box.setPadding(new Insets(20, 0, 0, 0));
        return box;
    }

    private static Label bold(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-bold");
        return label;
    }

    private <E extends Enum<E>> StringConverter<E> labels() {
        return new StringConverter<>() {
            @Override public String toString(E value) {
                return kit.messages().label(value);
            }
            @Override public E fromString(String s) {
                return null;
            }
        };
    }
}
