package cn.zhaoshang.desk.map.ui;

import cn.zhaoshang.desk.map.AlbersProjection;
import cn.zhaoshang.desk.map.MapFigures;
import cn.zhaoshang.desk.map.MapMeasure;
import cn.zhaoshang.desk.map.Region;
import cn.zhaoshang.desk.map.RegionFigures;
import cn.zhaoshang.desk.map.Station;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.SVGPath;
import javafx.util.Duration;

/**
 * Draws regions as filled outlines in the Albers projection, fitted to the pane's size and redrawn when it
 * changes: each region a node with id {@code map-region-CODE} (click → {@code onPick}, hover → its figures),
 * coloured in five classes of the chosen measure, names at their label points, the teams' stations as red dots.
 */
final class MapPane extends Pane {
    /** Five blues from light to dark (ColorBrewer's sequential "Blues"), and grey for nothing. */
    static final List<Color> CLASSES = List.of(Color.web("#DEEBF7"), Color.web("#9ECAE1"), Color.web("#6BAED6"),
            Color.web("#3182BD"), Color.web("#08519C"));
    static final Color EMPTY = Color.web("#F4F4F4");
    private static final double MARGIN = 16;

    private final Consumer<Region> onPick;
    private final Function<Region, String> describe;
    private List<Region> regions = List.of();
    private List<Region> insets = List.of();
    private List<Station> stations = List.of();
    private MapFigures figures;
    private MapMeasure measure = MapMeasure.COMPANIES;
    private Region selected;

    MapPane(Consumer<Region> onPick, Function<Region, String> describe) {
        this.onPick = onPick;
        this.describe = describe;
        setId("map-canvas");
        setMinSize(200, 200);
        setStyle("-fx-background-color: #FFFFFF;");
        widthProperty().addListener((o, a, b) -> redraw());
        heightProperty().addListener((o, a, b) -> redraw());
    }

    void show(List<Region> shown, List<Region> insetRegions, List<Station> teamStations, MapFigures data, MapMeasure what,
              Region picked) {
        this.regions = shown;
        this.insets = insetRegions;
        this.stations = teamStations;
        this.figures = data;
        this.measure = what;
        this.selected = picked;
        redraw();
    }

    /** The colour class (0–4) of a value, or -1 for none: square-root steps, so a few big regions do not wash out the rest. */
    static int colourClass(double value, double max) {
        if (value <= 0 || max <= 0) {
            return -1;
        }
        return Math.min(CLASSES.size() - 1, (int) Math.floor(Math.sqrt(value / max) * CLASSES.size()));
    }

    private void redraw() {
        getChildren().clear();
        if (regions.isEmpty() || getWidth() <= 0 || getHeight() <= 0) {
            return;
        }
        Fit fit = fit();
        double max = figures == null ? 0 : figures.max(measure, regions.getFirst().level());
        for (Region r : regions) {
            SVGPath path = outline(r, fit);
            RegionFigures f = figures == null ? RegionFigures.NONE : figures.of(r);
            int c = colourClass(f.value(measure), max);
            path.setFill(c < 0 ? EMPTY : CLASSES.get(c));
            boolean picked = selected != null && selected.level() == r.level() && selected.code().equals(r.code());
            path.setStroke(picked ? Color.web("#C00000") : Color.web("#7F8C9A"));
            path.setStrokeWidth(picked ? 2.2 : 0.6);
            path.setId("map-region-" + r.code());
            path.setOnMouseClicked(e -> onPick.accept(r));
            path.setOnMouseEntered(e -> path.setOpacity(0.8));
            path.setOnMouseExited(e -> path.setOpacity(1));
            Tooltip tip = new Tooltip();
            tip.setShowDelay(Duration.millis(120));
            tip.setOnShowing(e -> tip.setText(describe.apply(r)));
            Tooltip.install(path, tip);
            getChildren().add(path);
        }
        for (Region r : insets) {
            SVGPath path = outline(r, fit);
            path.setFill(Color.web("#7F8C9A"));
            path.setMouseTransparent(true);
            getChildren().add(path);
        }
        for (Region r : regions) {
            label(shortName(r.name()), fit.x(r.labelLon(), r.labelLat()), fit.y(r.labelLon(), r.labelLat()), "map-label");
        }
        int n = 0;
        List<double[]> placed = new ArrayList<>();
        for (Station s : stations) {
            if (!within(s)) {
                continue;
            }
            double x = fit.x(s.lon(), s.lat());
            double y = fit.y(s.lon(), s.lat());
            // names above their dots; of two stations close together (广州, 深圳) the second one's goes below
            boolean crowded = placed.stream().anyMatch(p -> Math.hypot(p[0] - x, p[1] - y) < 40);
            placed.add(new double[] {x, y});
            Circle dot = new Circle(x, y, 6, Color.web("#D62728"));
            dot.setStroke(Color.WHITE);
            dot.setStrokeWidth(1.5);
            dot.setId("map-station-" + n++);
            Tooltip.install(dot, new Tooltip(s.teamName()));
            getChildren().add(dot);
            Label name = new Label(s.baseCity());
            name.getStyleClass().add("map-station-label");
            name.setMouseTransparent(true);
            name.relocate(x - 6 * s.baseCity().length(), crowded ? y + 7 : y - 25);
            getChildren().add(name);
        }
    }

    private boolean within(Station s) {
        Region first = regions.getFirst();
        return first.level() == Region.PROVINCE || s.regionCode().startsWith(first.code().substring(0, 2));
    }

    private void label(String text, double x, double y, String style) {
        Label label = new Label(text);
        label.getStyleClass().add(style);
        label.setMouseTransparent(true);
        label.relocate(x - text.length() * 5, y - 8);
        getChildren().add(label);
    }

    /** The peoples named in autonomous regions' and prefectures' names (GB/T 3304), longest first. */
    private static final String PEOPLES = "柯尔克孜|维吾尔|哈萨克|蒙古|土家|布依|朝鲜|哈尼|傈僳|景颇|苗|侗|彝|藏|回|壮|傣|白|羌|黎";

    /** 新疆维吾尔自治区 → 新疆, 河南省 → 河南, 黔东南苗族侗族自治州 → 黔东南, 郑州市 → 郑州, 内蒙古自治区 → 内蒙古. */
    static String shortName(String name) {
        String s = name.replaceAll("((" + PEOPLES + ")族?)*自治(区|州)$", "");
        if (s.length() < 2) {
            s = name.replaceAll("自治(区|州)$", "");
        }
        s = s.replaceAll("(特别行政区|省|市|地区|盟)$", "");
        return s.isEmpty() ? name : s;
    }

    private SVGPath outline(Region r, Fit fit) {
        StringBuilder d = new StringBuilder();
        for (double[] ring : r.rings()) {
            for (int i = 0; i + 1 < ring.length; i += 2) {
                d.append(i == 0 ? 'M' : 'L').append(round(fit.x(ring[i], ring[i + 1]))).append(' ')
                        .append(round(fit.y(ring[i], ring[i + 1]))).append(' ');
            }
            d.append("Z ");
        }
        SVGPath path = new SVGPath();
        path.setContent(d.toString());
        path.setFillRule(FillRule.EVEN_ODD);
        return path;
    }

    private static String round(double v) {
        return String.valueOf(Math.round(v * 10) / 10.0);
    }

    /** Scale and offset that fit the projected outlines into the pane, north up. */
    private Fit fit() {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        List<Region> all = new ArrayList<>(regions);
        all.addAll(insets);
        for (Region r : all) {
            for (double[] ring : r.rings()) {
                for (int i = 0; i + 1 < ring.length; i += 2) {
                    double[] p = AlbersProjection.project(ring[i], ring[i + 1]);
                    minX = Math.min(minX, p[0]);
                    maxX = Math.max(maxX, p[0]);
                    minY = Math.min(minY, p[1]);
                    maxY = Math.max(maxY, p[1]);
                }
            }
        }
        double scale = Math.min((getWidth() - 2 * MARGIN) / (maxX - minX), (getHeight() - 2 * MARGIN) / (maxY - minY));
        double offsetX = (getWidth() - scale * (maxX - minX)) / 2 - scale * minX;
        double offsetY = (getHeight() - scale * (maxY - minY)) / 2 + scale * maxY;
        return new Fit(scale, offsetX, offsetY);
    }

    private record Fit(double scale, double offsetX, double offsetY) {
        double x(double lon, double lat) {
            return offsetX + scale * AlbersProjection.project(lon, lat)[0];
        }

        double y(double lon, double lat) {
            return offsetY - scale * AlbersProjection.project(lon, lat)[1];
        }
    }
}
