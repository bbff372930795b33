package cn.zhaoshang.desk.company.ui;

import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.company.CodeChoice;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Cascading pickers over a code tree: province → city → district for regions (GB/T 2260), section
 * → division for industries (GB/T 4754). {@link #value} is the code of the deepest level chosen;
 * a level with nothing below it hides the next one.
 */
public final class CodePicker extends HBox {
    /** The chosen code (null = none). */
    final ObjectProperty<String> value = new SimpleObjectProperty<>();

    /** The chosen code (null = none), for other features' forms. */
    public ObjectProperty<String> valueProperty() {
        return value;
    }
    private final List<ComboBox<CodeChoice>> levels = new ArrayList<>();
    private final Map<String, CodeChoice> byCode = new HashMap<>();
    private Map<String, List<CodeChoice>> children = Map.of();
    private boolean updating;

    public CodePicker(String id, Messages messages, int depth, boolean showCodes, String noneKey) {
        super(6);
        setId(id);
        StringConverter<CodeChoice> converter = new StringConverter<>() {
            @Override public String toString(CodeChoice c) {
                return c == null ? messages.get(noneKey) : showCodes ? c.code() + " " + c.name() : c.name();
            }
            @Override public CodeChoice fromString(String s) {
                return null;
            }
        };
        for (int i = 0; i < depth; i++) {
            ComboBox<CodeChoice> box = new ComboBox<>();
            box.setId(id + "-" + i);
            box.setConverter(converter);
            box.setCellFactory(l -> new ListCell<>() {
                @Override protected void updateItem(CodeChoice item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : converter.toString(item));
                }
            });
            box.setVisibleRowCount(16);
            box.setPrefWidth(120);
            box.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(box, Priority.ALWAYS);
            int level = i;
            box.valueProperty().addListener((obs, old, now) -> chosen(level, now));
            levels.add(box);
            getChildren().add(box);
        }
        value.addListener((obs, old, now) -> {
            if (!updating) {
                show(now);
            }
        });
    }

    /** In a narrow panel the levels stand one under the other. */
    void stacked() {
        VBox column = new VBox(4);
        column.getChildren().setAll(getChildren());
        getChildren().setAll(column);
        HBox.setHgrow(column, Priority.ALWAYS);
    }

    public void setCodes(List<CodeChoice> codes) {
        byCode.clear();
        codes.forEach(c -> byCode.put(c.code(), c));
        children = CompanyChoices.children(codes);
        updating = true;
        fill(0, children.getOrDefault(null, List.of()));
        updating = false;
        show(value.get());
    }

    private void fill(int level, List<CodeChoice> items) {
        ComboBox<CodeChoice> box = levels.get(level);
        List<CodeChoice> withNone = new ArrayList<>();
        withNone.add(null);
        withNone.addAll(items);
        box.getItems().setAll(withNone);
        box.setValue(null);
        box.setVisible(!items.isEmpty() || level == 0);
        box.setManaged(box.isVisible());
        for (int deeper = level + 1; deeper < levels.size(); deeper++) {
            levels.get(deeper).getItems().clear();
            levels.get(deeper).setVisible(false);
            levels.get(deeper).setManaged(false);
        }
    }

    private void chosen(int level, CodeChoice choice) {
        if (updating) {
            return;
        }
        updating = true;
        if (level + 1 < levels.size()) {
            fill(level + 1, choice == null ? List.of() : children.getOrDefault(choice.code(), List.of()));
        }
        updating = false;
        String code = choice != null ? choice.code() : level > 0 ? codeOf(levels.get(level - 1).getValue()) : null;
        updating = true;
        value.set(code);
        updating = false;
    }

    private static String codeOf(CodeChoice c) {
        return c == null ? null : c.code();
    }

    /** Selects the path to a code (its ancestors first). */
    private void show(String code) {
        List<CodeChoice> path = new ArrayList<>();
        for (CodeChoice c = code == null ? null : byCode.get(code); c != null; c = byCode.get(c.parentCode())) {
            path.add(0, c);
        }
        updating = true;
        fill(0, children.getOrDefault(null, List.of()));
        for (int i = 0; i < path.size() && i < levels.size(); i++) {
            levels.get(i).setValue(path.get(i));
            if (i + 1 < levels.size()) {
                fill(i + 1, children.getOrDefault(path.get(i).code(), List.of()));
            }
        }
        updating = false;
    }
}
