package cn.zhaoshang.desk.chain;

import java.util.List;
import java.util.Set;

/**
 * The project pipeline's stages as stored in {@code project.stage}, in pipeline order. The project
 * library owns the pipeline; the chain map only counts projects per stage, so it keeps the names.
 */
public final class ProjectStages {
    public static final List<String> ORDER = List.of("LEAD", "CONTACTED", "NEGOTIATING", "SIGNED", "REGISTERED",
            "STARTED", "OPERATING", "ON_HOLD", "DROPPED");
    /** Stages that are not an active lead: paused and dropped projects do not fill a gap. */
    public static final Set<String> INACTIVE = Set.of("ON_HOLD", "DROPPED");

    private ProjectStages() {
    }

    public static boolean isActive(String stage) {
        return !INACTIVE.contains(stage);
    }

    public static int rank(String stage) {
        int i = ORDER.indexOf(stage);
        return i < 0 ? ORDER.size() : i;
    }
}
