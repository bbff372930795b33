package cn.zhaoshang.desk.chain.ui;

import cn.zhaoshang.desk.chain.ChainMap;
import cn.zhaoshang.desk.common.i18n.Messages;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.ScrollEvent;

/**
 * The map in a scrolling, zooming window: drag or scroll to pan, Ctrl+wheel to zoom around the
 * pointer. The surface is rebuilt when the figures change and scaled when the zoom changes.
 */
final class MapViewport extends ScrollPane {
    private final Group content = new Group();
    private final ChainMapViewModel model;
    private final Messages messages;
    private final Consumer<UUID> onClick;
    private MapSurface surface;

    MapViewport(ChainMapViewModel model, Messages messages, Consumer<UUID> onClick) {
        this.model = model;
        this.messages = messages;
        this.onClick = onClick;
        setId("chain-map");
        setContent(content);
        setPannable(true);
        setFitToWidth(false);
        setFitToHeight(false);
        setStyle("-fx-background: white; -fx-background-color: white;");
        model.zoomProperty().addListener((obs, old, now) -> applyZoom(old.doubleValue(), now.doubleValue()));
        addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.isShortcutDown() && e.getDeltaY() != 0) {
                zoomAt(e.getDeltaY() > 0 ? 1.15 : 1 / 1.15, e.getX(), e.getY());
                e.consume();
            }
        });
    }

    /** Draws a chain's map, keeping the zoom. */
    void show(ChainMap map) {
        if (map == null) {
            content.getChildren().clear();
            surface = null;
            return;
        }
        double h = getHvalue();
        double v = getVvalue();
        surface = new MapSurface(map, messages, onClick);
        surface.setScaleX(model.zoomProperty().get());
        surface.setScaleY(model.zoomProperty().get());
        content.getChildren().setAll(surface);
        NodeHighlight.apply(surface, model.nodeProperty().get());
        layout();
        setHvalue(h);
        setVvalue(v);
    }

    /** Scrolls so that a node's box is in view (after the tree or a merge opened it off screen). */
    void reveal(UUID nodeId) {
        NodeBox box = surface == null ? null : surface.box(nodeId);
        if (box == null) {
            return;
        }
        layout();
        Bounds inContent = surface.localToParent(box.getBoundsInParent());
        Bounds all = content.getLayoutBounds();
        Bounds view = getViewportBounds();
        double left = getHvalue() * Math.max(0, all.getWidth() - view.getWidth());
        double top = getVvalue() * Math.max(0, all.getHeight() - view.getHeight());
        double x = inContent.getMinX() - all.getMinX();
        double y = inContent.getMinY() - all.getMinY();
        boolean visible = x >= left && x + inContent.getWidth() <= left + view.getWidth()
                && y >= top && y + inContent.getHeight() <= top + view.getHeight();
        if (!visible) {
            scrollTo(x + inContent.getWidth() / 2 - view.getWidth() / 2, y + inContent.getHeight() / 2 - view.getHeight() / 2,
                    view, all);
        }
    }

    MapSurface surface() {
        return surface;
    }

    /** A zoom at which the whole width of the map fits the window (never above 100%). */
    double fitZoom() {
        if (surface == null) {
            return 1;
        }
        double viewport = getViewportBounds().getWidth();
        return viewport <= 0 ? 1 : Math.min(1, viewport / surface.getPrefWidth());
    }

    private void zoomAt(double factor, double x, double y) {
        Bounds view = getViewportBounds();
        Bounds before = content.getLayoutBounds();
        double px = (getHvalue() * Math.max(0, before.getWidth() - view.getWidth()) + x) / Math.max(1, before.getWidth());
        double py = (getVvalue() * Math.max(0, before.getHeight() - view.getHeight()) + y) / Math.max(1, before.getHeight());
        model.zoomTo(model.zoomProperty().get() * factor);
        layout();
        Bounds after = content.getLayoutBounds();
        scrollTo(px * after.getWidth() - x, py * after.getHeight() - y, view, after);
    }

    private void applyZoom(double old, double now) {
        if (surface == null) {
            return;
        }
        Bounds view = getViewportBounds();
        Bounds before = content.getLayoutBounds();
        double cx = (getHvalue() * Math.max(0, before.getWidth() - view.getWidth()) + view.getWidth() / 2) / Math.max(1, before.getWidth());
        double cy = (getVvalue() * Math.max(0, before.getHeight() - view.getHeight()) + view.getHeight() / 2) / Math.max(1, before.getHeight());
        surface.setScaleX(now);
        surface.setScaleY(now);
        layout();
        Bounds after = content.getLayoutBounds();
        scrollTo(cx * after.getWidth() - view.getWidth() / 2, cy * after.getHeight() - view.getHeight() / 2, view, after);
    }

    private void scrollTo(double left, double top, Bounds view, Bounds content) {
        double spareX = content.getWidth() - view.getWidth();
        double spareY = content.getHeight() - view.getHeight();
        setHvalue(spareX <= 0 ? 0 : Math.max(0, Math.min(1, left / spareX)));
        setVvalue(spareY <= 0 ? 0 : Math.max(0, Math.min(1, top / spareY)));
    }
}
