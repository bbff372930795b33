package cn.zhaoshang.desk.app.ui;

import cn.zhaoshang.desk.common.config.LocalSettings;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Remembers the window's size and position; a position off every screen is not restored. */
final class WindowBounds {
    private WindowBounds() {
    }

    static void restore(Stage stage, LocalSettings settings) {
        double width = settings.getDouble("window.width", 1280);
        double height = settings.getDouble("window.height", 800);
        stage.setWidth(width);
        stage.setHeight(height);
        double x = settings.getDouble("window.x", Double.NaN);
        double y = settings.getDouble("window.y", Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y)
                && !Screen.getScreensForRectangle(new Rectangle2D(x, y, width, height)).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(settings.get("window.maximized").map(Boolean::parseBoolean).orElse(false));
        stage.setMinWidth(960);
        stage.setMinHeight(600);
    }

    static void save(Stage stage, LocalSettings settings) {
        if (stage == null) {
            return;
        }
        settings.put("window.maximized", String.valueOf(stage.isMaximized()));
        if (!stage.isMaximized() && !stage.isIconified()) {
            settings.put("window.x", String.valueOf(stage.getX()));
            settings.put("window.y", String.valueOf(stage.getY()));
            settings.put("window.width", String.valueOf(stage.getWidth()));
            settings.put("window.height", String.valueOf(stage.getHeight()));
        }
    }
}
