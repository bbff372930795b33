package cn.zhaoshang.desk.task;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The morning view of one person: open tasks by section (the first rows of each and how many there
 * are in all) and the visits' next steps that still wait to become tasks. {@code linked} is false
 * when the signed-in user is not linked to a person, so nothing can be "mine".
 */
public record MyTasks(boolean linked, LocalDate today, Map<DueBucket, List<TaskRow>> rows, Map<DueBucket, Integer> counts,
                      List<NextStep> nextSteps) {
    public int count(DueBucket bucket) {
        return counts.getOrDefault(bucket, 0);
    }
}
