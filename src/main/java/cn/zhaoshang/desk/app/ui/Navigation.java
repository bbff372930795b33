package cn.zhaoshang.desk.app.ui;

import cn.zhaoshang.desk.app.LaptopServer;
import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.carrier.ui.CarrierView;
import cn.zhaoshang.desk.policy.ui.PolicyView;
import cn.zhaoshang.desk.chain.ui.ChainView;
import cn.zhaoshang.desk.common.ui.NavigationEntry;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.dashboard.ui.DashboardView;
import cn.zhaoshang.desk.map.ui.MapView;
import cn.zhaoshang.desk.history.ui.HistoryView;
import cn.zhaoshang.desk.exchange.ui.ContactExportDialog;
import cn.zhaoshang.desk.exchange.ui.ExchangeView;
import cn.zhaoshang.desk.project.ui.ProjectAreaView;
import cn.zhaoshang.desk.company.ui.CompanyView;
import cn.zhaoshang.desk.settings.ui.SettingsView;
import cn.zhaoshang.desk.talent.ui.TalentView;
import cn.zhaoshang.desk.team.ui.TeamView;
import cn.zhaoshang.desk.task.ui.TaskArea;
import java.util.List;
import org.kordamp.ikonli.feather.Feather;

/** The areas of the main window, in the order of the navigation bar; wires each view to its service. */
final class Navigation {
    /** The areas' ids in the order of the navigation bar (what `--open` accepts). */
    static final List<String> AREAS = List.of("company", "project", "task", "chain", "team", "carrier", "policy",
            "talent", "dashboard", "exchange", "history", "settings");

    private Navigation() {
    }

    static List<NavigationEntry> entries(Services services, UiKit kit, ShellActions actions) {
        // The district's record-making jobs (supervision tasks, escalation) run where the district's data is:
        // on a laptop they would make records the server makes too, and sync would carry both (decision 0015).
        boolean laptop = LaptopServer.isLaptop(kit.settings()); // from the settings: no database, nobody signed in yet
        return List.of(
                new NavigationEntry("company", "shell.nav.company", Feather.BRIEFCASE,
                        () -> new CompanyView(kit, services.companies(), services.session(),
                                FieldWorkArea.companyExtras(services, kit), services.companyLinks())
                                .offerContactExport(filter -> ContactExportDialog.show(kit.dialogs().owner(), kit,
                                        services.exports(), services.companies(), filter)).root()),
                new NavigationEntry("project", "shell.nav.project", Feather.LAYERS, () -> new ProjectAreaView(kit,
                        services.projects(), services.projectFinance(), services.inspectionTours()).root()),
                TaskArea.entry(services.tasks(), services.taskLists(), laptop ? null : services.stageDeadlines(),
                        services.session(), kit),
                FieldWorkArea.entry(services, kit, !laptop),
                new NavigationEntry("chain", "shell.nav.chain", Feather.SHARE_2,
                        () -> new ChainView(kit, services.chains(), services.chainMap(), services.search()).root()),
                new NavigationEntry("team", "shell.nav.team", Feather.USERS,
                        () -> new TeamView(kit, services.teams()).root()),
                new NavigationEntry("carrier", "shell.nav.carrier", Feather.HOME,
                        () -> new CarrierView(kit, services.carriers()).root()),
                new NavigationEntry("policy", "shell.nav.policy", Feather.FILE_TEXT,
                        () -> new PolicyView(kit, services.policies(), services.incentives()).root()),
                new NavigationEntry("talent", "shell.nav.talent", Feather.AWARD,
                        () -> new TalentView(kit, services.talent()).root()),
                new NavigationEntry("dashboard", "shell.nav.dashboard", Feather.BAR_CHART_2,
                        () -> new DashboardView(kit, services.dashboard(), services.targets(),
                                services.teams()::defaultTeamFilter, List.of(FieldWorkArea.dashboardCard(services, kit))).root()),
                new NavigationEntry("map", "shell.nav.map", Feather.MAP,
                        () -> new MapView(kit, services.map()).root()),
                new NavigationEntry("exchange", "shell.nav.exchange", Feather.REPEAT,
                        () -> new ExchangeView(kit, services.imports(), services.exports(), services.companies()).root()),
                new NavigationEntry("history", "shell.nav.history", Feather.CLOCK,
                        () -> new HistoryView(kit, services.history()).root()),
                new NavigationEntry("settings", "shell.nav.settings", Feather.SETTINGS,
                        () -> new SettingsView(kit, services.databaseInfo(), actions.languageChanged(),
                                actions.changeConnection(), new SettingsView.Encryption(services.encryption(),
                                        services.demoData()::hasDemoData, services.users().access().mayManageUsers(),
                                        actions.encrypt()), services.users(), services.backups(), actions.restore()).root()));
    }

}
