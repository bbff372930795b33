package cn.zhaoshang.desk.chain;

import cn.zhaoshang.desk.common.i18n.Messages;
import java.util.ArrayList;
import java.util.List;

/** Why a node is a gap, in words: what is missing, and what was tried and stopped. */
public final class GapReasons {
    private GapReasons() {
    }

    public static String describe(GapEntry gap, Messages messages) {
        NodeFigures f = gap.figures();
        List<String> parts = new ArrayList<>();
        parts.add(messages.get("chain.gap.noLocal"));
        parts.add(messages.get("chain.gap.noLead"));
        if (f.dormantTargets() > 0) {
            parts.add(messages.get("chain.gap.dormantTargets", f.dormantTargets()));
        }
        if (gap.droppedProjects() > 0) {
            parts.add(messages.get("chain.gap.droppedProjects", gap.droppedProjects()));
        }
        if (f.node().industryCodes().isEmpty() && !f.hasChildren()) {
            parts.add(messages.get("chain.gap.noCodes"));
        }
        return String.join(messages.get("chain.gap.separator"), parts);
    }
}
