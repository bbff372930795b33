package cn.zhaoshang.desk.task.ui;

import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.task.StageDeadlineJob;
import cn.zhaoshang.desk.task.TaskListService;
import cn.zhaoshang.desk.task.TaskReminders;
import java.time.LocalDate;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The task list's clock while the app runs: soon after start, and then every few minutes, it runs
 * the stage-deadline job (once per day) and tells the user what became due or overdue — as a
 * passing notification in the corner, which never takes the focus. All database work runs in the
 * background. When the shell is rebuilt (language change) a newer ticker takes over and this one stops.
 */
final class TaskReminderTicker {
    /** Late enough that the first screen has read its data; soon enough to count as "on start". */
    static final Duration FIRST = Duration.seconds(8);
    static final Duration EVERY = Duration.minutes(5);
    private static final Logger LOG = LoggerFactory.getLogger(TaskReminderTicker.class);

    private final UiKit kit;
    private final TaskListService lists;
    private final StageDeadlineJob job;
    private final ReminderTexts texts;
    private final Timeline timeline = new Timeline();
    private LocalDate jobRanOn;
    private long registration;

    TaskReminderTicker(UiKit kit, TaskListService lists, StageDeadlineJob job) {
        this.kit = kit;
        this.lists = lists;
        this.job = job;
        this.texts = new ReminderTexts(new TaskTexts(kit.messages()));
    }

    void start() {
        registration = lists.reminders().register();
        Timeline first = new Timeline(new KeyFrame(FIRST, e -> tick()));
        first.play();
        timeline.getKeyFrames().setAll(new KeyFrame(EVERY, e -> tick()));
        timeline.setCycleCount(Timeline.INDEFINITE);
        timeline.setDelay(FIRST);
        timeline.play();
    }

    private void tick() {
        TaskReminders reminders = lists.reminders();
        if (!reminders.isCurrent(registration)) {
            timeline.stop();
            return;
        }
        LocalDate today = lists.today();
        if (job != null && !today.equals(jobRanOn)) { // no job on a laptop: the server's clients raise them
            jobRanOn = today;
            kit.tasks().run(kit.t("task.job.stageDeadlines"), p -> job.run(p, kit.messages()),
                    result -> tell(texts.describe(result)), this::failed);
        }
        kit.tasks().run(kit.t("task.job.reminders"), p -> reminders.check(), digest -> tell(texts.describe(digest)),
                this::failed);
    }

    private void tell(String text) {
        if (text != null && lists.reminders().isCurrent(registration)) {
            kit.dialogs().notify(text);
        }
    }

    /** A reminder that cannot be worked out is not worth a dialog; it is logged and tried again later. */
    private void failed(Throwable error) {
        LOG.warn("Task reminders could not run", error);
    }
}
