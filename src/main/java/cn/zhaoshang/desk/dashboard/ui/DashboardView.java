package cn.zhaoshang.desk.dashboard.ui;

import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.ui.DialogService.FileType;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.dashboard.DashboardData;
import cn.zhaoshang.desk.dashboard.DashboardFilter;
import cn.zhaoshang.desk.dashboard.DashboardService;
import cn.zhaoshang.desk.dashboard.DrillDown;
import cn.zhaoshang.desk.dashboard.Indicator;
import cn.zhaoshang.desk.dashboard.IndicatorProgress;
import cn.zhaoshang.desk.dashboard.Kpis;
import cn.zhaoshang.desk.dashboard.Period;
import cn.zhaoshang.desk.dashboard.PeriodKind;
import cn.zhaoshang.desk.dashboard.RankingRow;
import cn.zhaoshang.desk.dashboard.Ratios;
import cn.zhaoshang.desk.dashboard.TargetService;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import javax.imageio.ImageIO;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * 领导驾驶舱: one screen a leader reads in ten seconds. Period and team pickers on top, KPI tiles,
 * the funnel and progress against target, rankings, chains and sources, overdue items; a click on
 * any figure opens the list behind it. Exports itself as PNG.
 */
public final class DashboardView {
    private final UiKit kit;
    private final DashboardService service;
    private final TargetService targets;
    private final Messages m;
    private final DashboardViewModel model;
    private final BorderPane root = new BorderPane();
    private final VBox content = new VBox(12);
    private final List<DashboardExtra> extras;
    private long rendered;
    private final ComboBox<PeriodKind> kind = new ComboBox<>();
    private final ComboBox<UUID> team = new ComboBox<>();
    private final Label periodLabel = new Label();
    private final ScrollPane scroll = new ScrollPane();
    private static final double FUNNEL_MIN_WIDTH = 260;

    /**
     * @param myTeam the signed-in person's team ("my workspace"; null for everything), asked in the
     *               background when the screen opens
     */
    public DashboardView(UiKit kit, DashboardService service, TargetService targets, Supplier<UUID> myTeam) {
        this(kit, service, targets, myTeam, List.of());
    }

    /** With the cards other features add below the dashboard's own. */
    public DashboardView(UiKit kit, DashboardService service, TargetService targets, Supplier<UUID> myTeam,
                         List<DashboardExtra> extras) {
        this.extras = List.copyOf(extras);
        this.kit = kit;
        this.service = service;
        this.targets = targets;
        this.m = kit.messages();
        this.model = new DashboardViewModel(service, kit.tasks(), m, myTeam);
        root.setId("dashboard-view");
        root.getStylesheets().add(DashboardView.class.getResource("/css/dashboard.css").toExternalForm());
        root.setTop(toolbar());
        content.setPadding(new Insets(12));
        content.getStyleClass().add("dashboard-content");
        scroll.setContent(content);
        scroll.setFitToWidth(true);
        root.setCenter(scroll);
        model.data().addListener((obs, old, data) -> render(data));
        model.error().addListener((obs, old, text) -> {
            if (text != null) {
                content.getChildren().setAll(new Label(text));
            }
        });
        model.period().addListener((obs, old, p) -> periodLabel.setText(Texts.period(m, p)));
        periodLabel.setText(Texts.period(m, model.period().get()));
        content.getChildren().setAll(new Label(m.get("dashboard.loading")));
        // F5 reloads; Alt+← / Alt+→ step the period (the toolbar's arrows).
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F5) {
                model.reload();
                e.consume();
            } else if (e.isAltDown() && (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.RIGHT)) {
                model.shift(e.getCode() == KeyCode.LEFT ? -1 : 1);
                e.consume();
            }
        });
        model.start(this::fillTeams);
        // Figures follow committed changes (an import, a colleague's signing) while the dashboard is shown.
        kit.live().watch(root, model::reload, "project", "project_fund", "interaction", "task", "target", "company");
    }

    public Node root() {
        return root;
    }

    public DashboardViewModel model() {
        return model;
    }

    private Node toolbar() {
        kind.setId("dashboard-period-kind");
        kind.getItems().setAll(PeriodKind.values());
        kind.setConverter(new StringConverter<>() {
            @Override public String toString(PeriodKind k) { return k == null ? "" : m.label(k); }
            @Override public PeriodKind fromString(String s) { return null; }
        });
        kind.setValue(model.period().get().kind());
        kind.setOnAction(e -> model.periodKind(kind.getValue()));
        Button prev = new Button(null, new FontIcon(Feather.CHEVRON_LEFT));
        prev.setId("dashboard-prev");
        prev.setTooltip(new Tooltip(m.get("dashboard.tip.prev")));
        prev.setOnAction(e -> model.shift(-1));
        Button next = new Button(null, new FontIcon(Feather.CHEVRON_RIGHT));
        next.setId("dashboard-next");
        next.setTooltip(new Tooltip(m.get("dashboard.tip.next")));
        next.setOnAction(e -> model.shift(1));
        periodLabel.setId("dashboard-period");
        periodLabel.setMinWidth(120);
        periodLabel.setAlignment(Pos.CENTER);
        team.setId("dashboard-team");
        team.setConverter(new StringConverter<>() {
            @Override public String toString(UUID id) { return id == null ? m.get("dashboard.team.all") : model.teams().getOrDefault(id, "?"); }
            @Override public UUID fromString(String s) { return null; }
        });
        team.setOnAction(e -> {
            if (!Objects.equals(team.getValue(), model.team().get())) {
                model.selectTeam(team.getValue());
            }
        });
        Button all = new Button(m.get("dashboard.team.widen"));
        all.setId("dashboard-all-teams");
        all.setOnAction(e -> team.setValue(null));
        Button refresh = new Button(null, new FontIcon(Feather.REFRESH_CW));
        refresh.setId("dashboard-refresh");
        refresh.setTooltip(new Tooltip(m.get("dashboard.tip.refresh")));
        refresh.setOnAction(e -> model.reload());
        Button png = new Button(m.get("dashboard.export.png"), new FontIcon(Feather.IMAGE));
        png.setId("dashboard-export-png");
        png.setOnAction(e -> choosePng());
        Button goals = new Button(kit.t("dashboard.targets.title"), new FontIcon(Feather.TARGET));
        goals.setId("dashboard-targets-open");
        goals.setOnAction(e -> openTargets());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, new Label(m.get("dashboard.title")), spacer, kind, prev, periodLabel, next, team, all, refresh, goals, png);
        bar.getChildren().getFirst().getStyleClass().add("title-3");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        return bar;
    }

    private void fillTeams() {
        team.getItems().setAll((UUID) null);
        team.getItems().addAll(model.teams().keySet());
        team.setValue(model.team().get());
    }

    private void render(DashboardData d) {
        content.getChildren().setAll(tiles(d), progressAndFunnel(d), rankings(d), chainsAndSources(d), overdue(d));
        long shown = ++rendered;
        Period p = d.filter().period();
        for (DashboardExtra extra : extras) {
            kit.tasks().run(m.get("dashboard.loading"), task -> extra.load(p.from(), p.to(), d.filter().teamId()), card -> {
                if (shown == rendered) {   // a newer load replaced the content meanwhile
                    content.getChildren().add(card.get());
                }
            }, kit.dialogs()::showError);
        }
    }

    // KPI tiles: the headline figures of the picked period.
    private Node tiles(DashboardData d) {
        Kpis k = d.kpis();
        IndicatorProgress funds = find(d, d.filter().period().kind(), Indicator.FUNDS_IN_PLACE);
        IndicatorProgress visits = find(d, d.filter().period().kind(), Indicator.VISITS);
        String when = Texts.period(m, d.filter().period());
        // Each tile says what it counts and for which period (caption), and defines itself (tooltip): the rates
        // are over the projects SIGNED in the period; the money and visits tiles count what HAPPENED in it.
        List<Node> all = List.of(
                tile("signed", String.valueOf(k.signed()), m.get("dashboard.tile.signedHint", when),
                        DrillDown.of(DrillDown.Kind.KPI_SIGNED)),
                tile("amount", Texts.money(m, k.contractAmount()), m.get("dashboard.tile.amountHint", k.signed()),
                        DrillDown.of(DrillDown.Kind.KPI_SIGNED)),
                tile("fulfil", Ratios.percent(k.fulfilmentRate()),
                        m.get("dashboard.tile.fulfilHint", String.valueOf(k.registered()), String.valueOf(k.signed())),
                        DrillDown.of(DrillDown.Kind.KPI_NOT_REGISTERED)),
                tile("start", Ratios.percent(k.startRate()),
                        m.get("dashboard.tile.startHint", String.valueOf(k.started()), String.valueOf(k.signed())),
                        DrillDown.of(DrillDown.Kind.KPI_NOT_STARTED)),
                tile("funds", Ratios.percent(k.fundsRate()),
                        m.get("dashboard.tile.fundsHint", Texts.money(m, k.fundsInPlace()), Texts.money(m, k.contractAmount())),
                        DrillDown.of(DrillDown.Kind.KPI_SIGNED)),
                tile("fundsIn", funds == null ? "—" : Texts.money(m, funds.actual()), m.get("dashboard.tile.fundsInHint", when),
                        DrillDown.of(Indicator.FUNDS_IN_PLACE)),
                tile("visits", visits == null ? "—" : Texts.count(visits.actual()), m.get("dashboard.tile.visitsHint", when),
                        DrillDown.of(Indicator.VISITS)),
                overdueTile(d));
        // Two even rows of four: the tiles fill the width at any window size instead of leaving a ragged gap.
        GridPane tiles = new GridPane(10, 10);
        tiles.setId("dashboard-tiles");
        for (int c = 0; c < 4; c++) {
            ColumnConstraints col = new ColumnConstraints();
            col.setPercentWidth(25);
            col.setFillWidth(true);
            tiles.getColumnConstraints().add(col);
        }
        for (int i = 0; i < all.size(); i++) {
            Region tile = (Region) all.get(i);
            tile.setMaxWidth(Double.MAX_VALUE);
            tile.setMaxHeight(Double.MAX_VALUE);
            tiles.add(tile, i % 4, i / 4);
        }
        return tiles;
    }

    private IndicatorProgress find(DashboardData d, PeriodKind kind, Indicator indicator) {
        return d.progress().stream().filter(p -> p.period().equals(d.filter().period()) && p.indicator() == indicator)
                .findFirst().orElse(d.progress().stream().filter(p -> p.period().kind() == kind && p.indicator() == indicator)
                        .findFirst().orElse(null));
    }

    /** A KPI tile: its title, value, caption, and its definition as a tooltip ("dashboard.tile.ID.def"). */
    private Node tile(String id, String value, String hint, DrillDown drill) {
        String title = m.get("dashboard.tile." + id);
        Label t = new Label(title);
        t.getStyleClass().add("dashboard-tile-title");
        Label v = new Label(value);
        v.setId("dashboard-tile-" + id + "-value");
        v.getStyleClass().add("dashboard-tile-value");
        VBox box = new VBox(4, t, v);
        if (hint != null) {
            Label h = new Label(hint);
            h.getStyleClass().add("dashboard-tile-hint");
            box.getChildren().add(h);
        }
        box.setId("dashboard-tile-" + id);
        Tooltip.install(box, new Tooltip(m.get("dashboard.tile." + id + ".def")));
        box.getStyleClass().add("dashboard-tile");
        box.setPrefWidth(160);
        box.setStyle("-fx-cursor: hand;");
        if (drill != null) {
            box.setOnMouseClicked(e -> openDrill(title, drill, model.filter()));
        }
        return box;
    }

    private Node overdueTile(DashboardData d) {
        Node tile = tile("overdue", String.valueOf(d.overdueCount()), m.get("dashboard.tile.overdueHint"), null);
        if (d.overdueCount() > 0) {
            tile.getStyleClass().add("dashboard-tile-alert");
        }
        // The list behind this figure is the overdue card at the bottom of the page: go there.
        tile.setOnMouseClicked(e -> content.getChildren().stream().filter(n -> "dashboard-overdue-card".equals(n.getId()))
                .findFirst().ifPresent(this::reveal));
        return tile;
    }

    /** Scrolls the page so that the node's top is in view. */
    void reveal(Node node) {
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        double y = node.getBoundsInParent().getMinY();
        scroll.setVvalue(contentHeight <= viewport ? 0 : Math.min(1, y / (contentHeight - viewport)));
    }

    // Progress against target (以月保季、以季保年) beside the funnel.
    private Node progressAndFunnel(DashboardData d) {
        GridPane grid = new GridPane(14, 6);
        grid.setId("dashboard-progress");
        grid.getStyleClass().add("dashboard-card");
        Label title = heading(m.get("dashboard.progress.title"));
        title.setWrapText(true);
        title.setMaxWidth(130);
        grid.add(title, 0, 0);
        List<PeriodKind> kinds = List.of(PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.YEAR);
        for (int c = 0; c < kinds.size(); c++) {
            PeriodKind k = kinds.get(c);
            IndicatorProgress any = d.progress().stream().filter(p -> p.period().kind() == k).findFirst().orElseThrow();
            Label head = heading(m.get("dashboard.progress.column", Texts.period(m, any.period()), Ratios.percent(any.elapsedShare())));
            head.setMinWidth(Region.USE_PREF_SIZE);
            grid.add(head, c + 1, 0);
        }
        int row = 1;
        for (Indicator i : Indicator.values()) {
            grid.add(new Label(m.label(i)), 0, row);
            for (int c = 0; c < kinds.size(); c++) {
                PeriodKind k = kinds.get(c);
                IndicatorProgress p = d.progress().stream().filter(x -> x.period().kind() == k && x.indicator() == i).findFirst().orElseThrow();
                Label cell = new Label(progressText(p));
                cell.setId("dashboard-progress-" + k.name().toLowerCase() + "-" + i.name().toLowerCase());
                cell.getStyleClass().add(p.target() == null ? "dashboard-no-target" : p.behind() ? "dashboard-behind" : "dashboard-ahead");
                cell.setStyle("-fx-cursor: hand;");
                cell.setOnMouseClicked(e -> openDrill(m.label(i) + " · " + Texts.period(m, p.period()), DrillDown.of(i),
                        new DashboardFilter(p.period(), model.team().get())));
                grid.add(cell, c + 1, row);
            }
            row++;
        }
        Label legend = new Label(m.get("dashboard.progress.legend"));
        legend.getStyleClass().add("dashboard-tile-hint");
        legend.setWrapText(true);
        legend.setMaxWidth(560);
        grid.add(legend, 0, row, 4, 1);
        grid.setMinWidth(Region.USE_PREF_SIZE);
        Region funnel = DashboardCharts.funnel(m, d.funnel(), drill -> openDrill(m.get("dashboard.funnel.title"), drill, model.filter()));
        // Beside the progress table while the funnel keeps a readable width, else on its own line below
        // at full width (narrow windows, longer English labels).
        FlowPane box = new FlowPane(12, 12, grid, funnel);
        funnel.prefWidthProperty().bind(Bindings.createDoubleBinding(() -> {
            double rest = box.getWidth() - grid.prefWidth(-1) - 14;
            return rest >= FUNNEL_MIN_WIDTH ? rest : Math.max(FUNNEL_MIN_WIDTH, box.getWidth() - 2);
        }, box.widthProperty()));
        return box;
    }

    private String progressText(IndicatorProgress p) {
        String actual = Texts.value(m, p.indicator(), p.actual());
        if (p.target() == null) {
            return actual;
        }
        return actual + " / " + Texts.value(m, p.indicator(), p.target()) + "  (" + Ratios.percent(p.doneShare()) + ")";
    }

    // Stacked, each the full width: eight columns side by side cut the names and amounts short.
    private Node rankings(DashboardData d) {
        VBox teams = card(m.get("dashboard.ranking.teams"), DashboardTables.ranking(m, "dashboard-team-ranking", d.teamRanking(),
                this::openTeamRow));
        VBox units = card(m.get("dashboard.ranking.units"), DashboardTables.ranking(m, "dashboard-unit-ranking", d.unitRanking(),
                this::openUnitRow));
        return new VBox(12, teams, units);
    }

    private void openTeamRow(RankingRow row) {
        openDrill(row.ownerName() + " · " + m.label(Indicator.SIGNED_PROJECTS), DrillDown.of(Indicator.SIGNED_PROJECTS),
                new DashboardFilter(model.period().get(), row.ownerId()));
    }

    private void openUnitRow(RankingRow row) {
        openDrill(row.ownerName() + " · " + m.label(Indicator.SIGNED_PROJECTS), DrillDown.unitSigned(row.ownerId()),
                new DashboardFilter(model.period().get(), null));
    }

    private Node chainsAndSources(DashboardData d) {
        Node chains = d.byChain().isEmpty() ? card(m.get("dashboard.chains.title"), new Label(m.get("dashboard.chains.empty")))
                : DashboardCharts.chains(m, d.byChain(), drill -> openDrill(m.get("dashboard.chains.title"), drill, model.filter()));
        Node sources = DashboardCharts.sources(m, d.bySource(), drill -> openDrill(m.get("dashboard.sources.title"), drill, model.filter()));
        HBox box = new HBox(12, chains, sources);
        HBox.setHgrow(chains, Priority.ALWAYS);
        HBox.setHgrow(sources, Priority.ALWAYS);
        return box;
    }

    private Node overdue(DashboardData d) {
        VBox card = card(m.get("dashboard.overdue.title", String.valueOf(d.overdueCount())), DashboardTables.overdue(m, d.overdue()));
        card.setId("dashboard-overdue-card");
        return card;
    }

    private VBox card(String title, Node body) {
        VBox box = new VBox(6, heading(title), body);
        box.getStyleClass().add("dashboard-card");
        return box;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("dashboard-heading");
        return l;
    }

    private void openDrill(String title, DrillDown drill, DashboardFilter filter) {
        model.drill(drill, filter, rows -> DrillDialog.show(root.getScene().getWindow(), m, title, rows));
    }

    private void openTargets() {
        kit.tasks().run(m.get("dashboard.loading"), p -> service.units(), units ->
                new TargetDialog(kit, targets, model.teams(), units, model.period().get().year())
                        .show(root.getScene().getWindow(), model::reload), kit.dialogs()::showError);
    }

    private void choosePng() {
        kit.dialogs().chooseFileToSave(null, m.get("dashboard.export.fileName", model.period().get().code()) + ".png",
                new FileType("PNG", "png")).ifPresent(file -> {
            String name = file.getFileName().toString();
            try {
                exportPng(file);
                kit.dialogs().notify(m.get("dashboard.export.done", name));
            } catch (IOException e) {
                kit.dialogs().showError(new DeskException(e, "dashboard.export.failed", name));
            }
        });
    }

    /** Writes the whole dashboard (not only the visible part) as a PNG. */
    public void exportPng(Path file) throws IOException {
        var image = content.snapshot(null, null);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
    }
}
