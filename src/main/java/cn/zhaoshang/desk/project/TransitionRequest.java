package cn.zhaoshang.desk.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * What the user entered to move a project to {@code target}: values by {@link StageField}. Only the
 * fields the plan asks for are read; the rest are ignored.
 */
public final class TransitionRequest {
    private final ProjectStage target;
    private final Map<StageField, Object> values = new EnumMap<>(StageField.class);

    private TransitionRequest(ProjectStage target) {
        this.target = target;
    }

    public static TransitionRequest to(ProjectStage target) {
        return new TransitionRequest(target);
    }

    public ProjectStage target() {
        return target;
    }

    /** Sets a value (a LocalDate for date fields, BigDecimal for the amount, String otherwise). */
    public TransitionRequest with(StageField field, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            values.remove(field);
        } else {
            values.put(field, value instanceof String s ? s.strip() : value);
        }
        return this;
    }

    public TransitionRequest on(LocalDate date) {
        return with(StageField.CHANGED_ON, date);
    }

    public TransitionRequest because(String reason) {
        return with(StageField.REASON, reason);
    }

    public boolean has(StageField field) {
        return values.containsKey(field);
    }

    public LocalDate date(StageField field) {
        return (LocalDate) values.get(field);
    }

    public BigDecimal amount(StageField field) {
        return (BigDecimal) values.get(field);
    }

    public String text(StageField field) {
        Object v = values.get(field);
        return v == null ? null : v.toString();
    }
}
