package cn.zhaoshang.desk.app.ui;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.ui.NavigationEntry;
import cn.zhaoshang.desk.common.ui.PlaceholderView;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.settings.ui.SettingsView;
import cn.zhaoshang.desk.task.ui.TaskArea;
import java.util.List;
import org.kordamp.ikonli.feather.Feather;

/** The areas of the main window, in the order of the navigation bar; wires each view to its service. */
final class Navigation {
    private Navigation() {
    }

    static List<NavigationEntry> entries(Services services, UiKit kit, Runnable onLanguageChanged) {
        return List.of(
                placeholder(kit, "company", "shell.nav.company", Feather.BRIEFCASE),
                placeholder(kit, "project", "shell.nav.project", Feather.LAYERS),
                TaskArea.entry(services.tasks(), services.taskLists(), services.stageDeadlines(), services.session(), kit),
                placeholder(kit, "chain", "shell.nav.chain", Feather.SHARE_2),
                placeholder(kit, "team", "shell.nav.team", Feather.USERS),
                placeholder(kit, "carrier", "shell.nav.carrier", Feather.HOME),
                placeholder(kit, "policy", "shell.nav.policy", Feather.FILE_TEXT),
                placeholder(kit, "talent", "shell.nav.talent", Feather.AWARD),
                placeholder(kit, "dashboard", "shell.nav.dashboard", Feather.BAR_CHART_2),
                placeholder(kit, "exchange", "shell.nav.exchange", Feather.REPEAT),
                new NavigationEntry("settings", "shell.nav.settings", Feather.SETTINGS,
                        () -> new SettingsView(kit, services.databaseInfo(), onLanguageChanged).root()));
    }

    private static NavigationEntry placeholder(UiKit kit, String id, String key, Feather icon) {
        return new NavigationEntry(id, key, icon, () -> PlaceholderView.create(kit.messages(), key));
    }
}
