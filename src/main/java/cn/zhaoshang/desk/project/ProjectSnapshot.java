package cn.zhaoshang.desk.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The stage-related state of a project as stored: what {@link TransitionPolicy} judges a transition
 * against. {@code stageBeforeSide} is the main stage a paused or dropped project was in (from its
 * history); null for a project in a main stage.
 */
public record ProjectSnapshot(UUID id, int version, ProjectStage stage, LocalDate stageEnteredOn,
                              LocalDate signedOn, BigDecimal contractAmount, LocalDate registeredOn, String localUscc,
                              LocalDate startedOn, LocalDate operatingOn, String dropReason, boolean archived,
                              ProjectStage stageBeforeSide) {

    /**
     * The main stage the project stands at: its stage, or for a side state the stage it left, or
     * failing that the last milestone it reached.
     */
    public ProjectStage reference() {
        if (stage.isMain()) {
            return stage;
        }
        if (stageBeforeSide != null && stageBeforeSide.isMain()) {
            return stageBeforeSide;
        }
        if (operatingOn != null) {
            return ProjectStage.OPERATING;
        }
        if (startedOn != null) {
            return ProjectStage.STARTED;
        }
        if (registeredOn != null) {
            return ProjectStage.REGISTERED;
        }
        return signedOn != null ? ProjectStage.SIGNED : ProjectStage.LEAD;
    }

    /** The recorded milestone date of a milestone stage, or null. */
    public LocalDate milestoneDate(ProjectStage milestone) {
        return switch (milestone) {
            case SIGNED -> signedOn;
            case REGISTERED -> registeredOn;
            case STARTED -> startedOn;
            case OPERATING -> operatingOn;
            default -> null;
        };
    }
}
