package cn.zhaoshang.desk.common.ui;

import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.i18n.FieldInputException;
import cn.zhaoshang.desk.common.i18n.Messages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/**
 * The message beside each field of a form, by field key: what the form's view binds its error lines to.
 * A check clears every message and shows the first refusal ({@link FieldInputException}) beside its
 * field, in the user's language; a refusal for a field the form does not show goes beside the first
 * field, so no refusal is lost. View models own one; it holds no controls.
 */
public final class FieldErrors {
    private final Map<String, StringProperty> byField = new LinkedHashMap<>();
    private final Messages messages;

    /** @param fields the keys of the fields that show a message, the first one also taking strays */
    public FieldErrors(Messages messages, List<String> fields) {
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("a form needs at least one field to show its messages");
        }
        this.messages = messages;
        fields.forEach(f -> byField.put(f, new SimpleStringProperty("")));
    }

    /** The message beside {@code field}, empty when the field is fine. */
    public StringProperty of(String field) {
        StringProperty message = byField.get(field);
        if (message == null) {
            throw new IllegalArgumentException("no such field on this form: " + field);
        }
        return message;
    }

    /**
     * Clears every message, then runs {@code check}; a refusal it returns, or throws while reading the
     * input (see {@link #read}), is shown beside its field.
     *
     * @return true when nothing was refused
     */
    public boolean check(Supplier<Optional<FieldInputException>> check) {
        byField.values().forEach(m -> m.set(""));
        Optional<FieldInputException> refusal;
        try {
            refusal = check.get();
        } catch (FieldInputException unreadable) {
            refusal = Optional.of(unreadable);
        }
        refusal.ifPresent(this::show);
        return refusal.isEmpty();
    }

    /** Runs {@code check} again whenever one of {@code inputs} changes, so a message goes once it is put right. */
    public static void recheckOn(Runnable check, ObservableValue<?>... inputs) {
        for (ObservableValue<?> input : inputs) {
            input.addListener((o, was, now) -> check.run());
        }
    }

    /** Shows the refusal beside its field, or beside the first field when the form has no such field. */
    public void show(FieldInputException refusal) {
        byField.getOrDefault(refusal.field(), byField.values().iterator().next()).set(messages.describe(refusal));
    }

    /** Where a failed save goes: a field refusal beside its field, anything else (stale, offline) to {@code others}. */
    public void showOr(Throwable failure, Consumer<Throwable> others) {
        if (failure instanceof FieldInputException refusal) {
            show(refusal);
        } else {
            others.accept(failure);
        }
    }

    /**
     * Reads typed text with {@code parser}; text it cannot read (a {@link DeskException}) becomes a refusal
     * of {@code field} with the message {@code key}, which {@link #check} shows beside that field.
     */
    public static <T> T read(String field, String key, Function<String, T> parser, String text) {
        try {
            return parser.apply(text);
        } catch (DeskException unreadable) {
            throw new FieldInputException(field, key);
        }
    }
}
