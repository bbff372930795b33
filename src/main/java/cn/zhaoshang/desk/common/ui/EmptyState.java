package cn.zhaoshang.desk.common.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** What a list shows when it has nothing: an icon, a line saying why, and what to do next. */
public final class EmptyState {
    private EmptyState() {
    }

    public static VBox create(Ikon ikon, String title, String hint) {
        FontIcon icon = new FontIcon(ikon);
        icon.setIconSize(40);
        Label titleLabel = new Label(title);
        titleLabel.getStyleClass().add("title-4");
        Label hintLabel = new Label(hint);
        hintLabel.getStyleClass().add("text-muted");
        hintLabel.setWrapText(true);
        VBox box = new VBox(10, icon, titleLabel, hintLabel);
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(420);
        return box;
    }
}
