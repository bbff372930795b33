package cn.zhaoshang.desk.project.ui;

import cn.zhaoshang.desk.common.background.TaskRunner;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.ui.DialogService;
import cn.zhaoshang.desk.common.ui.DialogService.FileType;
import cn.zhaoshang.desk.project.ColumnSummary;
import cn.zhaoshang.desk.project.LaggingList;
import cn.zhaoshang.desk.project.ListSort;
import cn.zhaoshang.desk.project.PageCursor;
import cn.zhaoshang.desk.project.ProjectCard;
import cn.zhaoshang.desk.project.ProjectFilter;
import cn.zhaoshang.desk.project.ProjectPage;
import cn.zhaoshang.desk.project.ProjectService;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The project list: the board's filter (optionally narrowed to one "三未" list) as a table, a page
 * of {@value #PAGE} rows at a time by keyset, with the total count from the aggregate query.
 */
public final class ProjectListViewModel {
    public static final int PAGE = 100;

    private final ProjectService service;
    private final TaskRunner tasks;
    private final Messages messages;
    private final DialogService dialogs;
    // Properties
    private final ObjectProperty<ProjectFilter> filter = new SimpleObjectProperty<>(ProjectFilter.ALL);
    private final ObjectProperty<LaggingList> lagging = new SimpleObjectProperty<>();
    private final ObjectProperty<ListSort> sort = new SimpleObjectProperty<>(ListSort.LONGEST_IN_STAGE);
    private final ObservableList<ProjectCard> rows = FXCollections.observableArrayList();
    private final LongProperty total = new SimpleLongProperty();
    private final BooleanProperty hasMore = new SimpleBooleanProperty();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private PageCursor next;
    private int generation;

    public ProjectListViewModel(ProjectService service, TaskRunner tasks, Messages messages, DialogService dialogs) {
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
        this.dialogs = dialogs;
    }

    /** The filter the list really uses: the shared one, narrowed to the chosen "三未" list. */
    public ProjectFilter effectiveFilter() {
        LaggingList list = lagging.get();
        return list == null ? filter.get()
                : filter.get().withStage(list.stage()).withClock(list.filter().clock());
    }

    private record FirstPage(long total, ProjectPage page) { }

    public void reload() {
        int mine = ++generation;
        ProjectFilter current = effectiveFilter();
        ListSort order = sort.get();
        loading.set(true);
        tasks.run(messages.get("project.list.loading"), p -> new FirstPage(service.summaries(current).values().stream()
                .mapToLong(ColumnSummary::count).sum(), service.list(current, order, null, PAGE)), first -> {
                    if (mine != generation) {
                        return;
                    }
                    total.set(first.total());
                    rows.setAll(first.page().rows());
                    setNext(first.page().next());
                    loading.set(false);
                }, error -> {
                    loading.set(false);
                    dialogs.showError(error);
                });
    }

    /**
     * Others changed projects: the rows already loaded are read again (as many as are shown) with the
     * total; {@code place} applies them so that the view keeps its selection and scroll position.
     */
    public void refreshLoaded(Consumer<Runnable> place) {
        if (loading.get()) {
            return;
        }
        int mine = generation;
        ProjectFilter current = effectiveFilter();
        ListSort order = sort.get();
        int size = Math.max(PAGE, rows.size());
        tasks.run(messages.get("project.list.loading"), p -> new FirstPage(service.summaries(current).values().stream()
                .mapToLong(ColumnSummary::count).sum(), service.list(current, order, null, size)), fresh -> {
                    if (mine == generation) {
                        total.set(fresh.total());
                        place.accept(() -> rows.setAll(fresh.page().rows()));
                        setNext(fresh.page().next());
                    }
                }, dialogs::showError);
    }

    public void loadMore() {
        if (next == null || loading.get()) {
            return;
        }
        int mine = generation;
        PageCursor after = next;
        ProjectFilter current = effectiveFilter();
        ListSort order = sort.get();
        loading.set(true);
        tasks.run(messages.get("project.list.loading"), p -> service.list(current, order, after, PAGE), page -> {
            loading.set(false);
            if (mine == generation && after.equals(next)) {
                rows.addAll(page.rows());
                setNext(page.next());
            }
        }, error -> {
            loading.set(false);
            dialogs.showError(error);
        });
    }

    private void setNext(PageCursor cursor) {
        next = cursor;
        hasMore.set(cursor != null);
    }

    /** Asks where, then writes every row of the list's filter to an .xlsx file; names as the viewer may see them. */
    public void export() {
        ProjectFilter current = effectiveFilter();
        dialogs.chooseFileToSave(messages.get("project.list.export"), messages.get("project.list.exportFile") + ".xlsx",
                new FileType("Excel (*.xlsx)", "xlsx")).ifPresent(file -> tasks.run(messages.get("project.list.exporting"),
                p -> service.exportList(current, file, messages, p),
                rows -> dialogs.notify(messages.get("project.list.exported", rows, file.getFileName().toString())),
                dialogs::showError));
    }

    public ObjectProperty<ProjectFilter> filterProperty() { return filter; }
    public ObjectProperty<LaggingList> laggingProperty() { return lagging; }
    public ObjectProperty<ListSort> sortProperty() { return sort; }
    public ObservableList<ProjectCard> rows() { return rows; }
    public LongProperty totalProperty() { return total; }
    public BooleanProperty hasMoreProperty() { return hasMore; }
    public BooleanProperty loadingProperty() { return loading; }
}
