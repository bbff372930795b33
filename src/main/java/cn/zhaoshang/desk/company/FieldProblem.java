package cn.zhaoshang.desk.company;

import cn.zhaoshang.desk.common.i18n.DeskException;
import java.util.List;

/**
 * Why one field's value is not accepted: the field's name and a bundle key with arguments. Forms
 * show the message beside the field; services refuse a save with the first problem.
 */
public record FieldProblem(String field, String key, Object... args) {
    public DeskException toException() {
        return new DeskException(key, args);
    }

    /** Throws the first problem, if there is one. */
    public static void refuseIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw problems.get(0).toException();
        }
    }
}
