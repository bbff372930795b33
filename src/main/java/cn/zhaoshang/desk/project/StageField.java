package cn.zhaoshang.desk.project;

import java.util.List;

/**
 * A piece of data a stage transition may ask for. The milestone fields belong to the stage that
 * records them; {@link #CHANGED_ON} dates transitions that record no milestone; {@link #REASON}
 * explains a move back, a pause, a drop or a reopening.
 */
public enum StageField {
    SIGNED_ON("signed_on"),
    CONTRACT_AMOUNT("contract_amount"),
    REGISTERED_ON("registered_on"),
    LOCAL_USCC("local_uscc"),
    STARTED_ON("started_on"),
    OPERATING_ON("operating_on"),
    CHANGED_ON("changed_on"),
    REASON("reason");

    private final String column;

    StageField(String column) {
        this.column = column;
    }

    /** The project column (or history column) the value goes to; also its name in history details. */
    public String column() {
        return column;
    }

    public boolean isDate() {
        return this == SIGNED_ON || this == REGISTERED_ON || this == STARTED_ON || this == OPERATING_ON || this == CHANGED_ON;
    }

    /** The fields a milestone stage records, in the order a dialog asks for them. */
    public static List<StageField> recordedBy(ProjectStage stage) {
        return switch (stage) {
            case SIGNED -> List.of(SIGNED_ON, CONTRACT_AMOUNT);
            case REGISTERED -> List.of(LOCAL_USCC, REGISTERED_ON);
            case STARTED -> List.of(STARTED_ON);
            case OPERATING -> List.of(OPERATING_ON);
            default -> List.of();
        };
    }

    /** The date field of a milestone stage (SIGNED → SIGNED_ON …), or null for the others. */
    public static StageField dateOf(ProjectStage stage) {
        return switch (stage) {
            case SIGNED -> SIGNED_ON;
            case REGISTERED -> REGISTERED_ON;
            case STARTED -> STARTED_ON;
            case OPERATING -> OPERATING_ON;
            default -> null;
        };
    }

    public static StageField fromColumn(String column) {
        for (StageField f : values()) {
            if (f.column.equals(column)) {
                return f;
            }
        }
        return null;
    }
}
