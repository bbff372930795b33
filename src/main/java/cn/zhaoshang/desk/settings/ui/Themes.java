package cn.zhaoshang.desk.settings.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** The AtlantaFX theme, light or dark, applied to the whole application. */
public final class Themes {
    private Themes() {
    }

    public static void apply(String name) {
        Application.setUserAgentStylesheet("dark".equals(name)
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }
}
