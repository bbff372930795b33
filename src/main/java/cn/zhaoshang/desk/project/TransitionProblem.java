package cn.zhaoshang.desk.project;

import cn.zhaoshang.desk.common.i18n.Messages;
import java.util.Arrays;

/**
 * Why a transition was refused: the field concerned (null for the transition as a whole), a
 * bundle key and its arguments (dates and texts only, so any layer can show it).
 */
public record TransitionProblem(StageField field, String key, Object... args) {
    public String message(Messages messages) {
        return messages.get(key, args);
    }

    @Override
    public String toString() {
        return field + ":" + key + Arrays.toString(args);
    }
}
