package cn.zhaoshang.desk.talent.ui;

import atlantafx.base.theme.Styles;
import cn.zhaoshang.desk.common.pick.Choice;
import cn.zhaoshang.desk.common.ui.EmptyState;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.talent.TalentLevel;
import cn.zhaoshang.desk.talent.TalentProgress;
import cn.zhaoshang.desk.talent.TalentService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** The target ledger of a year: units' targets against arrivals, with a form to set a target. */
final class TalentTargetView {
    private final UiKit kit;
    private final TalentTargetViewModel model;
    private final BorderPane root = new BorderPane();

    TalentTargetView(UiKit kit, TalentService service) {
        this.kit = kit;
        this.model = new TalentTargetViewModel(service, kit.tasks(), kit.messages(), kit.dialogs()::showError);
        root.setId("talent-targets");
        ComboBox<Integer> year = new ComboBox<>();
        year.setId("talent-target-year");
        int now = service.today().getYear();
        for (int y = now + 1; y >= now - 5; y--) {
            year.getItems().add(y);
        }
        Function<Integer, String> yearText = y -> y == null ? "" : kit.t("talent.filter.year", String.valueOf(y));
        year.setCellFactory(l -> cell(yearText));
        year.setButtonCell(cell(yearText));
        year.valueProperty().bindBidirectional(model.year);
        Label summary = new Label();
        summary.setId("talent-target-summary");
        summary.getStyleClass().add(Styles.TITLE_4);
        summary.textProperty().bind(Bindings.createStringBinding(() -> kit.t("talent.target.summary",
                model.totalTarget(), model.totalActual(), percent(model.totalTarget(), model.totalActual())), model.rows));
        Label note = new Label(kit.t("talent.target.note"));
        note.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        note.setWrapText(true);
        HBox top = new HBox(12, year, summary);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(4, top, note);
        header.setPadding(new Insets(10, 12, 8, 16));
        root.setTop(header);
        root.setCenter(table());
        root.setRight(form());
        model.load();
    }

    Node root() {
        return root;
    }

    private static String percent(int target, int actual) {
        return target <= 0 ? "—" : BigDecimal.valueOf(actual * 100L).divide(BigDecimal.valueOf(target), 1, RoundingMode.HALF_UP) + "%";
    }

    private TableView<TalentProgress> table() {
        TableView<TalentProgress> table = new TableView<>(model.rows);
        table.setId("talent-target-table");
        table.getStyleClass().addAll(Styles.STRIPED, "edge-to-edge");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<TalentProgress, String> unit = text("talent.column.unit", TalentProgress::unitName);
        TableColumn<TalentProgress, String> level = text("talent.column.level",
                p -> p.level() == null ? kit.t("talent.target.anyLevel") : kit.messages().label(p.level()));
        TableColumn<TalentProgress, String> target = text("talent.target.target",
                p -> p.targetId() == null ? kit.t("talent.target.none") : String.valueOf(p.target()));
        TableColumn<TalentProgress, String> actual = text("talent.target.actual", p -> String.valueOf(p.actual()));
        TableColumn<TalentProgress, TalentProgress> rate = new TableColumn<>(kit.t("talent.target.rate"));
        rate.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue()));
        rate.setCellFactory(c -> new TableCell<>() {
            private final ProgressBar bar = new ProgressBar();
            private final Label text = new Label();
            private final HBox box = new HBox(8, bar, text);

            @Override protected void updateItem(TalentProgress p, boolean empty) {
                super.updateItem(p, empty);
                if (empty || p == null || p.rate() == null) {
                    setGraphic(null);
                    return;
                }
                bar.setProgress(Math.min(1.0, p.rate().doubleValue()));
                bar.setPrefWidth(90);
                bar.getStyleClass().removeAll(Styles.SUCCESS, Styles.WARNING);
                bar.getStyleClass().add(p.actual() >= p.target() ? Styles.SUCCESS : Styles.WARNING);
                text.setText(percent(p.target(), p.actual()));
                box.setAlignment(Pos.CENTER_LEFT);
                setGraphic(box);
            }
        });
        rate.setPrefWidth(160);
        table.getColumns().addAll(List.of(unit, level, target, actual, rate));
        table.setPlaceholder(EmptyState.create(Feather.TARGET, kit.t("talent.target.emptyTitle"), kit.t("talent.target.emptyHint")));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> model.chosen.set(b));
        return table;
    }

    private Node form() {
        Label title = new Label(kit.t("talent.target.formTitle"));
        title.getStyleClass().add(Styles.TITLE_4);
        ComboBox<Choice> unit = new ComboBox<>(model.units);
        unit.setId("talent-target-unit");
        unit.setPromptText(kit.t("talent.target.unitPrompt"));
        unit.setCellFactory(l -> cell(Choice::name));
        unit.setButtonCell(cell(u -> u == null ? "" : u.name()));
        unit.valueProperty().bindBidirectional(model.unit);
        unit.setMaxWidth(Double.MAX_VALUE);
        ComboBox<TalentLevel> level = new ComboBox<>();
        level.setId("talent-target-level");
        level.getItems().add(null);
        level.getItems().addAll(TalentLevel.values());
        Function<TalentLevel, String> levelText = l -> l == null ? kit.t("talent.target.anyLevel") : kit.messages().label(l);
        level.setCellFactory(l -> cell(levelText));
        level.setButtonCell(cell(levelText));
        level.setPromptText(kit.t("talent.target.anyLevel"));
        level.valueProperty().bindBidirectional(model.level);
        level.setMaxWidth(Double.MAX_VALUE);
        TextField count = new TextField();
        count.setId("talent-target-count");
        count.setPromptText(kit.t("talent.target.countPrompt"));
        count.textProperty().bindBidirectional(model.count);
        Button save = new Button(kit.t("talent.target.save"));
        save.setId("talent-target-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(true);
        save.setOnAction(e -> model.save(() -> kit.dialogs().notify(kit.t("talent.target.saved"))));
        Button delete = new Button(kit.t("talent.target.delete"));
        delete.setId("talent-target-delete");
        delete.getStyleClass().addAll(Styles.DANGER, Styles.BUTTON_OUTLINED);
        delete.disableProperty().bind(Bindings.createBooleanBinding(() -> model.chosen.get() == null
                || model.chosen.get().targetId() == null, model.chosen));
        delete.setOnAction(e -> {
            if (kit.dialogs().confirm(kit.t("talent.target.deleteConfirm"))) {
                model.delete(() -> { });
            }
        });
        Button fresh = new Button(kit.t("talent.target.new"));
        fresh.setId("talent-target-new");
        fresh.setOnAction(e -> model.startNew());
        VBox box = new VBox(8, title, new Label(kit.t("talent.column.unit")), unit, error(model.unitError),
                new Label(kit.t("talent.column.level")), level, new Label(kit.t("talent.target.target")), count,
                error(model.countError), new HBox(8, save, delete), fresh);
        box.setPadding(new Insets(12, 16, 12, 16));
        box.setPrefWidth(260);
        return box;
    }

    private static Label error(StringProperty text) {
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(text);
        error.managedProperty().bind(text.isNotEmpty());
        return error;
    }

    private TableColumn<TalentProgress, String> text(String key, Function<TalentProgress, String> value) {
        TableColumn<TalentProgress, String> col = new TableColumn<>(kit.t(key));
        col.setCellValueFactory(c -> new SimpleStringProperty(value.apply(c.getValue())));
        return col;
    }

    private static <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            @Override protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : text.apply(item));
            }
        };
    }
}
