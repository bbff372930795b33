package cn.zhaoshang.desk.project.ui;

import cn.zhaoshang.desk.common.background.TaskRunner;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.project.ColumnSummary;
import cn.zhaoshang.desk.project.LaggingList;
import cn.zhaoshang.desk.project.ProjectFilter;
import cn.zhaoshang.desk.project.ProjectPage;
import cn.zhaoshang.desk.project.ProjectService;
import cn.zhaoshang.desk.project.ProjectStage;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * The pipeline board: a column per stage with its count and amount under the filter, and the first
 * {@value #PAGE} cards of each, more on request. One load is one aggregate query plus one short
 * keyset query per column, whatever the number of projects. A load started before the latest one
 * is dropped when it arrives late.
 */
public final class BoardViewModel {
    public static final int PAGE = 30;

    private final ProjectService service;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Consumer<Throwable> onError;
    private final Map<ProjectStage, BoardColumnModel> columns = new EnumMap<>(ProjectStage.class);
    // Properties
    private final ObjectProperty<ProjectFilter> filter = new SimpleObjectProperty<>(ProjectFilter.ALL);
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final ObservableMap<LaggingList, Long> lagging = FXCollections.observableHashMap();
    private final ObjectProperty<Totals> totals = new SimpleObjectProperty<>();
    private int generation;

    /** The board's header: every column's count and amount added up, from one load. */
    public record Totals(long count, BigDecimal amount) { }

    public BoardViewModel(ProjectService service, TaskRunner tasks, Messages messages, Consumer<Throwable> onError) {
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
        this.onError = onError;
        for (ProjectStage stage : ProjectStage.values()) {
            columns.put(stage, new BoardColumnModel(stage));
        }
    }

    public BoardColumnModel column(ProjectStage stage) {
        return columns.get(stage);
    }

    public ObjectProperty<ProjectFilter> filterProperty() {
        return filter;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    /** False until the first load has arrived: until then the board says it is loading, not empty. */
    public BooleanProperty loadedProperty() {
        return loaded;
    }

    /** How many projects each "三未" list holds under the filter. */
    public ObservableMap<LaggingList, Long> lagging() {
        return lagging;
    }

    /**
     * The header's figures, set once per load after every column has its new figures, so they are
     * the sum of the columns as shown (never patched column by column); null until the first load.
     */
    public ObjectProperty<Totals> totalsProperty() {
        return totals;
    }

    public long totalCount() {
        return columns.values().stream().mapToLong(c -> c.countProperty().get()).sum();
    }

    public BigDecimal totalAmount(boolean mainStagesOnly) {
        return columns.values().stream().filter(c -> !mainStagesOnly || c.stage().isMain())
                .map(c -> c.amountProperty().get()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    // Commands

    private record Loaded(Map<ProjectStage, ColumnSummary> summaries, Map<ProjectStage, ProjectPage> pages,
                          Map<LaggingList, Long> lagging) { }

    /** Loads the totals and the first page of every column for the current filter. */
    public void reload() {
        load(false);
    }

    /**
     * Others changed projects: totals and cards read again, each column with as many cards as it
     * shows now (not back to the first page), so the user stays where they were.
     */
    public void refreshLoaded() {
        if (!loading.get()) {
            load(true);
        }
    }

    private void load(boolean keepLoaded) {
        int mine = ++generation;
        ProjectFilter current = filter.get();
        Map<ProjectStage, Integer> sizes = new EnumMap<>(ProjectStage.class);
        columns.forEach((stage, column) -> sizes.put(stage, keepLoaded ? Math.max(PAGE, column.cards().size()) : PAGE));
        loading.set(true);
        tasks.run(messages.get("project.board.loading"), progress -> {
            Map<ProjectStage, ColumnSummary> summaries = service.summaries(current);
            Map<ProjectStage, ProjectPage> pages = new EnumMap<>(ProjectStage.class);
            for (ProjectStage stage : ProjectStage.values()) {
                progress.checkCancelled();
                pages.put(stage, summaries.get(stage).count() == 0 ? new ProjectPage(List.of(), null)
                        : service.column(current, stage, null, sizes.get(stage)));
            }
            return new Loaded(summaries, pages, service.laggingCounts(current));
        }, loaded -> {
            if (mine != generation) {
                return;
            }
            columns.forEach((stage, column) -> column.replace(loaded.summaries().get(stage), loaded.pages().get(stage)));
            lagging.putAll(loaded.lagging());
            totals.set(new Totals(totalCount(), totalAmount(false)));
            loading.set(false);
            this.loaded.set(true);
        }, error -> {
            if (mine == generation) {
                loading.set(false);
            }
            onError.accept(error);
        });
    }

    /** Loads the next page of a column. */
    public void loadMore(ProjectStage stage) {
        BoardColumnModel column = columns.get(stage);
        if (column.next() == null) {
            return;
        }
        int mine = generation;
        ProjectFilter current = filter.get();
        var after = column.next();
        tasks.run(messages.get("project.board.loading"), progress -> service.column(current, stage, after, PAGE), page -> {
            if (mine == generation && after.equals(column.next())) {
                column.append(page);
            }
        }, onError);
    }
}
