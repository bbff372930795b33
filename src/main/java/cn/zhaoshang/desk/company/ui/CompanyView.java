package cn.zhaoshang.desk.company.ui;

import cn.zhaoshang.desk.common.session.Session;
import cn.zhaoshang.desk.common.text.ListFile;
import cn.zhaoshang.desk.common.ui.AreaSearch;
import cn.zhaoshang.desk.common.ui.DialogService.FileType;
import cn.zhaoshang.desk.common.ui.KeepPlace;
import cn.zhaoshang.desk.common.ui.RecordExtras;
import cn.zhaoshang.desk.common.ui.RecordLinks;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.company.Company;
import cn.zhaoshang.desk.company.CompanyColumn;
import cn.zhaoshang.desk.company.CompanyFilter;
import cn.zhaoshang.desk.company.CompanyLinks;
import cn.zhaoshang.desk.company.CompanyRow;
import cn.zhaoshang.desk.company.CompanyService;
import cn.zhaoshang.desk.company.SavedView;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The target-company library screen (目标企业库): toolbar with search-as-you-type, count, saved views,
 * filters, columns, duplicate finder and New; the list; the detail pane. Answers the global search
 * field. Shortcuts: Ctrl+N new, Ctrl+F search, Ctrl+S save, Esc clears the search.
 */
public final class CompanyView implements CompanyDetailView.Host {
    private static final Duration SEARCH_DELAY = Duration.millis(250);
    private static final Duration DUPLICATE_DELAY = Duration.millis(400);

    private final UiKit kit;
    private final CompanyService service;
    private final Session session;
    private final CompanyListViewModel list;
    private final CompanyFormViewModel form;
    private final CompanyRecordsViewModel records;
    private final BorderPane root = new BorderPane();
    private final SplitPane split = new SplitPane();
    private final CompanyTable table;
    private final FilterPane filters;
    private final CompanyDetailView detail;
    private final TextField search = new TextField();
    private final ToggleButton filterToggle = new ToggleButton();
    private final ComboBox<SavedView> viewChoice = new ComboBox<>();
    private CompanyChoices choices = CompanyChoices.EMPTY;
    private LocalDate lastClaimSweep;
    private boolean ignoreSelection;
    private Consumer<CompanyFilter> contactExport = f -> { };
    private MenuItem contactExportItem;

    public CompanyView(UiKit kit, CompanyService service, Session session) {
        this(kit, service, session, RecordExtras.NONE,
                CompanyLinks.Source.NONE);
    }

    /**
     * With the tabs and visit actions other features add (the company's requests, its files …) and the
     * company's projects and tasks (from the composition root) in its 项目与任务 tab.
     */
    public CompanyView(UiKit kit, CompanyService service, Session session, RecordExtras extras,
                       CompanyLinks.Source links) {
        this.kit = kit;
        this.service = service;
        this.session = session;
        this.list = new CompanyListViewModel(service, kit.tasks(), kit.messages());
        this.form = new CompanyFormViewModel(service, kit.tasks(), kit.messages());
        this.records = new CompanyRecordsViewModel(service, kit.tasks(), kit.messages());
        list.setOnError(kit.dialogs()::showError);
        records.setOnError(kit.dialogs()::showError);
        records.setOnChanged(() -> {
            if (records.companyId() != null) {
                list.refreshRow(records.companyId());
            }
        });
        root.setId("company-view");
        root.getStylesheets().add(CompanyView.class.getResource("/css/company.css").toExternalForm());
        table = new CompanyTable(list, kit.messages());
        filters = new FilterPane(kit.messages(), list::setFilter);
        list.setOnViewApplied(filters::show);
        detail = new CompanyDetailView(kit, service, session, form, records, this, extras, links);
        root.setTop(toolbar());
        split.setId("company-split");
        split.getItems().addAll(table.table(), detail.root());
        split.setDividerPositions(0.56);
        SplitPane.setResizableWithParent(detail.root(), false);
        root.setCenter(split);
        wireSelection();
        wireDuplicateCheck();
        installShortcuts();
        AreaSearch.answer(root, query -> {
            search.setText(query);
            list.search(query);
        });
        RecordLinks.answer(root, RecordLinks.Kind.COMPANY, this::open);
        start();
        // Companies changed by others on the team server: rows (and claims shown in them) read again.
        kit.live().watch(root, () -> list.refreshLoaded(placeKeeper()), "company", "claim");
    }

    /** Keeps the selected row and the scroll position; re-selecting the same company leaves the form alone. */
    private Consumer<Runnable> placeKeeper() {
        Consumer<Runnable> keep = KeepPlace.of(table.table(), CompanyRow::id);
        return replace -> {
            ignoreSelection = true;
            try {
                keep.accept(replace);
            } finally {
                ignoreSelection = false;
            }
        };
    }

    public Node root() {
        return root;
    }

    /** Offers 导出通讯录 from the list's current filter (the composition root opens the export form). */
    public CompanyView offerContactExport(Consumer<CompanyFilter> export) {
        contactExport = export;
        contactExportItem.setVisible(true);
        return this;
    }

    /** Lapsed claims go back to the pool first (so the list shows it), then choices, views and rows. */
    private void start() {
        sweepClaims(false);
        kit.tasks().run(kit.t("company.task.choices"), p -> CompanyChoices.load(service, session.personId()), loaded -> {
            choices = loaded;
            filters.setChoices(loaded);
            detail.setChoices(loaded);
        }, kit.dialogs()::showError);
        list.loadViews(true);
        Timeline daily = new Timeline(new KeyFrame(Duration.hours(1), e -> {
            if (!service.today().equals(lastClaimSweep)) {
                sweepClaims(true);
            }
        }));
        daily.setCycleCount(Timeline.INDEFINITE);
        // Runs while the screen is shown (the shell keeps screens it left, and rebuilds all of them
        // when the language changes: a timer that outlived its screen would sweep twice).
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                daily.stop();
            } else {
                daily.play();
                if (!service.today().equals(lastClaimSweep)) {
                    sweepClaims(true);
                }
            }
        });
    }

    private void sweepClaims(boolean reloadAfter) {
        lastClaimSweep = service.today();
        kit.tasks().run(kit.t("company.task.claims"), p -> service.claims().releaseLapsed(), n -> {
            if (reloadAfter && n > 0) {
                list.reload();
            }
        }, kit.dialogs()::showError);
    }

    private HBox toolbar() {
        search.setId("company-search");
        search.setPromptText(kit.t("company.list.searchPrompt"));
        search.setTooltip(new Tooltip(kit.t("company.list.searchTip")));
        search.setPrefWidth(300);
        search.setMinWidth(160);
        HBox.setHgrow(search, Priority.SOMETIMES);
        PauseTransition typing = new PauseTransition(SEARCH_DELAY);
        typing.setOnFinished(e -> list.search(search.getText()));
        search.textProperty().addListener(o -> typing.playFromStart());
        search.setOnAction(e -> {
            typing.stop();
            list.search(search.getText());
        });
        Label count = new Label();
        count.setId("company-count");
        count.getStyleClass().add("text-muted");
        count.textProperty().bind(list.countTextProperty());
        count.setMinWidth(60);

        filterToggle.setId("company-filter-toggle");
        filterToggle.setGraphic(new FontIcon(Feather.FILTER));
        filterToggle.textProperty().bind(Bindings.createStringBinding(() -> list.filter.get().isEmpty()
                ? kit.t("company.filter.button") : kit.t("company.filter.buttonActive", list.filter.get().activeParts()),
                list.filter));
        filterToggle.selectedProperty().addListener((obs, was, on) -> showFilters(on));

        viewChoice.setId("company-view-choice");
        viewChoice.setPrefWidth(150);
        viewChoice.setCellFactory(l -> viewCell());
        viewChoice.setButtonCell(viewCell());
        list.views.addListener((ListChangeListener<SavedView>) c -> showViews());
        list.currentView.addListener((obs, old, v) -> viewChoice.setValue(v));
        viewChoice.setOnAction(e -> {
            SavedView chosen = viewChoice.getValue();
            SavedView current = list.currentView.get();
            if (chosen != current && (chosen == null || current == null || !chosen.id().equals(current.id()))) {
                list.apply(chosen);
            }
        });
        showViews();
        MenuButton viewMenu = new MenuButton(null, new FontIcon(Feather.BOOKMARK));
        viewMenu.setId("company-view-menu");
        MenuItem saveAs = new MenuItem(kit.t("company.view.saveAs"));
        saveAs.setId("company-view-save");
        saveAs.setOnAction(e -> saveViewAs());
        MenuItem makeDefault = new MenuItem(kit.t("company.view.makeDefault"));
        makeDefault.setId("company-view-default");
        makeDefault.setOnAction(e -> list.makeDefault(list.currentView.get()));
        MenuItem delete = new MenuItem(kit.t("company.view.delete"));
        delete.setId("company-view-delete");
        delete.disableProperty().bind(list.currentView.isNull());
        delete.setOnAction(e -> {
            SavedView v = list.currentView.get();
            if (v != null && kit.dialogs().confirm(kit.t("company.view.deleteConfirm", v.name()))) {
                list.deleteView(v);
            }
        });
        viewMenu.getItems().addAll(saveAs, makeDefault, delete);

        Button duplicates = new Button(kit.t("company.duplicates.button"), new FontIcon(Feather.COPY));
        duplicates.setId("company-duplicates");
        duplicates.setOnAction(e -> findDuplicates(null));
        Button add = new Button(kit.t("company.action.new"), new FontIcon(Feather.PLUS));
        add.setId("company-new");
        add.getStyleClass().add("accent");
        add.setOnAction(e -> startNew());
        MenuButton export = new MenuButton(null, new FontIcon(Feather.DOWNLOAD));
        export.setId("company-export");
        export.setTooltip(new Tooltip(kit.t("company.export.menuTip")));
        MenuItem exportShown = new MenuItem(kit.t("company.export.tip"));
        exportShown.setId("company-export-list");
        exportShown.setOnAction(e -> exportList());
        MenuItem exportContacts = new MenuItem(kit.t("company.export.contacts"));
        exportContacts.setId("company-export-contacts");
        exportContacts.setOnAction(e -> contactExport.accept(list.filter.get()));
        exportContacts.setVisible(false);
        contactExportItem = exportContacts;
        export.getItems().addAll(exportShown, exportContacts);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, search, count, spacer, viewChoice, viewMenu, filterToggle, table.columnChooser(), export,
                duplicates, add);
        for (Control c : new Control[] {viewMenu, filterToggle,
                table.columnChooser(), export, duplicates, add}) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        bar.setId("company-toolbar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        bar.getStyleClass().add("company-toolbar");
        return bar;
    }

    private ListCell<SavedView> viewCell() {
        return new ListCell<>() {
            @Override protected void updateItem(SavedView v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty ? null : v == null ? kit.t("company.view.builtIn")
                        : v.name() + (v.isDefault() ? kit.t("company.view.defaultMark") : ""));
            }
        };
    }

    private void showViews() {
        List<SavedView> items = new ArrayList<>();
        items.add(null);
        items.addAll(list.views);
        viewChoice.getItems().setAll(items);
        SavedView current = list.currentView.get();
        viewChoice.setValue(current == null ? null
                : list.views.stream().filter(v -> v.id().equals(current.id())).findFirst().orElse(null));
    }

    private void saveViewAs() {
        TextInputDialog ask = new TextInputDialog(list.currentView.get() == null ? "" : list.currentView.get().name());
        ask.initOwner(root.getScene().getWindow());
        ask.setTitle(kit.t("company.view.saveAs"));
        ask.setHeaderText(kit.t("company.view.saveHeader"));
        ask.setContentText(kit.t("company.view.name"));
        ask.getEditor().setId("company-view-name");
        ask.showAndWait().filter(n -> !n.isBlank())
                .ifPresent(name -> list.saveView(name, kit.dialogs().confirm(kit.t("company.view.askDefault", name.strip()))));
    }

    private void showFilters(boolean on) {
        if (on && !split.getItems().contains(filters.root())) {
            split.getItems().add(0, filters.root());
            SplitPane.setResizableWithParent(filters.root(), false);
            split.setDividerPositions(0.24, 0.62);
        } else if (!on) {
            split.getItems().remove(filters.root());
            split.setDividerPositions(0.56);
        }
    }

    private void wireSelection() {
        table.table().getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (ignoreSelection || row == null || (form.companyProperty().get() != null
                    && form.companyProperty().get().id().equals(row.id()))) {
                return;
            }
            if (!confirmLeavingEdits()) {
                ignoreSelection = true;
                table.table().getSelectionModel().select(old);
                ignoreSelection = false;
                return;
            }
            load(row.id());
        });
    }

    private boolean confirmLeavingEdits() {
        return !form.isDirty() || kit.dialogs().confirm(kit.t("company.detail.discardConfirm"));
    }

    private void load(UUID id) {
        kit.tasks().run(kit.t("company.task.loading"), p -> service.get(id), company -> {
            form.load(company);
            records.show(company.id(), choices);
        }, kit.dialogs()::showError);
    }

    private void startNew() {
        if (!confirmLeavingEdits()) {
            return;
        }
        ignoreSelection = true;
        table.table().getSelectionModel().clearSelection();
        ignoreSelection = false;
        form.startNew();
        records.show(null, choices);
        root.lookup("#company-name").requestFocus();
    }

    /** While a name or code is typed, companies it may duplicate are looked for (after a pause). */
    private void wireDuplicateCheck() {
        PauseTransition pause = new PauseTransition(DUPLICATE_DELAY);
        pause.setOnFinished(e -> form.checkDuplicates());
        form.name.addListener(o -> pause.playFromStart());
        form.uscc.addListener(o -> pause.playFromStart());
    }

    private void installShortcuts() {
        KeyCombination newCompany = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
        KeyCombination find = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
        KeyCombination save = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (newCompany.match(e)) {
                startNew();
            } else if (find.match(e)) {
                search.requestFocus();
                search.selectAll();
            } else if (save.match(e)) {
                detail.save();
            } else if (e.getCode() == KeyCode.ESCAPE && search.isFocused() && !search.getText().isEmpty()) {
                search.clear();
                list.search("");
            } else {
                return;
            }
            e.consume();
        });
    }

    /**
     * Exports the list as shown: the search's matches while searching, else every company under the current
     * filter and sort; the visible columns in their order, with the texts the table shows.
     */
    private void exportList() {
        kit.dialogs().chooseFileToSave(kit.t("company.export.tip"), kit.t("company.export.fileName") + ".xlsx",
                new FileType("Excel (*.xlsx)", "xlsx"), new FileType("CSV (*.csv)", "csv")).ifPresent(this::exportListTo);
    }

    /** Writes the list as shown to a file in the background (tests call this without the file chooser). */
    void exportListTo(Path file) {
        List<CompanyColumn> columns = List.copyOf(list.columns);
        List<String> headers = columns.stream().map(c -> kit.t("company.column." + c.name())).toList();
        List<CompanyRow> shown = list.isSearching() ? List.copyOf(list.rows) : null;
        var filter = list.filter.get();
        var sort = list.sort.get();
        kit.dialogs().runInBackground(kit.t("company.export.tip"), p -> ListFile.write(file,
                kit.t("company.export.sheet"), headers, sink -> {
                    Consumer<CompanyRow> row = r -> sink.accept(columns.stream().map(c -> table.text(c, r)).toList());
                    if (shown != null) {
                        shown.forEach(row);
                    } else {
                        service.forEachRow(filter, sort, row);
                    }
                }), count -> kit.dialogs().notify(kit.t("company.export.done", count, file.getFileName())));
    }

    // Host: what the detail pane asks of the screen

    @Override
    public void open(UUID companyId) {
        if (!confirmLeavingEdits()) {
            return;
        }
        int index = list.indexOf(companyId);
        ignoreSelection = true;
        if (index >= 0) {
            table.table().getSelectionModel().select(index);
            table.table().scrollTo(index);
        } else {
            table.table().getSelectionModel().clearSelection();
        }
        ignoreSelection = false;
        load(companyId);
    }

    @Override
    public void saved(Company company) {
        UUID id = company != null ? company.id() : records.companyId();
        if (id == null) {
            return;
        }
        list.refreshRow(id);
        if (company != null && records.companyId() == null) {
            records.show(id, choices);
        }
    }

    @Override
    public void deleted(UUID companyId) {
        records.show(null, choices);
        list.refreshRow(companyId);
        kit.dialogs().notify(kit.t("company.detail.deleted"));
    }

    @Override
    public void findDuplicates(UUID focus) {
        DuplicatesDialog.show(root.getScene().getWindow(), kit, service, focus, keptId -> {
            list.reload();
            form.clear();
            records.show(null, choices);
            load(keptId);
        });
    }

    /** For tests: the row list the table shows. */
    ObservableList<CompanyRow> rows() {
        return list.rows;
    }
}
