package cn.zhaoshang.desk.common.ui;

import cn.zhaoshang.desk.common.config.LocalSettings;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.geometry.Dimension2D;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Every window fits the screen it is on (decision 0110). Sizes are reckoned for a window's content (its
 * scene): the content may use the screen's visible area (without task bar) less {@link #FRAME}, the room a
 * window manager's title bar and borders take, so the whole window fits whether or not the platform counts
 * the frame. Dialogs open at their content's size (or the size the user last gave them) within that area,
 * are resizable, grow when their content grows (a linked company adds a line) and remember their size.
 */
public final class ScreenFit {
    /**
     * The most a window frame takes around the content: measured title bars are 24–31 px (openbox, GNOME,
     * UKUI, Windows 10/11) and borders up to 4 px; the rest is margin so a window never touches the edge.
     */
    public static final Insets FRAME = new Insets(36, 8, 8, 8);
    /** For tests and snapshots: the visible area ("1366x728") of the screen to fit, instead of the real one. */
    public static final String SCREEN_PROPERTY = "zhaoshang.screen";
    private static final String REMEMBER_PREFIX = "window.size.";
    private static final String FITTED = "zhaoshang.screenFit.installed";

    private ScreenFit() {
    }

    /** The visible area of the screen a window is on (the primary screen for a window not placed yet). */
    public static Rectangle2D visibleArea(Window window) {
        String forced = System.getProperty(SCREEN_PROPERTY);
        if (forced != null && forced.matches("\\d+x\\d+")) {
            String[] wh = forced.split("x");
            return new Rectangle2D(0, 0, Double.parseDouble(wh[0]), Double.parseDouble(wh[1]));
        }
        if (window != null && !Double.isNaN(window.getX()) && window.getWidth() > 0) {
            var screens = Screen.getScreensForRectangle(window.getX(), window.getY(), window.getWidth(), window.getHeight());
            if (!screens.isEmpty()) {
                return screens.get(0).getVisualBounds();
            }
        }
        return Screen.getPrimary().getVisualBounds();
    }

    /** The largest content (scene) a window on that screen may have. */
    public static Dimension2D maxContent(Window window) {
        Rectangle2D area = visibleArea(window);
        return new Dimension2D(area.getWidth() - FRAME.getLeft() - FRAME.getRight(),
                area.getHeight() - FRAME.getTop() - FRAME.getBottom());
    }

    /** A content size clamped to what the screen can show. */
    public static Dimension2D clamp(Window window, double width, double height) {
        Dimension2D max = maxContent(window);
        return new Dimension2D(Math.min(width, max.getWidth()), Math.min(height, max.getHeight()));
    }

    /**
     * From now on, every window other than {@code main} that opens is fitted: sized to its content or its
     * remembered size within the screen, made resizable, kept inside the screen, and its size remembered.
     */
    public static void install(Window main, LocalSettings settings) {
        if (main.getProperties().containsKey(FITTED)) {
            return;
        }
        main.getProperties().put(FITTED, Boolean.TRUE);
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window added : change.getAddedSubList()) {
                    if (added != main && !added.getProperties().containsKey(FITTED)) {
                        added.getProperties().put(FITTED, Boolean.TRUE);
                        added.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> fitDialog(added, settings));
                        added.addEventHandler(WindowEvent.WINDOW_HIDING, e -> remember(added, settings));
                    }
                }
            }
        });
    }

    /** Sizes and places a dialog that has just been shown; then keeps its buttons in view as its content grows. */
    static void fitDialog(Window window, LocalSettings settings) {
        Scene scene = window.getScene();
        if (scene == null || scene.getRoot() == null || isPopup(window)) {
            return;
        }
        if (window instanceof Stage stage) {
            stage.setResizable(true);
        }
        Parent root = scene.getRoot();
        root.applyCss();
        root.layout();
        Optional<Dimension2D> remembered = key(window).flatMap(k -> rememberedSize(settings, k));
        double width = remembered.map(Dimension2D::getWidth).orElse(Math.max(scene.getWidth(), root.prefWidth(-1)));
        double height = remembered.map(Dimension2D::getHeight)
                .orElse(Math.max(scene.getHeight(), root.prefHeight(width)));
        resize(window, width, height);
        root.needsLayoutProperty().addListener((obs, was, now) -> {
            if (!now) {
                growToContent(window);
            }
        });
    }

    /** Grows a window whose content now wants more room than it has (never past the screen, never shrinks it). */
    static void growToContent(Window window) {
        Scene scene = window.getScene();
        if (scene == null || !window.isShowing()) {
            return;
        }
        double wanted = scene.getRoot().prefHeight(scene.getWidth());
        Dimension2D max = maxContent(window);
        if (wanted > scene.getHeight() + 1 && scene.getHeight() < max.getHeight()) {
            resize(window, scene.getWidth(), wanted);
        }
    }

    /** Gives the window this content size (clamped) and moves it, if needed, wholly into the visible area. */
    public static void resize(Window window, double contentWidth, double contentHeight) {
        Scene scene = window.getScene();
        Dimension2D size = clamp(window, contentWidth, contentHeight);
        double frameWidth = Math.max(0, window.getWidth() - scene.getWidth());
        double frameHeight = Math.max(0, window.getHeight() - scene.getHeight());
        window.setWidth(Math.ceil(size.getWidth() + frameWidth));
        window.setHeight(Math.ceil(size.getHeight() + frameHeight));
        keepInside(window, size);
    }

    private static void keepInside(Window window, Dimension2D content) {
        Rectangle2D area = visibleArea(window);
        double outerWidth = content.getWidth() + FRAME.getLeft() + FRAME.getRight();
        double outerHeight = content.getHeight() + FRAME.getTop() + FRAME.getBottom();
        double x = Double.isNaN(window.getX()) ? area.getMinX() : window.getX();
        double y = Double.isNaN(window.getY()) ? area.getMinY() : window.getY();
        window.setX(Math.max(area.getMinX(), Math.min(x, area.getMaxX() - outerWidth)));
        window.setY(Math.max(area.getMinY(), Math.min(y, area.getMaxY() - outerHeight)));
    }

    private static void remember(Window window, LocalSettings settings) {
        Scene scene = window.getScene();
        key(window).ifPresent(k -> {
            if (scene != null && scene.getWidth() > 0 && scene.getHeight() > 0) {
                settings.put(REMEMBER_PREFIX + k, (int) scene.getWidth() + "x" + (int) scene.getHeight());
            }
        });
    }

    private static Optional<Dimension2D> rememberedSize(LocalSettings settings, String key) {
        return settings.get(REMEMBER_PREFIX + key).filter(v -> v.matches("\\d+x\\d+")).map(v -> {
            String[] wh = v.split("x");
            return new Dimension2D(Double.parseDouble(wh[0]), Double.parseDouble(wh[1]));
        });
    }

    /** A dialog is remembered by its content's id (e.g. "project-detail"); windows without one are not. */
    private static Optional<String> key(Window window) {
        Scene scene = window.getScene();
        if (scene == null || scene.getRoot() == null) {
            return Optional.empty();
        }
        Parent root = scene.getRoot();
        String id = root.getId();
        if (id == null && !root.getChildrenUnmodifiable().isEmpty()) {
            id = root.getChildrenUnmodifiable().get(0).getId(); // a Dialog's scene holds its DialogPane
        }
        return Optional.ofNullable(id).filter(i -> !i.isBlank());
    }

    private static boolean isPopup(Window window) {
        return !(window instanceof Stage);
    }
}
