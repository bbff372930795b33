package cn.zhaoshang.desk.task;

import java.util.List;

/** One page of a task list; {@code next} is null on the last page. */
public record TaskPage(List<TaskRow> rows, TaskCursor next) {
}
