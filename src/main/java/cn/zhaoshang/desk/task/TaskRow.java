package cn.zhaoshang.desk.task;

/** A task in a list, with its supervision status when it is supervised (null otherwise). */
public record TaskRow(Task task, SupervisionStatus supervision) {
}
