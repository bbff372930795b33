package cn.zhaoshang.desk.company.ui;

import cn.zhaoshang.desk.common.background.TaskRunner;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.company.CompanyColumn;
import cn.zhaoshang.desk.company.CompanyFilter;
import cn.zhaoshang.desk.company.CompanyPage;
import cn.zhaoshang.desk.company.CompanyRow;
import cn.zhaoshang.desk.company.CompanyService;
import cn.zhaoshang.desk.company.CompanySort;
import cn.zhaoshang.desk.company.PageKey;
import cn.zhaoshang.desk.company.SavedView;
import cn.zhaoshang.desk.company.ViewDefinition;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The company list: rows fetched a page at a time as the user scrolls (keyset pages from the
 * service), a count computed in the background, filter, sort, visible columns, saved views, and
 * search-as-you-type. Every answer carries the generation it was asked for, so an answer that
 * arrives after the user moved on (a slower count, an earlier keystroke) is dropped.
 */
public final class CompanyListViewModel {
    public static final int PAGE_SIZE = 200;
    public static final int SEARCH_LIMIT = 200;

    // Properties
    public final ObservableList<CompanyRow> rows = FXCollections.observableArrayList();
    public final ObjectProperty<CompanyFilter> filter = new SimpleObjectProperty<>(CompanyFilter.NONE);
    public final ObjectProperty<CompanySort> sort = new SimpleObjectProperty<>(CompanySort.DEFAULT);
    public final ObservableList<CompanyColumn> columns = FXCollections.observableArrayList(CompanyColumn.DEFAULT_VISIBLE);
    public final ObservableList<SavedView> views = FXCollections.observableArrayList();
    public final ObjectProperty<SavedView> currentView = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper query = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();

    private final CompanyService service;
    private final TaskRunner tasks;
    private final Messages messages;
    private PageKey next;
    private int generation;

    public CompanyListViewModel(CompanyService service, TaskRunner tasks, Messages messages) {
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
    }

    public ReadOnlyStringProperty countTextProperty() { return countText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty queryProperty() { return query.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
    public boolean hasMore() { return next != null; }
    public boolean isSearching() { return !query.get().isBlank(); }

    // Commands

    /** Starts over: first page (or the search's matches) and a fresh count. */
    public void reload() {
        int asked = ++generation;
        rows.clear();
        next = null;
        loading.set(true);
        CompanyFilter f = filter.get();
        if (isSearching()) {
            String q = query.get();
            countText.set(messages.get("company.list.searching", q));
            tasks.run(messages.get("company.task.search"), p -> service.search(q, f, SEARCH_LIMIT), found -> {
                if (asked == generation) {
                    loading.set(false);
                    rows.setAll(found);
                    countText.set(messages.get(found.size() >= SEARCH_LIMIT ? "company.list.foundMany" : "company.list.found",
                            q, found.size()));
                }
            }, error -> failed(asked, error));
            return;
        }
        CompanySort s = sort.get();
        countText.set(messages.get("company.list.counting"));
        tasks.run(messages.get("company.task.loading"), p -> service.page(f, s, null, PAGE_SIZE), page -> append(asked, page),
                error -> failed(asked, error));
        tasks.run(messages.get("company.task.counting"), p -> service.count(f), n -> {
            if (asked == generation) {
                countText.set(messages.get(f.isEmpty() ? "company.list.count" : "company.list.countFiltered", n));
            }
        }, error -> failed(asked, error));
    }

    /** More rows than this are refreshed by id (their places kept) rather than read again in order. */
    static final int REFRESH_LIMIT = 2_000;

    /**
     * Others changed companies: the rows already loaded are read again (as many as are shown, so the
     * scroll position stays meaningful) and the count too. {@code place} applies the new rows (the
     * view keeps the selection and scroll position around it); the detail pane is not touched.
     */
    public void refreshLoaded(Consumer<Runnable> place) {
        if (loading.get()) {
            return; // a reload is on its way and will show the new state anyway
        }
        int asked = generation;
        CompanyFilter f = filter.get();
        if (isSearching()) {
            String q = query.get();
            tasks.run(messages.get("company.task.search"), p -> service.search(q, f, SEARCH_LIMIT), found -> {
                if (asked == generation) {
                    place.accept(() -> rows.setAll(found));
                }
            }, error -> failed(asked, error));
            return;
        }
        CompanySort s = sort.get();
        List<UUID> loaded = rows.stream().map(CompanyRow::id).toList();
        if (loaded.size() > REFRESH_LIMIT) {
            tasks.run(messages.get("company.task.loading"), p -> service.rows(loaded), fresh -> {
                if (asked == generation) {
                    place.accept(() -> rows.setAll(fresh));
                }
            }, error -> failed(asked, error));
        } else {
            int size = Math.max(PAGE_SIZE, loaded.size());
            tasks.run(messages.get("company.task.loading"), p -> service.page(f, s, null, size), page -> {
                if (asked == generation) {
                    place.accept(() -> rows.setAll(page.rows()));
                    next = page.next();
                }
            }, error -> failed(asked, error));
        }
        tasks.run(messages.get("company.task.counting"), p -> service.count(f), n -> {
            if (asked == generation) {
                countText.set(messages.get(f.isEmpty() ? "company.list.count" : "company.list.countFiltered", n));
            }
        }, error -> failed(asked, error));
    }

    /** The next page, if there is one and none is on its way (called as the user scrolls near the end). */
    public void loadMore() {
        if (next == null || loading.get() || isSearching()) {
            return;
        }
        int asked = generation;
        PageKey after = next;
        CompanyFilter f = filter.get();
        CompanySort s = sort.get();
        loading.set(true);
        tasks.run(messages.get("company.task.loading"), p -> service.page(f, s, after, PAGE_SIZE), page -> append(asked, page),
                error -> failed(asked, error));
    }

    private void append(int asked, CompanyPage page) {
        if (asked != generation) {
            return;
        }
        loading.set(false);
        rows.addAll(page.rows());
        next = page.next();
    }

    private Consumer<Throwable> onError = e -> { };

    /** Where failures go (the view shows them); the list itself stays as it was. */
    public void setOnError(Consumer<Throwable> onError) {
        this.onError = onError;
    }

    private void failed(int asked, Throwable error) {
        if (asked == generation) {
            loading.set(false);
            countText.set("");
            onError.accept(error);
        }
    }

    /** Search-as-you-type: a non-blank query shows the search's matches; blank goes back to the list. */
    public void search(String text) {
        String q = text == null ? "" : text.strip();
        if (!q.equals(query.get())) {
            query.set(q);
            reload();
        }
    }

    public void setFilter(CompanyFilter newFilter) {
        if (!newFilter.equals(filter.get())) {
            filter.set(newFilter);
            reload();
        }
    }

    public void setSort(CompanySort newSort) {
        if (!newSort.equals(sort.get())) {
            sort.set(newSort);
            if (!isSearching()) {
                reload();
            }
        }
    }

    /** After a save or delete elsewhere: the row shows what is stored now (or leaves). */
    public void refreshRow(UUID id) {
        tasks.run(messages.get("company.task.loading"), p -> rowOf(id), found -> {
            int index = indexOf(id);
            if (found.isEmpty() && index >= 0) {
                rows.remove(index);
            } else if (found.isPresent() && index >= 0) {
                rows.set(index, found.get());
            } else if (found.isPresent()) {
                rows.add(0, found.get());
            }
        }, onError);
    }

    private Optional<CompanyRow> rowOf(UUID id) {
        return service.rows(List.of(id)).stream().findFirst();
    }

    public int indexOf(UUID id) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    // Saved views

    public ViewDefinition currentDefinition() {
        return new ViewDefinition(filter.get(), List.copyOf(columns), sort.get());
    }

    /** Reads the user's views; opens the default one (or the built-in view) when {@code applyDefault}. */
    public void loadViews(boolean applyDefault) {
        tasks.run(messages.get("company.task.views"), p -> service.views().list(), list -> {
            views.setAll(list);
            if (applyDefault) {
                list.stream().filter(SavedView::isDefault).findFirst().ifPresentOrElse(this::apply, this::reload);
            }
        }, error -> {
            onError.accept(error);
            if (applyDefault) {
                reload();
            }
        });
    }

    /** Shows a saved view (or the built-in one, with null). */
    public void apply(SavedView view) {
        ViewDefinition d = view == null ? ViewDefinition.DEFAULT : view.definition();
        currentView.set(view);
        columns.setAll(d.columns());
        filter.set(d.filter());
        sort.set(d.sort());
        onViewApplied.accept(d.filter());
        reload();
    }

    private Consumer<CompanyFilter> onViewApplied = f -> { };

    /** Told the filter of a view just opened, so that the filter panel can show it. */
    public void setOnViewApplied(Consumer<CompanyFilter> onViewApplied) {
        this.onViewApplied = onViewApplied;
    }

    public void saveView(String name, boolean makeDefault) {
        ViewDefinition d = currentDefinition();
        tasks.run(messages.get("company.task.views"), p -> {
            SavedView saved = service.views().save(name, d);
            if (makeDefault) {
                service.views().setDefault(saved.id());
            }
            return saved.id();
        }, id -> tasks.run(messages.get("company.task.views"), p -> service.views().list(), list -> {
            views.setAll(list);
            list.stream().filter(v -> v.id().equals(id)).findFirst().ifPresent(currentView::set);
        }, onError), onError);
    }

    public void makeDefault(SavedView view) {
        tasks.run(messages.get("company.task.views"), p -> {
            service.views().setDefault(view == null ? null : view.id());
            return service.views().list();
        }, views::setAll, onError);
    }

    public void deleteView(SavedView view) {
        tasks.run(messages.get("company.task.views"), p -> {
            service.views().delete(view);
            return service.views().list();
        }, list -> {
            views.setAll(list);
            if (currentView.get() != null && currentView.get().id().equals(view.id())) {
                currentView.set(null);
            }
        }, onError);
    }
}
