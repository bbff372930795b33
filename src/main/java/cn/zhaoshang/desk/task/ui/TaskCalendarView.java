package cn.zhaoshang.desk.task.ui;

import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.task.CalendarEntry;
import cn.zhaoshang.desk.task.CalendarScope;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The calendar: a month or week grid of tasks and planned visits; drag an entry to another day to move it. */
final class TaskCalendarView {
    private final UiKit kit;
    private final TaskTexts texts;
    private final TaskCalendarViewModel model;
    private final TaskDetailViewModel detail;
    private final BorderPane root = new BorderPane();
    private final GridPane grid = new GridPane();
    /** The entry being dragged to another day, if any. */
    private CalendarEntry dragging;

    TaskCalendarView(UiKit kit, TaskTexts texts, TaskCalendarViewModel model, TaskDetailViewModel detail) {
        this.kit = kit;
        this.texts = texts;
        this.model = model;
        this.detail = detail;
        root.setId("task-calendar");
        root.setTop(toolbar());
        grid.setId("task-calendar-grid");
        grid.setMinSize(0, 0);
        for (int c = 0; c < 7; c++) {
            grid.getColumnConstraints().add(sevenths());
        }
        VBox.setVgrow(grid, Priority.ALWAYS);
        model.days().addListener((ListChangeListener<TaskCalendarViewModel.Day>) c -> render());
        VBox month = new VBox(weekdays(), grid);
        month.setMinSize(0, 0);
        SplitPane split = new SplitPane(month, new TaskDetailView(kit, texts, detail).root());
        split.setDividerPositions(0.72);
        root.setCenter(split);
        detail.setOnChanged(t -> model.refresh());
    }

    BorderPane root() {
        return root;
    }

    private HBox toolbar() {
        Button previous = iconButton("task-calendar-previous", Feather.CHEVRON_LEFT, "task.calendar.previous");
        previous.setOnAction(e -> model.previous());
        Button next = iconButton("task-calendar-next", Feather.CHEVRON_RIGHT, "task.calendar.next");
        next.setOnAction(e -> model.next());
        Button today = new Button(kit.t("task.calendar.today"));
        today.setId("task-calendar-today");
        today.setOnAction(e -> model.goToday());
        Label title = new Label();
        title.setId("task-calendar-title");
        title.getStyleClass().add("title-4");
        title.textProperty().bind(model.titleProperty());
        ToggleGroup modes = new ToggleGroup();
        ToggleButton month = new ToggleButton(kit.t("task.calendar.month"));
        month.setId("task-calendar-month");
        ToggleButton week = new ToggleButton(kit.t("task.calendar.week"));
        week.setId("task-calendar-week");
        month.setToggleGroup(modes);
        week.setToggleGroup(modes);
        month.getStyleClass().add("left-pill");
        week.getStyleClass().add("right-pill");
        (model.modeProperty().get() == TaskCalendarViewModel.Mode.MONTH ? month : week).setSelected(true);
        modes.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                model.modeProperty().set(now == week ? TaskCalendarViewModel.Mode.WEEK : TaskCalendarViewModel.Mode.MONTH);
            }
        });
        model.modeProperty().addListener((obs, old, now) -> (now == TaskCalendarViewModel.Mode.WEEK ? week : month).setSelected(true));
        ComboBox<CalendarScope> scope = new ComboBox<>(FXCollections.observableArrayList(CalendarScope.values()));
        scope.setId("task-calendar-scope");
        scope.setConverter(new StringConverter<>() {
            @Override public String toString(CalendarScope s) { return s == null ? "" : kit.messages().label(s); }
            @Override public CalendarScope fromString(String s) { return null; }
        });
        scope.valueProperty().bindBidirectional(model.scopeProperty());
        CheckBox closed = new CheckBox(kit.t("task.calendar.withClosed"));
        closed.setId("task-calendar-closed");
        closed.selectedProperty().bindBidirectional(model.withClosedProperty());
        Label hint = new Label(kit.t("task.calendar.hint"));
        hint.getStyleClass().add("task-muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox legend = new HBox(6, legend("task-calendar-entry", "task.calendar.legendTask"),
                legend("task-calendar-entry-overdue", "task.calendar.legendOverdue"),
                legend("task-calendar-entry-visit", "task.calendar.legendVisit"));
        legend.setAlignment(Pos.CENTER_LEFT);
        HBox bar = new HBox(8, previous, today, next, title, spacer, hint, legend, month, week, scope, closed);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        return bar;
    }

    private Label legend(String style, String key) {
        Label label = new Label(kit.t(key));
        label.getStyleClass().addAll("task-calendar-entry", style);
        return label;
    }

    private Button iconButton(String id, Feather icon, String tooltipKey) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().add("button-icon");
        b.setTooltip(new Tooltip(kit.t(tooltipKey)));
        return b;
    }

    private void render() {
        grid.getChildren().clear();
        grid.getRowConstraints().clear();
        var days = model.days();
        int weeks = Math.max(1, days.size() / 7);
        for (int r = 0; r < weeks; r++) {
            RowConstraints row = new RowConstraints();
            row.setPercentHeight(100.0 / weeks);
            row.setMinHeight(0);
            grid.getRowConstraints().add(row);
        }
        for (int i = 0; i < days.size(); i++) {
            grid.add(dayCell(days.get(i)), i % 7, i / 7);
        }
    }

    /** Monday to Sunday over the grid's columns. */
    private GridPane weekdays() {
        GridPane header = new GridPane();
        for (int c = 0; c < 7; c++) {
            header.getColumnConstraints().add(sevenths());
            Label day = new Label(DayOfWeek.MONDAY.plus(c).getDisplayName(TextStyle.SHORT, kit.messages().locale()));
            day.getStyleClass().add("task-calendar-header");
            header.add(day, c, 0);
        }
        return header;
    }

    private static ColumnConstraints sevenths() {
        ColumnConstraints column = new ColumnConstraints();
        column.setPercentWidth(100.0 / 7);
        return column;
    }

    private Region dayCell(TaskCalendarViewModel.Day day) {
        VBox cell = new VBox(2);
        cell.setId("task-calendar-day-" + day.date());
        cell.getStyleClass().add("task-calendar-day");
        if (!day.inPeriod()) {
            cell.getStyleClass().add("task-calendar-day-other");
        }
        if (day.today()) {
            cell.getStyleClass().add("task-calendar-day-today");
        }
        cell.setMinSize(0, 0);
        boolean week = model.modeProperty().get() == TaskCalendarViewModel.Mode.WEEK;
        Label date = new Label(week ? texts.shortDate(day.date()) : String.valueOf(day.date().getDayOfMonth()));
        date.getStyleClass().add("task-calendar-date");
        cell.getChildren().add(date);
        VBox entries = new VBox(2);
        for (CalendarEntry e : day.entries()) {
            entries.getChildren().add(entry(e));
        }
        if (week) {
            ScrollPane scroll = new ScrollPane(entries);
            scroll.setFitToWidth(true);
            scroll.getStyleClass().add("edge-to-edge");
            VBox.setVgrow(scroll, Priority.ALWAYS);
            cell.getChildren().add(scroll);
        } else {
            cell.getChildren().add(entries);
        }
        int hidden = day.total() - day.entries().size();
        if (hidden > 0) {
            Label more = new Label(kit.t("task.calendar.more", hidden));
            more.getStyleClass().add("task-calendar-more");
            more.setOnMouseClicked(e -> model.showWeekOf(day.date()));
            more.setCursor(Cursor.HAND);
            cell.getChildren().add(more);
        }
        acceptDrops(cell, day.date());
        return cell;
    }

    private Label entry(CalendarEntry e) {
        Label label = new Label(e.title());
        label.setId("task-calendar-entry-" + e.id());
        label.setTooltip(new Tooltip(e.title())); // a narrow day shortens it
        label.getStyleClass().add("task-calendar-entry");
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMinWidth(0);
        if (!e.isTask()) {
            label.getStyleClass().add("task-calendar-entry-visit");
            label.setGraphic(new FontIcon(switch (e.kind()) {
                case RECEPTION -> Feather.USERS;
                case EVENT -> Feather.FLAG;
                default -> Feather.MAP_PIN;
            }));
        } else if (e.status().isClosed()) {
            label.getStyleClass().add("task-calendar-entry-closed");
        } else if (e.isOverdue(model.today())) {
            label.getStyleClass().add("task-calendar-entry-overdue");
        }
        String who = e.assigneeName() == null ? "" : e.assigneeName();
        String company = e.companyName() == null ? "" : e.companyName();
        label.setTooltip(new Tooltip(e.title() + "\n" + company + (who.isEmpty() ? "" : "\n" + who)));
        label.setOnMouseClicked(m -> {
            if (m.getButton() != MouseButton.PRIMARY) {
                return;
            }
            if (e.isTask()) {
                detail.show(e.id());
            } else if (e.isPlannedVisit()) {
                visitMenu(e).show(label, m.getScreenX(), m.getScreenY());
            }
        });
        if (e.isPlannedVisit() || (e.isTask() && !e.status().isClosed())) {
            // A press-drag-release gesture inside the window: no system clipboard needed (works headless too).
            label.setOnDragDetected(d -> {
                dragging = e;
                label.startFullDrag();
                root.setCursor(Cursor.MOVE);
                d.consume();
            });
            label.setOnMouseReleased(m -> {
                dragging = null;
                root.setCursor(null);
            });
        }
        return label;
    }

    private ContextMenu visitMenu(CalendarEntry visit) {
        MenuItem what = new MenuItem(kit.t("task.calendar.visitInfo", visit.companyName(), visit.assigneeName()));
        what.setDisable(true);
        MenuItem make = new MenuItem(kit.t("task.mine.makeTask"));
        make.setId("task-calendar-make-task");
        make.setOnAction(a -> model.makeTask(visit, visit.date()));
        return new ContextMenu(what, new SeparatorMenuItem(), make);
    }

    private void acceptDrops(VBox cell, LocalDate date) {
        cell.setOnMouseDragEntered(e -> {
            if (dragging != null) {
                cell.getStyleClass().add("task-calendar-day-drop");
            }
        });
        cell.setOnMouseDragExited(e -> cell.getStyleClass().remove("task-calendar-day-drop"));
        cell.setOnMouseDragReleased(e -> {
            cell.getStyleClass().remove("task-calendar-day-drop");
            CalendarEntry entry = dragging;
            dragging = null;
            root.setCursor(null);
            e.consume();
            if (entry != null) {
                model.drop(entry, date);
            }
        });
    }
}
