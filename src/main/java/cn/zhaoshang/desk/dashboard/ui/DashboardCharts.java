package cn.zhaoshang.desk.dashboard.ui;

import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.dashboard.DrillDown;
import cn.zhaoshang.desk.dashboard.GroupCount;
import cn.zhaoshang.desk.dashboard.StageCount;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/** The dashboard's charts; a click on a bar or slice opens the projects behind it. */
final class DashboardCharts {
    private DashboardCharts() {
    }

    /** Horizontal bars, pipeline order from the top; the label carries count and amount. */
    static BarChart<Number, String> funnel(Messages m, List<StageCount> stages, Consumer<DrillDown> drill) {
        NumberAxis x = new NumberAxis();
        x.setLabel(m.get("dashboard.chart.projects"));
        x.setMinorTickVisible(false);
        CategoryAxis y = new CategoryAxis();
        BarChart<Number, String> chart = new BarChart<>(x, y);
        chart.setId("dashboard-funnel");
        chart.setTitle(m.get("dashboard.funnel.title"));
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        for (StageCount s : stages.reversed()) {
            String label = Texts.stage(m, s.stage()) + "  " + s.projects() + " · " + Texts.money(m, s.amount());
            XYChart.Data<Number, String> d = new XYChart.Data<>(s.projects(), label);
            clickable(d, m.get("dashboard.funnel.tip", Texts.stage(m, s.stage())),
                    () -> drill.accept(new DrillDown(DrillDown.Kind.STAGE, s.stage())));
            series.getData().add(d);
        }
        chart.getData().add(series);
        chart.setMinHeight(300);
        return chart;
    }

    static BarChart<String, Number> chains(Messages m, List<GroupCount> chains, Consumer<DrillDown> drill) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setLabel(m.get("dashboard.chart.projects"));
        y.setMinorTickVisible(false);
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setId("dashboard-chains");
        chart.setTitle(m.get("dashboard.chains.title"));
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (GroupCount c : chains) {
            XYChart.Data<String, Number> d = new XYChart.Data<>(c.label(), c.projects());
            clickable(d, c.label() + "：" + c.projects() + " · " + Texts.money(m, c.amount()),
                    () -> drill.accept(new DrillDown(DrillDown.Kind.CHAIN, c.key())));
            series.getData().add(d);
        }
        chart.getData().add(series);
        chart.setMinHeight(280);
        return chart;
    }

    /**
     * Horizontal bars per source channel, largest on top: readable with Chinese labels even when one
     * channel dominates (a pie then shows one full disc with nothing to read).
     */
    static BarChart<Number, String> sources(Messages m, List<GroupCount> sources, Consumer<DrillDown> drill) {
        NumberAxis x = new NumberAxis();
        x.setLabel(m.get("dashboard.chart.projects"));
        x.setMinorTickVisible(false);
        BarChart<Number, String> chart = new BarChart<>(x, new CategoryAxis());
        chart.setId("dashboard-sources");
        chart.setTitle(m.get("dashboard.sources.title"));
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        for (GroupCount c : sources.reversed()) {
            String label = Texts.channel(m, c.key()) + "  " + c.projects() + " · " + Texts.money(m, c.amount());
            XYChart.Data<Number, String> d = new XYChart.Data<>(c.projects(), label);
            clickable(d, Texts.channel(m, c.key()), () -> drill.accept(new DrillDown(DrillDown.Kind.SOURCE, c.key())));
            series.getData().add(d);
        }
        chart.getData().add(series);
        // As tall as its bars need: one channel alone would otherwise be one slab filling the plot.
        chart.setPrefHeight(Math.max(170, 90 + 34.0 * sources.size()));
        chart.setMinHeight(Region.USE_PREF_SIZE);
        chart.setMaxHeight(Region.USE_PREF_SIZE);
        return chart;
    }

    private static <X, Y> void clickable(XYChart.Data<X, Y> d, String tip, Runnable action) {
        d.nodeProperty().addListener((obs, old, node) -> install(node, tip, action));
    }

    private static void install(Node node, String tip, Runnable action) {
        if (node == null) {
            return;
        }
        node.setStyle("-fx-cursor: hand;");
        Tooltip.install(node, new Tooltip(tip));
        node.setOnMouseClicked(e -> action.run());
    }
}
