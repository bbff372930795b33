package cn.zhaoshang.desk.app.ui;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.ui.Fonts;
import cn.zhaoshang.desk.common.ui.RecordLinks;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.project.ListSort;
import cn.zhaoshang.desk.project.ProjectFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.stage.Popup;
import javafx.util.Duration;

/**
 * The search box at the top of the window (Ctrl+K): as you type, the best hits below it — companies first
 * (name, pinyin, initials, credit code, contact names: the library's search), then projects. Arrow keys
 * move, Enter opens the chosen hit (or the first), Esc clears the box; opening a hit clears it too.
 */
final class GlobalSearch {
    static final int COMPANIES = 6;
    static final int PROJECTS = 4;
    private static final Duration TYPING = Duration.millis(180);

    /** One hit: what it opens and how it reads. */
    record Hit(RecordLinks.Kind kind, UUID id, String title, String detail) {
    }

    private final Services services;
    private final UiKit kit;
    private final TextField field;
    private final ListView<Hit> list = new ListView<>();
    private final Popup popup = new Popup();
    private final PauseTransition typing = new PauseTransition(TYPING);
    private final Consumer<String> noHit;
    private long asked;

    /** {@code noHit}: what Enter does when nothing was found (the company library searches the text). */
    GlobalSearch(Services services, UiKit kit, TextField field, Consumer<String> noHit) {
        this.services = services;
        this.kit = kit;
        this.field = field;
        this.noHit = noHit;
        // A popup has its own scene: the bundled CJK font is set on it as on the main window.
        list.setStyle("-fx-font-family: \"" + Fonts.FAMILY + "\";");
        list.setId("global-search-hits");
        list.setPrefWidth(520);
        list.setFixedCellSize(30);
        list.setCellFactory(v -> new HitCell());
        list.setFocusTraversable(false);
        list.setOnMouseClicked(e -> open(list.getSelectionModel().getSelectedItem()));
        list.getStyleClass().add("global-search-hits");
        popup.getContent().add(list);
        popup.setAutoHide(true);
        // Esc must reach the box (it clears it), not only close the list; keys the list gets are the box's too.
        popup.setHideOnEscape(false);
        popup.setConsumeAutoHidingEvents(false);
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        typing.setOnFinished(e -> search(field.getText()));
        field.textProperty().addListener((obs, old, text) -> {
            if (text == null || text.isBlank()) {
                popup.hide();
            } else {
                typing.playFromStart();
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
    }

    /** The hits shown now (for tests and the keyboard). */
    List<Hit> hits() {
        return list.getItems();
    }

    private void key(KeyEvent e) {
        switch (e.getCode()) {
            case DOWN -> move(1);
            case UP -> move(-1);
            case ENTER -> {
                Hit chosen = list.getSelectionModel().getSelectedItem();
                if (chosen == null && list.getItems().isEmpty()) {
                    String text = field.getText();
                    popup.hide();
                    field.clear();
                    noHit.accept(text);
                } else {
                    open(chosen != null ? chosen : list.getItems().get(0));
                }
            }
            case ESCAPE -> {
                field.clear();
                popup.hide();
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void move(int step) {
        if (list.getItems().isEmpty()) {
            return;
        }
        int at = Math.max(0, Math.min(list.getItems().size() - 1, list.getSelectionModel().getSelectedIndex() + step));
        list.getSelectionModel().select(at);
        list.scrollTo(at);
    }

    /** Reads the hits in the background; an answer to an older question is dropped. */
    void search(String text) {
        String query = text == null ? "" : text.strip();
        if (query.isEmpty()) {
            return;
        }
        long mine = ++asked;
        kit.tasks().run(kit.t("shell.search.running"), p -> find(query), hits -> {
            if (mine == asked && query.equals(field.getText().strip())) {
                show(hits);
            }
        }, error -> kit.dialogs().notify(kit.messages().describe(error)));
    }

    private List<Hit> find(String query) {
        List<Hit> hits = new ArrayList<>();
        for (var hit : services.search().search(query, COMPANIES)) {
            hits.add(new Hit(RecordLinks.Kind.COMPANY, hit.companyId(), hit.name(),
                    hit.uscc() == null ? kit.t("shell.search.company") : hit.uscc()));
        }
        for (var p : services.projects().list(ProjectFilter.ALL.withText(query), ListSort.NAME, null, PROJECTS).rows()) {
            hits.add(new Hit(RecordLinks.Kind.PROJECT, p.id(), p.name(), kit.t("shell.search.project",
                    kit.messages().label(p.stage()), p.companyName() == null ? "" : p.companyName())));
        }
        return hits;
    }

    private void show(List<Hit> hits) {
        list.getItems().setAll(hits);
        if (hits.isEmpty()) {
            list.setPlaceholder(new Label(kit.t("shell.search.nothing", field.getText().strip())));
        }
        list.setPrefHeight(Math.max(1, hits.size()) * list.getFixedCellSize() + 4);
        if (field.getScene() == null || field.getScene().getWindow() == null) {
            return;
        }
        Bounds at = field.localToScreen(field.getBoundsInLocal());
        if (at != null && !popup.isShowing()) {
            popup.show(field, at.getMinX(), at.getMaxY() + 2);
        }
    }

    private void open(Hit hit) {
        if (hit == null) {
            return;
        }
        popup.hide();
        field.clear();
        kit.links().open(hit.kind(), hit.id());
    }

    private final class HitCell extends ListCell<Hit> {
        @Override
        protected void updateItem(Hit hit, boolean empty) {
            super.updateItem(hit, empty);
            if (empty || hit == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label title = new Label(hit.title());
            Label detail = new Label(hit.detail());
            detail.getStyleClass().add("text-muted");
            HBox row = new HBox(10,
                    new org.kordamp.ikonli.javafx.FontIcon(hit.kind() == RecordLinks.Kind.COMPANY
                            ? org.kordamp.ikonli.feather.Feather.BRIEFCASE : org.kordamp.ikonli.feather.Feather.LAYERS),
                    title, detail);
            row.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(row);
        }
    }
}
