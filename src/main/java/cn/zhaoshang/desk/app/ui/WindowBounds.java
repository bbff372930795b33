package cn.zhaoshang.desk.app.ui;

import cn.zhaoshang.desk.common.config.LocalSettings;
import cn.zhaoshang.desk.common.ui.ScreenFit;
import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Remembers the main window's content size and position. A remembered size that no longer fits (another
 * monitor, a lower resolution) is cut to the screen; a position off every screen is not restored.
 */
final class WindowBounds {
    static final double DEFAULT_WIDTH = 1280;
    static final double DEFAULT_HEIGHT = 800;

    private WindowBounds() {
    }

    /** The content size to open with: the remembered one, or the default, within the screen. */
    static Dimension2D contentSize(Stage stage, LocalSettings settings) {
        return ScreenFit.clamp(stage, settings.getDouble("window.width", DEFAULT_WIDTH),
                settings.getDouble("window.height", DEFAULT_HEIGHT));
    }

    /** Places the window (before it is shown) where it was, if that is still on a screen, else centred. */
    static void restore(Stage stage, LocalSettings settings, Dimension2D content) {
        double x = settings.getDouble("window.x", Double.NaN);
        double y = settings.getDouble("window.y", Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y)
                && !Screen.getScreensForRectangle(new Rectangle2D(x, y, content.getWidth(), content.getHeight())).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        } else {
            Rectangle2D area = ScreenFit.visibleArea(stage);
            stage.setX(area.getMinX() + Math.max(0, (area.getWidth() - content.getWidth() - 16) / 2));
            stage.setY(area.getMinY() + Math.max(0, (area.getHeight() - content.getHeight() - 44) / 2));
        }
        stage.setMaximized(settings.get("window.maximized").map(Boolean::parseBoolean).orElse(false));
        Dimension2D least = ScreenFit.clamp(stage, 960, 600);
        stage.setMinWidth(Math.min(least.getWidth(), content.getWidth()));
        stage.setMinHeight(Math.min(least.getHeight(), content.getHeight()));
    }

    /** Once shown: a window the platform placed partly off the visible area is moved and cut to fit. */
    static void keepOnScreen(Stage stage) {
        if (!stage.isMaximized() && stage.getScene() != null) {
            ScreenFit.resize(stage, stage.getScene().getWidth(), stage.getScene().getHeight());
        }
    }

    static void save(Stage stage, LocalSettings settings) {
        if (stage == null || stage.getScene() == null) {
            return;
        }
        settings.put("window.maximized", String.valueOf(stage.isMaximized()));
        if (!stage.isMaximized() && !stage.isIconified()) {
            settings.put("window.x", String.valueOf(stage.getX()));
            settings.put("window.y", String.valueOf(stage.getY()));
            settings.put("window.width", String.valueOf(stage.getScene().getWidth()));
            settings.put("window.height", String.valueOf(stage.getScene().getHeight()));
        }
    }
}
