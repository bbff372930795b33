package cn.zhaoshang.desk.request;

/** The closed loop: 受理 → 办理中 → 办结 → 回访 (with the company's satisfaction). */
public enum RequestStatus {
    RECEIVED, IN_PROGRESS, CLOSED, REVISITED;

    /** Still being worked on: it can fall overdue. */
    public boolean isOpen() {
        return this == RECEIVED || this == IN_PROGRESS;
    }
}
