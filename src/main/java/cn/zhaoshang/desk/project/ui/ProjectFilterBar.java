package cn.zhaoshang.desk.project.ui;

import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.pick.Choice;
import cn.zhaoshang.desk.project.IndustryChoice;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The row of filters above the board and the list. */
final class ProjectFilterBar {
    private final FlowPane root = new FlowPane(8, 6);

    ProjectFilterBar(ProjectFilterViewModel model, Messages m) {
        root.getStyleClass().add("project-filter-bar");
        root.setAlignment(Pos.CENTER_LEFT);
        TextField search = new TextField();
        search.setId("project-filter-text");
        search.setPromptText(m.get("project.filter.textPrompt"));
        search.setPrefColumnCount(11);
        search.textProperty().bindBidirectional(model.textProperty());
        PauseTransition pause = new PauseTransition(Duration.millis(350));
        pause.setOnFinished(e -> model.applyText());
        search.textProperty().addListener((o, a, b) -> pause.playFromStart());
        search.setOnAction(e -> {
            pause.stop();
            model.applyText();
        });

        ComboBox<Choice> team = choices("project-filter-team", model.teams(), model.teamProperty(), m.get("project.filter.anyTeam"));
        ComboBox<IndustryChoice> industry = new ComboBox<>(model.industries());
        industry.setId("project-filter-industry");
        industry.valueProperty().bindBidirectional(model.industryProperty());
        ProjectUi.show(industry, i -> i.toString().strip(), m.get("project.filter.anyIndustry"));
        industry.setCellFactory(list -> new ListCell<>() {
            @Override protected void updateItem(IndustryChoice item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? m.get("project.filter.anyIndustry") : item.toString());
            }
        });
        industry.setPrefWidth(150);
        ComboBox<Choice> node = choices("project-filter-chain", model.chainNodes(), model.chainNodeProperty(),
                m.get("project.filter.anyChain"));
        ComboBox<Choice> carrier = choices("project-filter-carrier", model.carriers(), model.carrierProperty(),
                m.get("project.filter.anyCarrier"));
        ComboBox<Choice> unit = choices("project-filter-unit", model.units(), model.unitProperty(), m.get("project.filter.anyUnit"));
        CheckBox major = new CheckBox(m.get("project.filter.major"));
        major.setId("project-filter-major");
        major.selectedProperty().bindBidirectional(model.majorOnlyProperty());
        Button clear = new Button(null, new FontIcon(Feather.X));
        clear.setId("project-filter-clear");
        clear.setTooltip(new Tooltip(m.get("project.filter.clear")));
        clear.getStyleClass().add("flat");
        clear.setOnAction(e -> model.clear());
        root.getChildren().addAll(new FontIcon(Feather.FILTER), search, team, industry, node, carrier, unit, major, clear);
    }

    private static ComboBox<Choice> choices(String id, ObservableList<Choice> items,
                                            ObjectProperty<Choice> value, String any) {
        ComboBox<Choice> box = new ComboBox<>(items);
        box.setId(id);
        box.valueProperty().bindBidirectional(value);
        ProjectUi.show(box, Choice::name, any);
        box.setCellFactory(list -> new ListCell<>() {
            @Override protected void updateItem(Choice item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? any : item.name());
            }
        });
        box.setPrefWidth(132);
        return box;
    }

    FlowPane root() {
        return root;
    }
}
