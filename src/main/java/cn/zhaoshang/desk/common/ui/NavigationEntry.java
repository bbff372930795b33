package cn.zhaoshang.desk.common.ui;

import java.util.function.Supplier;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;

/**
 * One area of the main window: its id (also the node id of its navigation button, {@code nav-<id>}),
 * its title key, icon, and how to build its view (built on first visit, then kept).
 */
public record NavigationEntry(String id, String titleKey, Ikon icon, Supplier<Node> view) {
}
