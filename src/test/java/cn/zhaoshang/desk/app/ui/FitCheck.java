package cn.zhaoshang.desk.app.ui;

import cn.zhaoshang.desk.common.ui.ScreenFit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a person sees wrong in a window at a small screen: a window bigger than the visible area (with a
 * window manager's frame, {@link ScreenFit#FRAME}), a button outside the window, a label cut short with
 * "…", a prompt wider than its box. Cells of tables and lists may shorten long data and are not checked, nor is
 * data shortened where a tooltip shows it whole.
 */
final class FitCheck {
    private FitCheck() {
    }

    /**
     * Checks on the FX thread: the layout pass this makes would otherwise run beside the FX thread's own
     * (data arriving for a table), which failed the test now and then with either thread's view of a cell list.
     */
    static List<String> problems(String where, Window window) {
        if (Platform.isFxApplicationThread()) {
            return problemsOnFxThread(where, window);
        }
        try {
            return WaitForAsyncUtils.asyncFx(() -> problemsOnFxThread(where, window)).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Checking " + where + " failed", e);
        }
    }

    private static List<String> problemsOnFxThread(String where, Window window) {
        List<String> found = new ArrayList<>();
        Scene scene = window.getScene();
        Rectangle2D area = ScreenFit.visibleArea(window);
        double outerWidth = scene.getWidth() + ScreenFit.FRAME.getLeft() + ScreenFit.FRAME.getRight();
        double outerHeight = scene.getHeight() + ScreenFit.FRAME.getTop() + ScreenFit.FRAME.getBottom();
        if (outerWidth > area.getWidth() + 0.5 || outerHeight > area.getHeight() + 0.5) {
            found.add(where + ": window " + (int) outerWidth + "×" + (int) outerHeight + " with its frame is larger than "
                    + (int) area.getWidth() + "×" + (int) area.getHeight());
        }
        if (window.getX() < area.getMinX() - 0.5 || window.getY() < area.getMinY() - 0.5
                || window.getX() + outerWidth > area.getMaxX() + 0.5 || window.getY() + outerHeight > area.getMaxY() + 0.5) {
            found.add(where + ": window at " + (int) window.getX() + "," + (int) window.getY() + " reaches off the screen");
        }
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        walk(where, scene, scene.getRoot(), false, found);
        return found;
    }

    private static void walk(String where, Scene scene, Node node, boolean scrolled, List<String> found) {
        if (!node.isVisible() || node instanceof IndexedCell<?> || node.getOpacity() == 0) {
            return;
        }
        Bounds bounds = node.localToScene(node.getLayoutBounds());
        if (bounds.getWidth() < 1 || bounds.getHeight() < 1) {
            return;
        }
        if (node instanceof Labeled labeled) {
            checkLabel(where, labeled, found);
        }
        if (node instanceof ButtonBase button && !scrolled && !button.isDisabled()
                && (bounds.getMinX() < -0.5 || bounds.getMinY() < -0.5 || bounds.getMaxX() > scene.getWidth() + 0.5
                || bounds.getMaxY() > scene.getHeight() + 0.5)) {
            found.add(where + ": button \"" + (button.getText() == null ? button.getId() : button.getText())
                    + "\" is outside the window (" + (int) bounds.getMinX() + "," + (int) bounds.getMinY() + " "
                    + (int) bounds.getWidth() + "×" + (int) bounds.getHeight() + " in " + (int) scene.getWidth() + "×"
                    + (int) scene.getHeight() + ")");
        }
        if (node instanceof TextField field) {
            checkPrompt(where, field, found);
        }
        if (node instanceof Parent parent) {
            boolean inside = scrolled || node instanceof ScrollPane;
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(where, scene, child, inside, found);
            }
        }
    }

    private static void checkLabel(String where, Labeled labeled, List<String> found) {
        String full = labeled.getText();
        if (full == null || full.isBlank()) {
            return;
        }
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text shown && shown.getStyleClass().contains("text")) {
                String text = shown.getText();
                if (!full.equals(text) && text != null && text.endsWith(labeled.getEllipsisString())
                        && !tooltipShows(labeled, full)) {
                    found.add(where + ": \"" + full + "\" is cut to \"" + text + "\""
                            + (labeled.getId() == null ? "" : " (#" + labeled.getId() + ")"));
                }
            }
        }
    }

    /** Data that may be long (a name on a card, a path) may shorten where a tooltip on it, or around it, shows it whole. */
    private static boolean tooltipShows(Node node, String full) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof Control control && control.getTooltip() != null
                    && control.getTooltip().getText() != null && control.getTooltip().getText().contains(full)) {
                return true;
            }
            for (Object value : n.getProperties().values()) {
                if (value instanceof Tooltip tip && tip.getText() != null && tip.getText().contains(full)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void checkPrompt(String where, TextField field, List<String> found) {
        String prompt = field.getPromptText();
        if (prompt == null || prompt.isBlank() || !field.getText().isEmpty()) {
            return;
        }
        Text measure = new Text(prompt);
        measure.setFont(field.getFont());
        double room = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
        if (measure.getLayoutBounds().getWidth() > room + 1) {
            found.add(where + ": prompt \"" + prompt + "\" does not fit its box"
                    + (field.getId() == null ? "" : " (#" + field.getId() + ")"));
        }
    }
}
