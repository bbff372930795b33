package cn.zhaoshang.desk.task;

/** The supervision filter of task lists: any task, supervised ones (of any or one level), or ordinary ones. */
public enum SupervisionFilter {
    ANY, SUPERVISED, DISTRICT, BUREAU, TEAM, NONE;

    /** The level this filter narrows to, or null when it does not name one. */
    public SupervisionLevel level() {
        return switch (this) {
            case DISTRICT -> SupervisionLevel.DISTRICT;
            case BUREAU -> SupervisionLevel.BUREAU;
            case TEAM -> SupervisionLevel.TEAM;
            default -> null;
        };
    }
}
