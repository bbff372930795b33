package cn.zhaoshang.desk.app.ui;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.security.EncryptionService;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The bottom line: where the data is, record counts (refreshed in the background), and the job
 * that is running now with its progress and a cancel button.
 */
public final class StatusBarView {
    private final Services services;
    private final UiKit kit;
    private final HBox root = new HBox(12);
    private final Label counts = new Label();
    private final Label encryption = new Label();
    private final Label jobTitle = new Label();
    private final ProgressBar jobProgress = new ProgressBar();
    private final Button cancel = new Button(null, new FontIcon(Feather.X));
    private boolean wasBusy;
    private final Label notice = new Label();
    private final PauseTransition noticeTimer = new PauseTransition(
            Duration.seconds(6));

    public StatusBarView(Services services, UiKit kit) {
        this.services = services;
        this.kit = kit;
        root.setId("status-bar");
        root.getStyleClass().add("desk-status-bar");
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(4, 12, 4, 12));
        Label location = new Label(kit.t("shell.status.database", services.databaseInfo().location()),
                new FontIcon(Feather.DATABASE));
        location.setId("status-location");
        // A long path or server address may shorten; the whole is a hover away. The counts never shorten.
        location.setTooltip(new Tooltip(location.getText()));
        location.setMinWidth(0);
        counts.setId("status-counts");
        encryption.setId("status-encryption");
        counts.setMinWidth(Region.USE_PREF_SIZE);
        jobTitle.setId("status-job");
        jobTitle.setMinWidth(Region.USE_PREF_SIZE);
        jobProgress.setPrefWidth(160);
        cancel.setId("status-cancel");
        cancel.getStyleClass().addAll("flat", "button-icon");
        cancel.setTooltip(new Tooltip(kit.t("common.action.cancel")));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        notice.setId("status-notice");
        notice.getStyleClass().add("desk-notice");
        notice.setVisible(false);
        notice.managedProperty().bind(notice.visibleProperty());
        noticeTimer.setOnFinished(e -> notice.setVisible(false));
        kit.dialogs().setNoticeArea(this::showNotice);
        root.getChildren().addAll(location, encryption, notice, spacer, jobTitle, jobProgress, cancel, counts);
        kit.tasks().running().addListener((ListChangeListener<Task<?>>) c -> showJob());
        showJob();
        refreshCounts();
        kit.live().watch(root, this::refreshCounts, "company", "project", "task");
    }

    /** Adds a status of its own (a laptop's sync) just before the counts. */
    void addStatus(Node status) {
        root.getChildren().add(root.getChildren().indexOf(counts), status);
    }

    /** A passing message (saved, exported…) for a few seconds, in the bar where it covers nothing. */
    void showNotice(String text) {
        notice.setText(text);
        notice.setTooltip(new Tooltip(text));
        notice.setVisible(true);
        noticeTimer.playFromStart();
    }

    public HBox root() {
        return root;
    }

    /** Counts rows in the background; called at start and after jobs that change data. */
    public void refreshCounts() {
        kit.tasks().run(kit.t("shell.status.counting"), p -> new Facts(services.databaseInfo().rowCounts(),
                        services.encryption().state(services.demoData().hasDemoData())),
                this::showFacts, e -> counts.setText(""));
    }

    /** What the background look found: row counts and whether the file is encrypted. */
    private record Facts(Map<String, Integer> rows, EncryptionService.State encryption) { }

    private void showFacts(Facts facts) {
        showCounts(facts.rows());
        // A plain file says so (decision 0144): a demo database may stay plain, a real one should not.
        EncryptionService.State state = facts.encryption();
        encryption.setVisible(state != EncryptionService.State.SERVER);
        encryption.setManaged(state != EncryptionService.State.SERVER);
        encryption.setText(state == EncryptionService.State.SERVER ? "" : kit.t("shell.status.encryption." + state.name()));
        encryption.setGraphic(new FontIcon(state == EncryptionService.State.ENCRYPTED ? Feather.LOCK : Feather.UNLOCK));
        encryption.getStyleClass().remove("danger");
        if (state == EncryptionService.State.PLAIN) {
            encryption.getStyleClass().add("danger");
        }
    }

    private void showCounts(Map<String, Integer> rows) {
        counts.setText(kit.t("shell.status.counts", rows.getOrDefault("company", 0),
                rows.getOrDefault("project", 0), rows.getOrDefault("task", 0)));
    }

    private void showJob() {
        var running = kit.tasks().running().filtered(t -> !t.getTitle().equals(kit.t("shell.status.counting")));
        boolean busy = !running.isEmpty();
        // Updated before refreshCounts: its own job re-enters here and must not count again (endless recursion).
        boolean finished = wasBusy && !busy;
        wasBusy = busy;
        jobTitle.setVisible(busy);
        jobProgress.setVisible(busy);
        cancel.setVisible(busy);
        if (busy) {
            Task<?> task = running.get(running.size() - 1);
            jobTitle.textProperty().unbind();
            jobTitle.textProperty().bind(task.titleProperty());
            jobProgress.progressProperty().unbind();
            jobProgress.progressProperty().bind(task.progressProperty());
            cancel.setOnAction(e -> task.cancel());
        } else {
            jobTitle.textProperty().unbind();
            jobProgress.progressProperty().unbind();
        }
        boolean finishedWork = wasBusy && !busy;
        // Set before refreshing: the count job itself changes the list and calls back in here.
        wasBusy = busy;
        if (finishedWork) {
            refreshCounts();
        }
    }
}
