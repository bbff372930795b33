package cn.zhaoshang.desk.task;

import cn.zhaoshang.desk.common.i18n.DeskException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rules a task must meet, stated once: the editor shows each problem beside its field, the
 * service refuses a draft that breaks any of them. Keys are the editor's field names.
 */
public final class TaskValidation {
    public static final int TITLE_MAX = 200;
    public static final int DETAILS_MAX = 4000;
    public static final int SOURCE_NOTE_MAX = 500;
    public static final int NOTE_MAX = 2000;
    public static final int REPORT_EVERY_MAX = 366;

    private TaskValidation() {
    }

    /** Field → problem, in the order of the form; empty when the draft can be saved. */
    public static Map<String, DeskException> check(TaskDraft d) {
        Map<String, DeskException> problems = new LinkedHashMap<>();
        String title = d.title() == null ? "" : d.title().strip();
        if (title.isEmpty()) {
            problems.put("title", new DeskException("task.error.titleRequired"));
        } else if (title.length() > TITLE_MAX) {
            problems.put("title", new DeskException("task.error.tooLong", TITLE_MAX));
        }
        if (d.details() != null && d.details().length() > DETAILS_MAX) {
            problems.put("details", new DeskException("task.error.tooLong", DETAILS_MAX));
        }
        if (d.sourceNote() != null && d.sourceNote().length() > SOURCE_NOTE_MAX) {
            problems.put("sourceNote", new DeskException("task.error.tooLong", SOURCE_NOTE_MAX));
        }
        if (d.priority() == null) {
            problems.put("priority", new DeskException("task.error.priorityRequired"));
        }
        Integer every = d.reportEveryDays();
        if (d.supervisionLevel() != null && every != null && (every < 1 || every > REPORT_EVERY_MAX)) {
            problems.put("reportEveryDays", new DeskException("task.error.reportEvery", REPORT_EVERY_MAX));
        }
        if (d.supervisionLevel() != null && d.reportStartOn() != null && d.dueOn() != null
                && d.reportStartOn().isAfter(d.dueOn())) {
            problems.put("reportStartOn", new DeskException("task.error.reportStartAfterDue"));
        }
        return problems;
    }

    /** Throws the first problem of the draft, if any. */
    public static void require(TaskDraft draft) {
        check(draft).values().stream().findFirst().ifPresent(e -> {
            throw e;
        });
    }

    public static String requireNote(String note, boolean required) {
        String text = note == null ? "" : note.strip();
        if (required && text.isEmpty()) {
            throw new DeskException("task.error.noteRequired");
        }
        if (text.length() > NOTE_MAX) {
            throw new DeskException("task.error.tooLong", NOTE_MAX);
        }
        return text.isEmpty() ? null : text;
    }
}
