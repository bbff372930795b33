package cn.zhaoshang.desk.common.background;

import cn.zhaoshang.desk.common.i18n.DeskException;

/** Thrown inside a job when the user cancelled it; transactions roll back on it like on any error. */
public class CancelledException extends DeskException {
    public CancelledException() {
        super("common.task.cancelled");
    }
}
