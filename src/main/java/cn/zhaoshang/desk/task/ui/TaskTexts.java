package cn.zhaoshang.desk.task.ui;

import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.task.Task;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** How task dates read on screen: "今天", "明天", "逾期 3 天", "6月18日 周四" (no JavaFX: view models use it too). */
final class TaskTexts {
    private final Messages messages;
    private final DateTimeFormatter shortDate;
    private final DateTimeFormatter longDate;
    private final DateTimeFormatter month;
    private final DateTimeFormatter fullDate;

    TaskTexts(Messages messages) {
        this.messages = messages;
        this.shortDate = DateTimeFormatter.ofPattern(messages.get("task.date.short"), messages.locale());
        this.longDate = DateTimeFormatter.ofPattern(messages.get("task.date.long"), messages.locale());
        this.month = DateTimeFormatter.ofPattern(messages.get("task.date.month"), messages.locale());
        this.fullDate = DateTimeFormatter.ofPattern(messages.get("task.date.full"), messages.locale());
    }

    Messages messages() {
        return messages;
    }

    String t(String key, Object... args) {
        return messages.get(key, args);
    }

    /** The due date of a task, relative to today where that helps. */
    String due(Task task, LocalDate today) {
        if (task.dueOn() == null) {
            return t("task.due.none");
        }
        if (task.isOverdue(today)) {
            return t("task.due.overdue", task.daysOverdue(today));
        }
        return relative(task.dueOn(), today);
    }

    /** The due date in full, with what it means today where that matters: 2026年6月14日（逾期 1 天）. */
    String dueLong(Task task, LocalDate today) {
        if (task.dueOn() == null) {
            return t("task.due.none");
        }
        String day = longDate(task.dueOn()) + " " + task.dueOn().format(DateTimeFormatter.ofPattern("E", messages.locale()));
        long days = ChronoUnit.DAYS.between(today, task.dueOn());
        return task.isOverdue(today) || days == 0 || days == 1 ? t("task.due.withNote", day, due(task, today)) : day;
    }

    /** 今天 / 明天 / 昨天, else the short date. */
    String relative(LocalDate day, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, day);
        if (days == 0) {
            return t("task.due.today");
        }
        if (days == 1) {
            return t("task.due.tomorrow");
        }
        if (days == -1) {
            return t("task.due.yesterday");
        }
        return shortDate(day);
    }

    String shortDate(LocalDate day) {
        return day == null ? "" : shortDate.format(day);
    }

    String longDate(LocalDate day) {
        return day == null ? t("task.due.none") : longDate.format(day);
    }

    /** With the weekday: 2026年6月15日 星期一. */
    String fullDate(LocalDate day) {
        return fullDate.format(day);
    }

    String month(LocalDate day) {
        return month.format(day);
    }

    /** "华润新能源 · 新能源总部基地": what the task links to, or empty. */
    String links(Task task) {
        String company = task.companyName() == null ? "" : task.companyName();
        String project = task.projectName() == null ? "" : task.projectName();
        if (company.isEmpty() || project.isEmpty()) {
            return company + project;
        }
        return company + " · " + project;
    }
}
