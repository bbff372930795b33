package cn.zhaoshang.desk.carrier.ui;

import cn.zhaoshang.desk.carrier.CarrierKind;
import cn.zhaoshang.desk.carrier.CarrierService;
import cn.zhaoshang.desk.carrier.CarrierSummary;
import cn.zhaoshang.desk.common.background.TaskRunner;
import cn.zhaoshang.desk.common.i18n.Messages;
import java.math.BigDecimal;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The carrier list: all carriers loaded once (a district has a few hundred), then searched (name,
 * operator, pinyin, initials), filtered by kind and parent, and ordered by nesting, vacant area,
 * vacancy rate or name, without another query.
 */
final class CarrierListViewModel {
    /** How the list is ordered; vacancy first helps find a home for a project. */
    enum Order { TREE, VACANT_AREA, VACANCY_RATE, NAME }

    /** Which carriers by nesting: all, only top-level ones, or those inside one carrier. */
    record ParentChoice(UUID parentId, boolean topLevelOnly, String label) {
        static final ParentChoice ANY = new ParentChoice(null, false, null);
        static final ParentChoice TOP = new ParentChoice(null, true, null);
    }

    // Properties
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<CarrierKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<ParentChoice> parent = new SimpleObjectProperty<>(ParentChoice.ANY);
    private final ObjectProperty<Order> order = new SimpleObjectProperty<>(Order.TREE);
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final ObservableList<CarrierRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ParentChoice> parentChoices = FXCollections.observableArrayList(ParentChoice.ANY, ParentChoice.TOP);
    private List<CarrierRow> all = List.of();

    private final CarrierService service;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Consumer<Throwable> onError;

    CarrierListViewModel(CarrierService service, TaskRunner tasks, Messages messages, Consumer<Throwable> onError) {
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
        this.onError = onError;
        search.addListener((o, a, b) -> apply());
        kind.addListener((o, a, b) -> apply());
        parent.addListener((o, a, b) -> apply());
        order.addListener((o, a, b) -> apply());
    }

    StringProperty search() { return search; }
    ObjectProperty<CarrierKind> kind() { return kind; }
    ObjectProperty<ParentChoice> parent() { return parent; }
    ObjectProperty<Order> order() { return order; }
    BooleanProperty loading() { return loading; }
    ObservableList<CarrierRow> rows() { return rows; }
    ObservableList<ParentChoice> parentChoices() { return parentChoices; }

    // Commands

    /** Reads the carriers again (off the UI thread), then calls {@code then} with the list. */
    void load(Runnable then) {
        loading.set(true);
        tasks.run(messages.get("carrier.task.load"), p -> service.list().stream().map(CarrierRow::of).toList(), loaded -> {
            all = loaded;
            List<ParentChoice> holders = loaded.stream().filter(r -> r.summary().childCount() > 0)
                    .map(r -> new ParentChoice(r.summary().carrier().id(), false, r.summary().carrier().name())).toList();
            ParentChoice chosen = parent.get();
            parentChoices.setAll(ParentChoice.ANY, ParentChoice.TOP);
            parentChoices.addAll(holders);
            if (!parentChoices.contains(chosen)) {
                parent.set(ParentChoice.ANY);
            }
            loading.set(false);
            apply();
            then.run();
        }, error -> {
            loading.set(false);
            onError.accept(error);
        });
    }

    /** How many carriers there are before search and filters. */
    int totalCount() {
        return all.size();
    }

    /** Free area over the visible carriers that keep their own figures (nested ones are part of their parent's). */
    BigDecimal visibleVacant() {
        return rows.stream().map(CarrierRow::summary).filter(s -> s.depth() == 0 || !rowsContainParentOf(s))
                .map(s -> s.areas().vacant()).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private boolean rowsContainParentOf(CarrierSummary s) {
        UUID parentId = s.carrier().parentId();
        return rows.stream().anyMatch(r -> r.summary().carrier().id().equals(parentId));
    }

    private void apply() {
        String q = search.get();
        ParentChoice p = parent.get() == null ? ParentChoice.ANY : parent.get();
        List<CarrierRow> visible = all.stream()
                .filter(r -> r.matches(q))
                .filter(r -> kind.get() == null || r.summary().carrier().kind() == kind.get())
                .filter(r -> !p.topLevelOnly() || r.summary().depth() == 0)
                .filter(r -> p.parentId() == null || p.parentId().equals(r.summary().carrier().parentId())
                        || p.parentId().equals(r.summary().carrier().id()))
                .sorted(comparator())
                .toList();
        rows.setAll(visible);
    }

    private Comparator<CarrierRow> comparator() {
        Comparator<CarrierRow> byName = Comparator.comparing(r -> r.summary().carrier().name(),
                Collator.getInstance(Locale.CHINA));
        return switch (order.get() == null ? Order.TREE : order.get()) {
            case TREE -> (a, b) -> 0; // the loaded order is the nesting order; the sort is stable
            case NAME -> byName;
            case VACANT_AREA -> Comparator.comparing((CarrierRow r) -> r.summary().areas().vacant(),
                    Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(byName);
            case VACANCY_RATE -> Comparator.comparing((CarrierRow r) -> r.summary().areas().vacancyRate(),
                    Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(byName);
        };
    }
}
