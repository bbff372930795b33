package cn.zhaoshang.desk.talent.ui;

import atlantafx.base.theme.Styles;
import cn.zhaoshang.desk.common.pick.Choice;
import cn.zhaoshang.desk.common.ui.EmptyState;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.talent.PersonalData;
import cn.zhaoshang.desk.talent.Talent;
import cn.zhaoshang.desk.talent.TalentLevel;
import cn.zhaoshang.desk.talent.TalentService;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The talent inventory (人才底数台账): search and filters, the people (mobile masked in the list), the
 * chosen person's detail or form, and a masked, logged export. Ctrl+F search, Ctrl+N new, F2 edit.
 */
final class TalentInventoryView {
    private final UiKit kit;
    private final TalentService service;
    private final TalentListViewModel model;
    private final BorderPane root = new BorderPane();
    private final TableView<Talent> table = new TableView<>();
    private final StackPane detailHost = new StackPane();
    private final TextField search = new TextField();
    private UUID shown;

    TalentInventoryView(UiKit kit, TalentService service) {
        this.kit = kit;
        this.service = service;
        this.model = new TalentListViewModel(service, kit.tasks(), kit.messages(), kit.dialogs());
        root.setId("talent-inventory");
        root.setTop(toolbar());
        Label count = new Label();
        count.setId("talent-count");
        count.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        count.setPadding(new Insets(4, 8, 4, 8));
        count.textProperty().bind(Bindings.createStringBinding(() -> model.total.get() > model.rows.size()
                ? kit.t("talent.count.limited", model.total.get(), model.rows.size()) : kit.t("talent.count", model.total.get()),
                model.total, model.rows));
        buildTable();
        VBox list = new VBox(table, count);
        VBox.setVgrow(table, Priority.ALWAYS);
        detailHost.setId("talent-detail-host");
        showNothingChosen();
        SplitPane split = new SplitPane(list, detailHost);
        split.setDividerPositions(0.6);
        root.setCenter(split);
        installShortcuts();
        model.start(() -> { });
    }

    Node root() {
        return root;
    }

    private Node toolbar() {
        search.setId("talent-search");
        search.setPromptText(kit.t("talent.search.prompt"));
        search.setTooltip(new Tooltip(kit.t("talent.search.tip")));
        search.setPrefWidth(250);
        search.textProperty().bindBidirectional(model.search);
        ComboBox<Choice> unit = new ComboBox<>();
        unit.setId("talent-unit-filter");
        unit.setPromptText(kit.t("talent.filter.allUnits"));
        model.units.addListener((ListChangeListener<Choice>) c -> {
            unit.getItems().setAll((Choice) null);
            unit.getItems().addAll(model.units);
        });
        Function<Choice, String> unitText = u -> u == null ? kit.t("talent.filter.allUnits") : u.name();
        unit.setCellFactory(l -> cell(unitText));
        unit.setButtonCell(cell(unitText));
        unit.valueProperty().bindBidirectional(model.unit);
        unit.setPrefWidth(150);
        ComboBox<TalentLevel> level = new ComboBox<>();
        level.setId("talent-level-filter");
        level.setPromptText(kit.t("talent.filter.allLevels"));
        level.getItems().add(null);
        level.getItems().addAll(TalentLevel.values());
        Function<TalentLevel, String> levelText = l -> l == null ? kit.t("talent.filter.allLevels") : kit.messages().label(l);
        level.setCellFactory(l -> cell(levelText));
        level.setButtonCell(cell(levelText));
        level.valueProperty().bindBidirectional(model.level);
        ComboBox<Integer> year = new ComboBox<>();
        year.setId("talent-year-filter");
        year.setPromptText(kit.t("talent.filter.allYears"));
        year.getItems().add(null);
        int now = service.today().getYear();
        for (int y = now; y >= now - 9; y--) {
            year.getItems().add(y);
        }
        Function<Integer, String> yearText = y -> y == null ? kit.t("talent.filter.allYears") : kit.t("talent.filter.year", String.valueOf(y));
        year.setCellFactory(l -> cell(yearText));
        year.setButtonCell(cell(yearText));
        year.valueProperty().bindBidirectional(model.year);
        Button export = new Button(kit.t("talent.action.export"), new FontIcon(Feather.DOWNLOAD));
        export.setId("talent-export");
        export.setTooltip(new Tooltip(kit.t("talent.export.hint")));
        export.setOnAction(e -> model.export());
        Button add = new Button(kit.t("talent.action.new"), new FontIcon(Feather.USER_PLUS));
        add.setId("talent-new");
        add.getStyleClass().add(Styles.ACCENT);
        add.setOnAction(e -> showForm(Talent.blank()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, search, unit, level, year, spacer, export, add);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 16));
        return bar;
    }

    private static <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            @Override protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : text.apply(item));
            }
        };
    }

    private void buildTable() {
        table.setId("talent-table");
        table.getStyleClass().addAll(Styles.STRIPED, "edge-to-edge");
        table.setItems(model.rows);
        TableColumn<Talent, String> name = column("talent.column.name", Talent::name);
        name.setPrefWidth(70);
        TableColumn<Talent, String> company = column("talent.column.company", Talent::companyName);
        company.setPrefWidth(170);
        TableColumn<Talent, String> level = column("talent.column.level", t -> t.level() == null ? "" : kit.messages().label(t.level()));
        TableColumn<Talent, String> arrived = column("talent.column.arrivedOn", t -> t.arrivedOn() == null ? "" : t.arrivedOn().toString());
        arrived.setMinWidth(92);
        table.getColumns().addAll(List.of(name, company, column("talent.column.unit", Talent::unitName),
                column("talent.column.field", Talent::field), level, column("talent.column.title", Talent::title), arrived,
                column("talent.column.mobile", t -> PersonalData.maskPhone(t.mobile()))));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                showDetail(b);
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && table.getSelectionModel().getSelectedItem() != null) {
                showForm(table.getSelectionModel().getSelectedItem());
            }
        });
        model.rows.addListener((ListChangeListener<Talent>) c -> table.setPlaceholder(placeholder()));
        table.setPlaceholder(placeholder());
    }

    private Node placeholder() {
        boolean filtered = model.filtered();
        return EmptyState.create(Feather.AWARD, kit.t(filtered ? "talent.empty.filteredTitle" : "talent.empty.title"),
                kit.t(filtered ? "talent.empty.filteredHint" : "talent.empty.hint"));
    }

    private TableColumn<Talent, String> column(String key, Function<Talent, String> value) {
        TableColumn<Talent, String> col = new TableColumn<>(kit.t(key));
        col.setCellValueFactory(c -> new SimpleStringProperty(value.apply(c.getValue())));
        // Never narrower than its header ("职务/职称" was cut at 1366 px): about one em per character and the sort arrow.
        col.setMinWidth(Math.max(60, kit.t(key).length() * 15 + 28));
        return col;
    }

    private void showNothingChosen() {
        shown = null;
        detailHost.getChildren().setAll(EmptyState.create(Feather.USER, kit.t("talent.detail.noneTitle"),
                kit.t("talent.detail.noneHint")));
    }

    private void showDetail(Talent t) {
        shown = t.id();
        detailHost.getChildren().setAll(new TalentDetailView(kit, t, () -> showForm(t), () -> delete(t)).root());
    }

    private void delete(Talent t) {
        if (kit.dialogs().confirm(kit.t("talent.delete.confirm", t.name()))) {
            kit.dialogs().runInBackground(kit.t("talent.task.save"), p -> {
                service.delete(t.id(), t.version());
                return null;
            }, done -> {
                kit.dialogs().notify(kit.t("talent.delete.done", t.name()));
                showNothingChosen();
                model.load(() -> { });
            });
        }
    }

    private void showForm(Talent t) {
        UUID back = shown;
        Talent backTo = table.getSelectionModel().getSelectedItem();
        TalentFormView form = new TalentFormView(kit, service, t, List.copyOf(model.units), saved -> {
            kit.dialogs().notify(kit.t("talent.saved", saved.name()));
            model.load(() -> select(saved));
        }, () -> {
            if (back != null && backTo != null) {
                showDetail(backTo);
            } else {
                showNothingChosen();
            }
        });
        shown = null;
        detailHost.getChildren().setAll(form.root());
        Platform.runLater(() -> {
            Node name = root.lookup("#talent-form-name");
            if (name != null) {
                name.requestFocus();
            }
        });
    }

    private void select(Talent saved) {
        model.rows.stream().filter(t -> t.id().equals(saved.id())).findFirst().ifPresentOrElse(t -> {
            table.getSelectionModel().select(t);
            table.scrollTo(t);
            showDetail(t);
        }, () -> showDetail(saved));
    }

    private void installShortcuts() {
        root.setOnKeyPressed(e -> {
            if (new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN).match(e)) {
                search.requestFocus();
            } else if (new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN).match(e)) {
                showForm(Talent.blank());
            } else if (e.getCode() == KeyCode.F2 && table.getSelectionModel().getSelectedItem() != null) {
                showForm(table.getSelectionModel().getSelectedItem());
            } else {
                return;
            }
            e.consume();
        });
    }
}
