package cn.zhaoshang.desk.common.ui;

import java.util.List;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;

/**
 * Picks one record by typing part of its name: the typed text is searched in the background (through
 * the feature's service, e.g. the company search) and the matches fill a box to choose from.
 */
public final class SearchPicker<T> {
    private final TextField query = new TextField();
    private final ComboBox<T> matches;
    private final HBox root;

    public SearchPicker(String id, UiKit kit, Function<String, List<T>> find, Function<T, String> label) {
        query.setId(id + "-query");
        query.setPromptText(kit.t("common.picker.prompt"));
        query.setPrefWidth(150);
        matches = FieldForms.choiceBox(id, List.of(), t -> t == null ? "" : label.apply(t));
        matches.setPrefWidth(260);
        HBox.setHgrow(matches, Priority.ALWAYS);
        PauseTransition typing = new PauseTransition(Duration.millis(250));
        typing.setOnFinished(e -> {
            String text = query.getText();
            kit.tasks().run(kit.t("common.picker.searching"), p -> find.apply(text), found -> {
                matches.getItems().setAll(found);
                if (!found.isEmpty()) {
                    matches.setValue(found.get(0));
                }
            }, kit.dialogs()::showError);
        });
        query.textProperty().addListener(o -> typing.playFromStart());
        root = new HBox(6, query, matches);
    }

    public HBox root() {
        return root;
    }

    public ObjectProperty<T> valueProperty() {
        return matches.valueProperty();
    }

    /** Starts with a record already chosen (and nothing typed). */
    public void preset(T value) {
        matches.getItems().setAll(List.of(value));
        matches.setValue(value);
    }
}
