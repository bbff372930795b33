package cn.zhaoshang.desk.exchange.ui;

import cn.zhaoshang.desk.common.time.OfficeZone;
import cn.zhaoshang.desk.common.ui.EmptyState;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.company.CompanyService;
import cn.zhaoshang.desk.exchange.ExportRecord;
import cn.zhaoshang.desk.exchange.ExportService;
import cn.zhaoshang.desk.exchange.ImportRun;
import cn.zhaoshang.desk.exchange.ImportService;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The exchange area (导入导出): past imports with undo and the import wizard, the contact-list
 * export, and — for managers — the export log (导出记录). The lists and the undo live in
 * {@link ExchangeViewModel}; the view lays them out.
 */
public final class ExchangeView {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(OfficeZone.ZONE);
    private final UiKit kit;
    private final ExchangeViewModel model;
    private final StackPane importPane = new StackPane();
    private final TableView<ImportRun> runs = new TableView<>();
    private final TableView<ExportRecord> log = new TableView<>();
    private final TabPane tabs = new TabPane();
    private final VBox runsBox;

    public ExchangeView(UiKit kit, ImportService imports, ExportService exports, CompanyService companies) {
        this.kit = kit;
        this.model = new ExchangeViewModel(imports, exports, companies, kit.tasks(), kit.dialogs(), kit.messages());
        ImportWizardViewModel wizardModel = model.wizard();
        ImportWizardView wizard = new ImportWizardView(kit, wizardModel, this::showRuns);
        wizardModel.summary().addListener((obs, old, done) -> model.refreshRuns());
        this.runsBox = runsList(() -> importPane.getChildren().setAll(wizard.root()));
        importPane.getChildren().setAll(runsBox);
        Tab importTab = new Tab(kit.t("exchange.tab.import"), importPane);
        importTab.setId("exchange-tab-import");
        ExportView exportView = new ExportView(kit, model.exportForm());
        model.loadChoices(exportView::setChoices);
        Tab exportTab = new Tab(kit.t("exchange.tab.export"), exportView.root());
        exportTab.setId("exchange-tab-export");
        Tab logTab = new Tab(kit.t("exchange.tab.log"), exportLog());
        logTab.setId("exchange-tab-log");
        logTab.setOnSelectionChanged(e -> {
            if (logTab.isSelected()) {
                model.refreshLog();
            }
        });
        tabs.getTabs().setAll(importTab, exportTab, logTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("exchange-view");
        tabs.getStylesheets().add(ExchangeView.class.getResource("/css/exchange.css").toExternalForm());
        model.refreshRuns();
    }

    public Node root() {
        return tabs;
    }

    private void showRuns() {
        importPane.getChildren().setAll(runsBox);
        model.refreshRuns();
    }

    private VBox runsList(Runnable openWizard) {
        Button start = new Button(kit.t("exchange.runs.new"), new FontIcon(Feather.UPLOAD));
        start.setId("exchange-new-import");
        start.getStyleClass().add("accent");
        start.setOnAction(e -> openWizard.run());
        Button undo = new Button(kit.t("exchange.runs.undo"), new FontIcon(Feather.ROTATE_CCW));
        undo.setId("exchange-undo-import");
        undo.disableProperty().bind(runs.getSelectionModel().selectedItemProperty().isNull());
        undo.setOnAction(e -> model.undo(runs.getSelectionModel().getSelectedItem()));
        runs.setId("exchange-import-runs");
        runs.setItems(model.runs());
        runs.getColumns().setAll(
                column("exchange.runs.when", r -> WHEN.format(r.startedAt()), 130),
                column("exchange.runs.entity", r -> kit.messages().label(r.entity()), 80),
                column("exchange.runs.file", r -> Path.of(r.fileName()).getFileName().toString(), 220),
                column("exchange.runs.user", ImportRun::userName, 80),
                column("exchange.runs.counts", r -> kit.t("exchange.runs.countsValue", r.imported(), r.updated(),
                        r.skipped(), r.rejected()), 260),
                column("exchange.runs.state", r -> r.isUndone() ? kit.t("exchange.runs.undone", WHEN.format(r.undoneAt()))
                        : "", 140));
        runs.setPlaceholder(EmptyState.create(Feather.UPLOAD, kit.t("exchange.runs.empty"), kit.t("exchange.runs.emptyHint")));
        VBox.setVgrow(runs, Priority.ALWAYS);
        Label title = new Label(kit.t("exchange.runs.title"));
        title.getStyleClass().add("title-3");
        HBox bar = new HBox(10, title, new Region(), start, undo);
        HBox.setHgrow(bar.getChildren().get(1), Priority.ALWAYS);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(12, bar, runs);
        box.setPadding(new Insets(20, 24, 20, 24));
        return box;
    }

    private Node exportLog() {
        if (!model.canReadLog()) {
            VBox box = new VBox(EmptyState.create(Feather.LOCK, kit.t("exchange.log.managersOnly"),
                    kit.t("exchange.log.managersOnlyHint")));
            box.setId("exchange-log-locked");
            box.setAlignment(Pos.CENTER);
            return box;
        }
        log.setId("exchange-export-log");
        log.setItems(model.log());
        log.getColumns().setAll(
                logColumn("exchange.log.when", r -> WHEN.format(r.occurredAt()), 130),
                logColumn("exchange.log.user", ExportRecord::userName, 90),
                logColumn("exchange.log.kind", r -> kit.messages().has("exchange.log.kind." + r.kind())
                        ? kit.t("exchange.log.kind." + r.kind()) : r.kind(), 120),
                logColumn("exchange.log.filter", r -> r.filter() == null || r.filter().isEmpty()
                        ? kit.t("exchange.log.allCompanies") : r.filter(), 200),
                logColumn("exchange.log.rows", r -> String.valueOf(r.rows()), 70),
                logColumn("exchange.log.masked", r -> kit.t(r.masked() ? "exchange.export.yes" : "exchange.export.no"), 60),
                logColumn("exchange.log.file", ExportRecord::fileName, 300));
        log.setPlaceholder(EmptyState.create(Feather.FILE_TEXT, kit.t("exchange.log.empty"), kit.t("exchange.log.emptyHint")));
        Label title = new Label(kit.t("exchange.tab.log"));
        title.getStyleClass().add("title-3");
        VBox.setVgrow(log, Priority.ALWAYS);
        VBox box = new VBox(12, title, log);
        box.setPadding(new Insets(20, 24, 20, 24));
        return box;
    }

    private TableColumn<ImportRun, String> column(String key, Function<ImportRun, String> value, double width) {
        TableColumn<ImportRun, String> c = new TableColumn<>(kit.t(key));
        c.setCellValueFactory(r -> new ReadOnlyStringWrapper(value.apply(r.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private TableColumn<ExportRecord, String> logColumn(String key, Function<ExportRecord, String> value, double width) {
        TableColumn<ExportRecord, String> c = new TableColumn<>(kit.t(key));
        c.setCellValueFactory(r -> new ReadOnlyStringWrapper(value.apply(r.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
