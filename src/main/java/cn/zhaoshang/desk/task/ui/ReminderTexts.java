package cn.zhaoshang.desk.task.ui;

import cn.zhaoshang.desk.task.StageDeadlineJob;
import cn.zhaoshang.desk.task.TaskReminders;
import java.util.ArrayList;
import java.util.List;

/** The words of the passing reminders: the morning summary, what became due or overdue, new supervision items. */
final class ReminderTexts {
    /** Titles named in one reminder; the rest are counted. */
    static final int NAMED = 3;
    private final TaskTexts texts;

    ReminderTexts(TaskTexts texts) {
        this.texts = texts;
    }

    /** The reminder for a digest, or null when there is nothing to tell. */
    String describe(TaskReminders.Digest digest) {
        if (digest.isEmpty()) {
            return null;
        }
        if (digest.first()) {
            if (digest.overdue() > 0 && digest.dueToday() > 0) {
                return texts.t("task.reminder.summary", digest.overdue(), digest.dueToday());
            }
            return digest.overdue() > 0 ? texts.t("task.reminder.summaryOverdue", digest.overdue())
                    : texts.t("task.reminder.summaryToday", digest.dueToday());
        }
        List<String> lines = new ArrayList<>();
        if (!digest.newlyOverdue().isEmpty()) {
            lines.add(texts.t("task.reminder.newlyOverdue", names(digest.newlyOverdue()), digest.newlyOverdue().size()));
        }
        if (!digest.newlyDue().isEmpty()) {
            lines.add(texts.t("task.reminder.newlyDue", names(digest.newlyDue()), digest.newlyDue().size()));
        }
        return String.join("\n", lines);
    }

    /** The note after the stage clock raised supervision tasks, or null when it raised none. */
    String describe(StageDeadlineJob.Result result) {
        return result.created() == 0 ? null : texts.t("task.reminder.stageDeadlines", result.created());
    }

    private String names(List<String> titles) {
        String named = String.join(texts.t("task.reminder.separator"), titles.subList(0, Math.min(NAMED, titles.size())));
        return titles.size() > NAMED ? texts.t("task.reminder.andMore", named) : named;
    }
}
