package cn.zhaoshang.desk.project;

import cn.zhaoshang.desk.common.i18n.DeskException;
import java.util.List;

/** A transition the rules refuse; carries every problem found, its message is the first one. */
public final class TransitionRefusedException extends DeskException {
    private final transient List<TransitionProblem> problems;

    public TransitionRefusedException(List<TransitionProblem> problems) {
        super(problems.get(0).key(), problems.get(0).args());
        this.problems = List.copyOf(problems);
    }

    public List<TransitionProblem> problems() {
        return problems;
    }
}
