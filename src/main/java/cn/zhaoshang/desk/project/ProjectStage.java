package cn.zhaoshang.desk.project;

import java.util.Arrays;
import java.util.List;

/**
 * The pipeline (项目阶段): seven main stages in order, and two side states a project can enter from
 * any of them. A main stage that records a milestone date says so; the others are dated only by
 * the stage history.
 */
public enum ProjectStage {
    LEAD(0, false),          // 线索
    CONTACTED(1, false),     // 接洽
    NEGOTIATING(2, false),   // 洽谈
    SIGNED(3, true),         // 签约: date + contract amount
    REGISTERED(4, true),     // 注册: local entity USCC + date
    STARTED(5, true),        // 开工/入驻: date
    OPERATING(6, true),      // 投产/运营: date
    ON_HOLD(-1, false),      // 暂缓: reason
    DROPPED(-1, false);      // 终止: reason

    private final int order;
    private final boolean milestone;

    ProjectStage(int order, boolean milestone) {
        this.order = order;
        this.milestone = milestone;
    }

    /** Position in the pipeline, 0 = LEAD … 6 = OPERATING; -1 for the side states. */
    public int order() {
        return order;
    }

    public boolean isMain() {
        return order >= 0;
    }

    public boolean isSide() {
        return order < 0;
    }

    /** Does reaching this stage record a milestone date on the project (signed_on, …)? */
    public boolean hasMilestone() {
        return milestone;
    }

    public boolean isBefore(ProjectStage other) {
        return isMain() && other.isMain() && order < other.order;
    }

    public static List<ProjectStage> mainStages() {
        return Arrays.stream(values()).filter(ProjectStage::isMain).toList();
    }

    public static List<ProjectStage> sideStates() {
        return List.of(ON_HOLD, DROPPED);
    }

    /** The stages a new project may start in: those that need no milestone data. */
    public static List<ProjectStage> startingStages() {
        return List.of(LEAD, CONTACTED, NEGOTIATING);
    }

    /** The main stages strictly after {@code from} up to and including {@code to}. */
    public static List<ProjectStage> between(ProjectStage from, ProjectStage to) {
        return mainStages().stream().filter(s -> s.order > from.order && s.order <= to.order).toList();
    }
}
