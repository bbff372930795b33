package cn.zhaoshang.desk.project;

import java.util.List;

/**
 * What a transition from a project's current stage to a target needs: its kind, the fields to
 * ask for (in order) and the milestones a move back clears.
 */
public record TransitionPlan(ProjectStage from, ProjectStage target, TransitionKind kind, List<StageField> fields,
                             List<ProjectStage> clearedMilestones) {
    public boolean asks(StageField field) {
        return fields.contains(field);
    }
}
