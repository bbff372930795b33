package cn.zhaoshang.desk.task;

import java.time.LocalDate;
import java.util.UUID;

/** Where the next page of a task list starts: after this (due date, id); undated tasks come last. */
public record TaskCursor(LocalDate dueOn, UUID id) {
}
