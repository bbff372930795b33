package cn.zhaoshang.desk.task.ui;

import cn.zhaoshang.desk.common.session.Session;
import cn.zhaoshang.desk.common.ui.NavigationEntry;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.task.StageDeadlineJob;
import cn.zhaoshang.desk.task.TaskListService;
import cn.zhaoshang.desk.task.TaskService;
import org.kordamp.ikonli.feather.Feather;

/**
 * The 任务清单 entry of the main window. Its screens are built on first visit, but its clock starts
 * with the window: reminders of what became due or overdue, and the daily stage-deadline job.
 */
public final class TaskArea {
    private TaskArea() {
    }

    /** @param stageDeadlines the job raising supervision tasks at start, or null where it must not run (a laptop) */
    public static NavigationEntry entry(TaskService tasks, TaskListService lists, StageDeadlineJob stageDeadlines,
                                        Session session, UiKit kit) {
        new TaskReminderTicker(kit, lists, stageDeadlines).start();
        return new NavigationEntry("task", "shell.nav.task", Feather.CHECK_SQUARE,
                () -> new TaskAreaView(kit, tasks, lists, session).root());
    }
}
