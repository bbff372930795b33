package cn.zhaoshang.desk.common.ui;

import cn.zhaoshang.desk.common.i18n.Messages;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The view side of {@link FieldErrors}: a form as rows of label and control, each control with its
 * field's message below it, in the danger colour and taking no room while there is none.
 */
public final class FormGrid {
    private final GridPane grid = new GridPane();
    private final Messages messages;
    private final FieldErrors errors;
    private final String errorIdPrefix;
    private int row;

    /**
     * @param errorIdPrefix each message line gets the id {@code <prefix><field>}, which UI tests look up
     * @param labelMinWidth the label column's least width ({@link Region#USE_PREF_SIZE} for the widest label)
     */
    public FormGrid(Messages messages, FieldErrors errors, String errorIdPrefix, double labelMinWidth) {
        this.messages = messages;
        this.errors = errors;
        this.errorIdPrefix = errorIdPrefix;
        grid.setHgap(12);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(labelMinWidth);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
    }

    public GridPane node() {
        return grid;
    }

    /** Adds a row; {@code field} names the message shown below the control, or is null for none. */
    public void add(String field, String labelKey, Node control) {
        Label caption = new Label(messages.get(labelKey));
        caption.setLabelFor(control);
        caption.setMinWidth(Region.USE_PREF_SIZE);
        caption.setPadding(new Insets(5, 0, 0, 0));
        if (control instanceof Control c) {
            c.setMaxWidth(Double.MAX_VALUE);
        }
        VBox cell = new VBox(2, control);
        if (field != null) {
            Label error = new Label();
            error.setId(errorIdPrefix + field);
            error.getStyleClass().add("field-error");
            error.setWrapText(true);
            error.textProperty().bind(errors.of(field));
            error.managedProperty().bind(error.textProperty().isNotEmpty());
            error.visibleProperty().bind(error.managedProperty());
            cell.getChildren().add(error);
        }
        grid.addRow(row++, caption, cell);
        GridPane.setValignment(caption, VPos.TOP);
    }
}
