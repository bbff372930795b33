package cn.zhaoshang.desk.task.ui;

import cn.zhaoshang.desk.task.StageDeadlineJob;
import cn.zhaoshang.desk.task.TaskReminders;
import java.util.ArrayList;
import java.util.List;

/** The words of the passing reminders: the morning summary, what became due, overdue or escalated to me, new supervision items. */
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
        List<String> lines = new ArrayList<>();
        if (digest.first()) {
            if (digest.overdue() > 0 && digest.dueToday() > 0) {
                lines.add(texts.t("task.reminder.summary", digest.overdue(), digest.dueToday()));
            } else if (digest.overdue() > 0 || digest.dueToday() > 0) {
                lines.add(digest.overdue() > 0 ? texts.t("task.reminder.summaryOverdue", digest.overdue())
                        : texts.t("task.reminder.summaryToday", digest.dueToday()));
            }
            if (digest.escalated() > 0) {
                lines.add(texts.t("task.reminder.summaryEscalated", digest.escalated()));
            }
            return String.join("\n", lines);
        }
        if (!digest.newlyOverdue().isEmpty()) {
            lines.add(texts.t("task.reminder.newlyOverdue", names(digest.newlyOverdue()), digest.newlyOverdue().size()));
        }
        if (!digest.newlyDue().isEmpty()) {
            lines.add(texts.t("task.reminder.newlyDue", names(digest.newlyDue()), digest.newlyDue().size()));
        }
        if (!digest.newlyEscalated().isEmpty()) {
            lines.add(texts.t("task.reminder.newlyEscalated", names(digest.newlyEscalated()), digest.newlyEscalated().size()));
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
