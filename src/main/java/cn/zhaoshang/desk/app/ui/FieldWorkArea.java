package cn.zhaoshang.desk.app.ui;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.attachment.AttachmentOwner;
import cn.zhaoshang.desk.attachment.ui.AttachmentsPane;
import cn.zhaoshang.desk.common.ui.NavigationEntry;
import cn.zhaoshang.desk.common.ui.RecordExtras;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.dashboard.ui.DashboardExtra;
import cn.zhaoshang.desk.escalation.ui.EscalationView;
import cn.zhaoshang.desk.event.ui.EventView;
import cn.zhaoshang.desk.reception.ui.ReceptionView;
import cn.zhaoshang.desk.request.RequestCounts;
import cn.zhaoshang.desk.request.ui.RequestDialogs;
import cn.zhaoshang.desk.request.ui.RequestListView;
import cn.zhaoshang.desk.request.ui.RequestListViewModel;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.slf4j.LoggerFactory;

/**
 * The field work area (企业服务): company requests, receptions, events and the escalated items, one tab
 * each; and what the company screen gains from them (its requests, its files, 记录诉求 on a visit). Its
 * daily jobs (overdue requests to supervision tasks, escalation) start with the window.
 */
final class FieldWorkArea {
    private FieldWorkArea() {
    }

    /** @param runJobs whether this computer runs the district's daily jobs (not on a laptop) */
    static NavigationEntry entry(Services services, UiKit kit, boolean runJobs) {
        if (runJobs) {
            startDailyJobs(services, kit);
        }
        return new NavigationEntry("fieldwork", "shell.nav.fieldwork", Feather.INBOX, () -> {
            TabPane tabs = new TabPane(
                    tab("fieldwork-tab-requests", kit.t("request.area.requests"), RequestListView.all(kit, services.requests(),
                            files(services, kit, AttachmentOwner.REQUEST)).root()),
                    tab("fieldwork-tab-receptions", kit.t("request.area.receptions"),
                            new ReceptionView(kit, services.receptions(), files(services, kit, AttachmentOwner.RECEPTION)).root()),
                    tab("fieldwork-tab-events", kit.t("request.area.events"), new EventView(kit, services.events()).root()),
                    tab("fieldwork-tab-escalations", kit.t("request.area.escalations"),
                            new EscalationView(kit, services.escalations()).root()));
            tabs.setId("fieldwork-tabs");
            tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
            return tabs;
        });
    }

    /** The company screen's extras: its requests and files as tabs, 记录诉求 on each visit. */
    static RecordExtras companyExtras(Services services, UiKit kit) {
        RecordExtras.Tab requests = new RecordExtras.Tab("company-tab-requests", "request.tab.company",
                company -> RequestListView.ofCompany(kit, services.requests(), company));
        RecordExtras.Tab files = new RecordExtras.Tab("company-tab-files", "attachment.tab",
                company -> AttachmentsPane.of(kit, services.attachments(), AttachmentOwner.COMPANY, company));
        RecordExtras.Action fromVisit = new RecordExtras.Action("visit-record-request", "request.action.fromVisit",
                (owner, companyId, visitId, changed) -> {
                    RequestListViewModel vm = new RequestListViewModel(services.requests(), kit.tasks(), kit.messages(),
                            kit.dialogs()::showError);
                    vm.loadUnits();
                    kit.tasks().run(kit.t("request.task.loading"), p -> services.requests().companyName(companyId),
                            name -> RequestDialogs.record(owner, kit, vm, companyId, name, visitId, saved -> {
                                kit.dialogs().notify(kit.t("request.saved"));
                                changed.run();
                            }), kit.dialogs()::showError);
                });
        return new RecordExtras(List.of(requests, files), List.of(fromVisit));
    }

    /** The dashboard's field-work card: requests received, closed, overdue and satisfaction; receptions, events, signings. */
    static DashboardExtra dashboardCard(Services services, UiKit kit) {
        return (from, to, team) -> {
            RequestCounts c = services.requests().counts(from, to, team);
            int receptions = (int) services.receptions().list(from, to).stream()
                    .filter(r -> team == null || team.equals(r.teamId())).count();
            var events = services.events().list(from, to);
            int signed = events.stream().mapToInt(e -> services.events().get(e.id()).signings().size()).sum();
            return () -> {
                HBox figures = new HBox(10,
                        figure(kit, "received", c.received()), figure(kit, "closed", c.closed()),
                        figure(kit, "overdue", c.overdue()),
                        figure(kit, "satisfaction", c.satisfactionPercent() == null ? "—" : c.satisfactionPercent() + "%"),
                        figure(kit, "receptions", receptions), figure(kit, "events", events.size()),
                        figure(kit, "signed", signed));
                Label title = new Label(kit.t("request.dashboard.title"));
                title.getStyleClass().add("title-4");
                VBox card = new VBox(6, title, figures);
                card.setId("dashboard-fieldwork");
                card.getStyleClass().add("dashboard-card");
                return card;
            };
        };
    }

    private static Node figure(UiKit kit, String key, Object value) {
        Label name = new Label(kit.t("request.dashboard." + key));
        name.getStyleClass().add("dashboard-tile-title");
        Label number = new Label(String.valueOf(value));
        number.setId("dashboard-fieldwork-" + key);
        number.getStyleClass().add("dashboard-tile-value");
        VBox box = new VBox(4, name, number);
        box.getStyleClass().add("dashboard-tile");
        box.setPrefWidth(130);
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static RecordExtras files(Services services, UiKit kit, AttachmentOwner kind) {
        return new RecordExtras(List.of(new RecordExtras.Tab(kind.name().toLowerCase(Locale.ROOT) + "-tab-files",
                "attachment.tab", owner -> AttachmentsPane.of(kit, services.attachments(), kind, owner))), List.of());
    }

    private static Tab tab(String id, String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }

    /**
     * Soon after start and then once a day: overdue requests become supervision tasks, overdue items
     * escalate; a person to whom something was escalated is told so in a passing notice.
     */
    private static void startDailyJobs(Services services, UiKit kit) {
        LocalDate[] ranOn = {null};
        Timeline timeline = new Timeline(new KeyFrame(Duration.minutes(5), e -> runDaily(services, kit, ranOn)));
        timeline.setCycleCount(Timeline.INDEFINITE);
        timeline.setDelay(Duration.seconds(10));
        timeline.play();
        new Timeline(new KeyFrame(Duration.seconds(10), e -> runDaily(services, kit, ranOn))).play();
    }

    private static void runDaily(Services services, UiKit kit, LocalDate[] ranOn) {
        LocalDate today = services.requests().today();
        if (today.equals(ranOn[0])) {
            return;
        }
        ranOn[0] = today;
        kit.tasks().run(kit.t("request.job.overdue"), p -> {
            services.requestOverdue().run(p, kit.messages());
            services.escalations().run(p);
            return services.escalations().forMe().size();
        }, n -> {
            if (n > 0) {
                kit.dialogs().notify(kit.t("escalation.reminder", n));
            }
        }, e -> LoggerFactory.getLogger(FieldWorkArea.class).warn("Field work jobs could not run", e));
    }
}
