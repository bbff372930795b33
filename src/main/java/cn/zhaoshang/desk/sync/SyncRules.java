package cn.zhaoshang.desk.sync;

import cn.zhaoshang.desk.project.ProjectStage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Rules that span records or fields, checked again on the server's side of a merge: a result that
 * breaks one keeps the server's values for the fields concerned and becomes a conflict, never an
 * error. Pure: the caller asks the server whether a value is taken.
 */
final class SyncRules {
    /** The columns of a project that make up its stage and milestones. */
    static final List<String> STAGE_COLUMNS = List.of("stage", "stage_entered_on", "signed_on", "contract_amount",
            "registered_on", "local_uscc", "started_on", "operating_on", "drop_reason");

    private SyncRules() {
    }

    /** Did the merge change the project's stage or milestones against the server's row? */
    static boolean stageTouched(SyncRow merged, SyncRow theirs) {
        return theirs != null && STAGE_COLUMNS.stream().anyMatch(c -> !Objects.equals(merged.get(c), theirs.get(c)));
    }

    /**
     * What is wrong with a project's stage and milestones as a whole: a stage reached without the data it
     * needs (a signing without its date and a positive amount, a registration, start or operation without
     * its date) or milestone dates out of pipeline order (registration before signing, and so on).
     */
    static List<String> stageProblems(SyncRow project) {
        List<String> problems = new ArrayList<>();
        ProjectStage stage = ProjectStage.valueOf(project.get("stage"));
        if (!stage.isMain()) {
            return problems;
        }
        String[] milestones = {"signed_on", "registered_on", "started_on", "operating_on"};
        ProjectStage[] reached = {ProjectStage.SIGNED, ProjectStage.REGISTERED, ProjectStage.STARTED, ProjectStage.OPERATING};
        LocalDate previous = null;
        for (int i = 0; i < milestones.length; i++) {
            String text = project.get(milestones[i]);
            if (stage.order() >= reached[i].order() && text == null) {
                problems.add(milestones[i] + " missing");
            }
            if (text != null) {
                LocalDate date = LocalDate.parse(text);
                if (previous != null && date.isBefore(previous)) {
                    problems.add(milestones[i] + " before " + milestones[i - 1]);
                }
                previous = date;
            }
        }
        if (stage.order() >= ProjectStage.SIGNED.order()) {
            String amount = project.get("contract_amount");
            if (amount == null || new BigDecimal(amount).signum() <= 0) {
                problems.add("contract_amount missing");
            }
        }
        return problems;
    }
}
