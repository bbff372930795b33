package cn.zhaoshang.desk.common.ui;

import java.io.IOException;
import java.io.InputStream;
import javafx.scene.text.Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads the bundled CJK font so Chinese renders even where the system has no CJK fonts. */
public final class Fonts {
    public static final String FAMILY = "WenQuanYi Micro Hei";
    private static final Logger LOG = LoggerFactory.getLogger(Fonts.class);

    private Fonts() {
    }

    /** Loads the bundled font; returns the CSS that puts it first on a root node. */
    public static String loadBundled() {
        try (InputStream in = Fonts.class.getResourceAsStream("/assets/fonts/wqy-microhei.ttc")) {
            if (in == null) {
                LOG.warn("Bundled CJK font missing; relying on system fonts");
                return "";
            }
            Font[] fonts = Font.loadFonts(in, 13);
            if (fonts == null || fonts.length == 0) {
                LOG.warn("Bundled CJK font could not be loaded");
                return "";
            }
            return "-fx-font-family: \"" + fonts[0].getFamily() + "\";";
        } catch (IOException e) {
            LOG.warn("Bundled CJK font unreadable", e);
            return "";
        }
    }
}
