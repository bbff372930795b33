package cn.zhaoshang.desk.task;

/** How urgent a task is, lowest first (the order is used for sorting within a day). */
public enum TaskPriority {
    LOW, NORMAL, HIGH, URGENT
}
