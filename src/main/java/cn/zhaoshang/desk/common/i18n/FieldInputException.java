package cn.zhaoshang.desk.common.i18n;

/**
 * Input a feature refuses, with the form field it belongs to, so that a form shows the message beside
 * that field (through {@code common.ui.FieldErrors}) and the command line can name the field.
 */
public final class FieldInputException extends DeskException {
    private final String field;

    public FieldInputException(String field, String key, Object... args) {
        super(key, args);
        this.field = field;
    }

    /** The field's key as the feature's form knows it, such as {@code name} or {@code totalArea}. */
    public String field() {
        return field;
    }
}
