package cn.zhaoshang.desk.project;

/**
 * The "三未" lists: projects stuck past the deadline of a stage — signed but not registered
 * (签约未注册), registered but not started (注册未开工), started but not operating (开工未投产).
 */
public enum LaggingList {
    SIGNED_NOT_REGISTERED(ProjectStage.SIGNED),
    REGISTERED_NOT_STARTED(ProjectStage.REGISTERED),
    STARTED_NOT_OPERATING(ProjectStage.STARTED);

    private final ProjectStage stage;

    LaggingList(ProjectStage stage) {
        this.stage = stage;
    }

    public ProjectStage stage() {
        return stage;
    }

    /** The list filter: this stage, past its deadline. */
    public ProjectFilter filter() {
        return ProjectFilter.ALL.withStage(stage).withClock(ClockState.OVERDUE);
    }
}
