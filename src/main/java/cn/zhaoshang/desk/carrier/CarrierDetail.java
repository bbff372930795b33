package cn.zhaoshang.desk.carrier;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the carrier's detail shows, read together: the carrier, its figures, the carriers nested
 * in it, the projects that name it or a carrier nested in it, its occupancy over time, and the names
 * of its focus industries.
 */
public record CarrierDetail(CarrierSummary summary, List<CarrierSummary> children, List<CarrierProject> projects,
                            List<OccupancyEntry> occupancy, Map<String, String> industryNames) {
    public Carrier carrier() {
        return summary.carrier();
    }

    /** Project counts per stage, in pipeline order, stages without projects left out. */
    public Map<String, Long> projectsByStage() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String stage : CarrierProject.STAGES) {
            long n = projects.stream().filter(p -> stage.equals(p.stage())).count();
            if (n > 0) {
                counts.put(stage, n);
            }
        }
        return counts;
    }
}
