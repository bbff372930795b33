package cn.zhaoshang.desk.exchange.rows;

import static cn.zhaoshang.desk.exchange.ImportField.*;

import cn.zhaoshang.desk.exchange.ImportField;
import cn.zhaoshang.desk.project.ProjectStage;
import cn.zhaoshang.desk.project.StageField;
import cn.zhaoshang.desk.project.TransitionRequest;
import java.time.LocalDate;
import java.util.Map;

/**
 * A project row as a move on the board: the stage it names is the target, its milestone columns are
 * what the move records. Used for new projects (moved from 线索) and for updates of stored ones.
 */
public final class ProjectStages {
    private static final Map<StageField, ImportField> FIELDS = Map.of(StageField.SIGNED_ON, SIGNED_ON,
            StageField.CONTRACT_AMOUNT, CONTRACT_AMOUNT, StageField.REGISTERED_ON, REGISTERED_ON, StageField.LOCAL_USCC,
            LOCAL_USCC, StageField.STARTED_ON, STARTED_ON, StageField.OPERATING_ON, OPERATING_ON, StageField.CHANGED_ON,
            STAGE_ENTERED_ON, StageField.REASON, DROP_REASON);

    private ProjectStages() {
    }

    /** The move to the row's stage with the row's milestone data; undated moves happen today. */
    public static TransitionRequest request(ParsedRow row, LocalDate today) {
        TransitionRequest request = TransitionRequest.to(ProjectStage.valueOf(row.text(STAGE)));
        FIELDS.forEach((stageField, field) -> request.with(stageField, row.get(field)));
        if (!request.has(StageField.CHANGED_ON)) {
            request.with(StageField.CHANGED_ON, today);
        }
        return request;
    }

    /** The column a stage rule speaks of (the stage itself for a rule on the whole move). */
    public static ImportField fieldOf(StageField field) {
        return field == null ? STAGE : FIELDS.get(field);
    }
}
