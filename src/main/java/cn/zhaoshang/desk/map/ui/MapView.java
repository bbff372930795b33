package cn.zhaoshang.desk.map.ui;

import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.text.Money;
import cn.zhaoshang.desk.common.ui.DialogService.FileType;
import cn.zhaoshang.desk.common.ui.PngFiles;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.dashboard.DashboardService;
import cn.zhaoshang.desk.dashboard.Period;
import cn.zhaoshang.desk.dashboard.PeriodKind;
import cn.zhaoshang.desk.map.MapFigures;
import cn.zhaoshang.desk.map.MapMeasure;
import cn.zhaoshang.desk.map.MapService;
import cn.zhaoshang.desk.map.Region;
import cn.zhaoshang.desk.map.RegionEntry;
import cn.zhaoshang.desk.map.RegionFigures;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Transform;
import javafx.util.StringConverter;

/**
 * 招商地图: China coloured by the chosen figure, the teams' stations marked. A click on a province zooms into its
 * prefectures and lists its companies or projects on the right; a click on a prefecture narrows the list to it;
 * hovering shows a region's four figures. Filters as on the dashboard; the map exports as PNG for slides.
 */
public final class MapView {
    /** A slide's width in pixels: a full-width picture on a 1920-px projector with room to crop. */
    static final double SLIDE_WIDTH = 2400;

    private final UiKit kit;
    private final Messages m;
    private final MapViewModel model;
    private final BorderPane root = new BorderPane();
    private final MapPane pane;
    private final StackPane picture = new StackPane();
    private final VBox legend = new VBox(3);
    private final Label heading = new Label();
    private final Label regionTitle = new Label();
    private final Label regionFigures = new Label();
    private final TableView<RegionEntry> list = new TableView<>();
    private final Label periodLabel = new Label();
    private final ComboBox<UUID> team = new ComboBox<>();
    private final ComboBox<UUID> chain = new ComboBox<>();
    private final Button back = new Button();

    public MapView(UiKit kit, MapService service) {
        this.kit = kit;
        this.m = kit.messages();
        this.model = new MapViewModel(service, kit.tasks(), m);
        this.pane = new MapPane(model::pick, this::describe);
        root.setId("map-view");
        root.getStylesheets().add(MapView.class.getResource("/css/map.css").toExternalForm());
        root.setTop(toolbar());
        heading.getStyleClass().add("map-heading");
        Label note = new Label(m.get("map.note"));
        note.getStyleClass().add("map-note");
        VBox overlay = new VBox(4, heading, legend);
        overlay.setPickOnBounds(false);
        overlay.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        StackPane.setAlignment(overlay, Pos.BOTTOM_LEFT);
        StackPane.setAlignment(note, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(overlay, new Insets(10));
        StackPane.setMargin(note, new Insets(6));
        picture.getChildren().addAll(pane, overlay, note);
        picture.setStyle("-fx-background-color: white;");
        root.setCenter(picture);
        root.setRight(side());
        model.figures().addListener((o, a, b) -> redraw());
        model.focus().addListener((o, a, b) -> redraw());
        model.selected().addListener((o, a, b) -> {
            redraw();
            showRegion();
        });
        model.measure().addListener((o, a, b) -> redraw());
        model.filter().addListener((o, a, f) -> periodLabel.setText(period(f.period())));
        model.error().addListener((o, a, text) -> {
            if (text != null) {
                heading.setText(text);
            }
        });
        periodLabel.setText(period(model.filter().get().period()));
        model.start(this::fillChoices);
        // others' changes (and this window's) colour the map again while it is shown
        kit.live().watch(root, model::reload, "company", "project", "interaction");
    }

    public Node root() {
        return root;
    }

    private HBox toolbar() {
        ComboBox<MapMeasure> measure = new ComboBox<>();
        measure.setId("map-measure");
        measure.getItems().setAll(MapMeasure.values());
        measure.setConverter(converter(v -> m.label(v)));
        measure.setValue(model.measure().get());
        measure.setOnAction(e -> model.setMeasure(measure.getValue()));
        ComboBox<PeriodKind> kind = new ComboBox<>();
        kind.setId("map-period-kind");
        kind.getItems().setAll(PeriodKind.values());
        kind.setConverter(converter(k -> m.get("map.periodKind." + k.name())));
        kind.setValue(model.filter().get().period().kind());
        kind.setOnAction(e -> model.periodKind(kind.getValue()));
        Button prev = new Button("‹");
        prev.setId("map-prev");
        prev.setOnAction(e -> model.shift(-1));
        Button next = new Button("›");
        next.setId("map-next");
        next.setOnAction(e -> model.shift(1));
        periodLabel.setId("map-period");
        periodLabel.setMinWidth(110);
        periodLabel.setAlignment(Pos.CENTER);
        team.setId("map-team");
        team.setOnAction(e -> model.setFilter(model.filter().get().withTeam(team.getValue())));
        chain.setId("map-chain");
        chain.setOnAction(e -> model.setFilter(model.filter().get().withChain(chain.getValue())));
        ComboBox<String> stage = new ComboBox<>();
        stage.setId("map-stage");
        stage.getItems().add(null);
        stage.getItems().addAll(DashboardService.STAGES);
        stage.setConverter(converter(s -> s == null ? m.get("map.stage.any") : m.get("dashboard.stage." + s)));
        stage.setValue(null);
        stage.setOnAction(e -> model.setFilter(model.filter().get().withStage(stage.getValue())));
        back.setId("map-back");
        back.setText(m.get("map.back"));
        back.setDisable(true);
        back.setOnAction(e -> model.zoomOut());
        model.focus().addListener((o, a, f) -> back.setDisable(f == null));
        Button png = new Button(m.get("map.export"));
        png.setId("map-export");
        png.setOnAction(e -> exportPng());
        HBox bar = new HBox(8, new Label(m.get("map.measure")), measure, kind, prev, periodLabel, next, team, chain, stage, back, png);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        bar.getStyleClass().add("map-toolbar");
        return bar;
    }

    private VBox side() {
        regionTitle.setId("map-region-title");
        regionTitle.getStyleClass().add("map-region-title");
        regionFigures.setId("map-region-figures");
        regionFigures.setWrapText(true);
        list.setId("map-list");
        list.setItems(model.entries());
        Label hint = new Label(m.get("map.list.pick"));
        hint.setWrapText(true);
        list.setPlaceholder(hint);
        list.getColumns().setAll(List.of(column("map.list.name", RegionEntry::name, 190),
                column("map.list.place", RegionEntry::place, 110), column("map.list.status", this::status, 60),
                column("map.list.amount", e -> e.amount() == null ? "" : Money.format(e.amount(), m), 80)));
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox box = new VBox(6, regionTitle, regionFigures, list);
        box.setPadding(new Insets(8));
        box.setPrefWidth(470);
        regionTitle.setText(m.get("map.list.pick"));
        return box;
    }

    private TableColumn<RegionEntry, String> column(String key, Function<RegionEntry, String> value, double width) {
        TableColumn<RegionEntry, String> c = new TableColumn<>(m.get(key));
        c.setCellValueFactory(d -> new SimpleStringProperty(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private String status(RegionEntry e) {
        String s = e.status();
        if (s == null) {
            return "";
        }
        for (String key : List.of("dashboard.stage." + s, "map.status." + s)) {
            if (m.has(key)) {
                return m.get(key);
            }
        }
        return s;
    }

    private void fillChoices() {
        fill(team, model.teams(), "map.team.all");
        fill(chain, model.chains(), "map.chain.all");
    }

    private void fill(ComboBox<UUID> box, Map<UUID, String> names, String allKey) {
        List<UUID> items = new ArrayList<>();
        items.add(null);
        items.addAll(names.keySet());
        box.getItems().setAll(items);
        box.setConverter(converter(id -> id == null ? m.get(allKey) : names.get(id)));
        box.setPromptText(m.get(allKey));
        box.setValue(null);
    }

    private void redraw() {
        MapFigures figures = model.figures().get();
        List<Region> shown = model.shownRegions();
        pane.show(shown, model.insets(), model.stations(), figures, model.measure().get(), model.selected().get());
        Region focus = model.focus().get();
        heading.setText(m.get("map.heading", focus == null ? m.get("map.china") : focus.name(), m.label(model.measure().get()),
                period(model.filter().get().period())));
        legend(figures, shown.isEmpty() ? Region.PROVINCE : shown.getFirst().level());
    }

    private void legend(MapFigures figures, int level) {
        legend.getChildren().clear();
        double max = figures == null ? 0 : figures.max(model.measure().get(), level);
        legend.getChildren().add(swatch(MapPane.EMPTY, m.get("map.legend.none")));
        for (int i = 0; i < MapPane.CLASSES.size() && max > 0; i++) {
            double from = max * Math.pow(i / 5.0, 2);
            double to = max * Math.pow((i + 1) / 5.0, 2);
            legend.getChildren().add(swatch(MapPane.CLASSES.get(i), amount(from) + " – " + amount(to)));
        }
        Label station = new Label(m.get("map.legend.station"));
        station.setGraphic(new Circle(5, Color.web("#D62728")));
        legend.getChildren().add(station);
        legend.getStyleClass().add("map-legend");
    }

    private Label swatch(Color colour, String text) {
        Rectangle r = new Rectangle(18, 12, colour);
        r.setStroke(Color.web("#7F8C9A"));
        Label l = new Label(text, r);
        return l;
    }

    private String amount(double v) {
        if (model.measure().get() == MapMeasure.SIGNED_AMOUNT) {
            return Money.formatSum(BigDecimal.valueOf(v), m);
        }
        return String.valueOf(Math.round(v));
    }

    private void showRegion() {
        Region r = model.selected().get();
        Label placeholder = (Label) list.getPlaceholder();
        if (r == null) {
            regionTitle.setText(m.get("map.list.pick"));
            regionFigures.setText("");
            placeholder.setText(m.get("map.list.pick"));
            return;
        }
        placeholder.setText(m.get("map.list.empty"));
        regionTitle.setText(r.name());
        regionFigures.setText(figures(r));
    }

    /** A region's name and four figures, for the hover. */
    private String describe(Region r) {
        return r.name() + "\n" + figures(r);
    }

    private String figures(Region r) {
        MapFigures figures = model.figures().get();
        RegionFigures f = figures == null ? RegionFigures.NONE : figures.of(r);
        return m.get("map.figures", f.companies(), f.visits(), f.projects(), Money.formatSum(f.signedAmount(), m));
    }

    private String period(Period p) {
        return switch (p.kind()) {
            case YEAR -> m.get("dashboard.period.YEAR", String.valueOf(p.year()));
            case QUARTER, MONTH -> m.get("dashboard.period." + p.kind().name(), String.valueOf(p.year()), String.valueOf(p.no()));
        };
    }

    private void exportPng() {
        kit.dialogs().chooseFileToSave(null, m.get("map.export.file") + ".png", new FileType("PNG", "png"))
                .ifPresent(file -> export(file, done -> { }));
    }

    /**
     * Draws the map with its heading and legend at least twice the screen's resolution and at least
     * {@value #SLIDE_WIDTH} px wide, whatever the window's size, and writes it (tests call this).
     */
    public void export(Path file, Consumer<Path> done) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        double scale = Math.max(2, SLIDE_WIDTH / Math.max(1, picture.getLayoutBounds().getWidth()));
        parameters.setTransform(Transform.scale(scale, scale));
        WritableImage image = picture.snapshot(parameters, null);
        kit.tasks().run(m.get("map.export"), p -> {
            PngFiles.write(image, file);
            return file;
        }, done::accept, kit.dialogs()::showError);
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
