package cn.zhaoshang.desk.common.ui;

import cn.zhaoshang.desk.common.i18n.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** An area whose feature has not landed yet, clearly marked as such. */
public final class PlaceholderView {
    private PlaceholderView() {
    }

    public static VBox create(Messages messages, String titleKey) {
        FontIcon icon = new FontIcon(Feather.TOOL);
        icon.setIconSize(48);
        Label title = new Label(messages.get(titleKey));
        title.getStyleClass().add("title-2");
        Label text = new Label(messages.get("shell.placeholder.text"));
        text.setWrapText(true);
        text.getStyleClass().add("text-muted");
        VBox box = new VBox(16, icon, title, text);
        box.setAlignment(Pos.CENTER);
        box.setId("placeholder");
        box.setMaxWidth(520);
        VBox outer = new VBox(box);
        outer.setAlignment(Pos.CENTER);
        return outer;
    }
}
