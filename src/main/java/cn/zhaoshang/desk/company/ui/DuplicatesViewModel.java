package cn.zhaoshang.desk.company.ui;

import cn.zhaoshang.desk.common.background.TaskRunner;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.company.CompanyService;
import cn.zhaoshang.desk.company.DuplicateGroup;
import cn.zhaoshang.desk.company.DuplicateService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The duplicate finder: groups of companies with the same normalised name over the whole library,
 * and the merge of a group into the company the user keeps.
 */
public final class DuplicatesViewModel {
    public static final int GROUP_LIMIT = 500;

    // Properties
    public final ObservableList<DuplicateGroup> groups = FXCollections.observableArrayList();
    public final ObjectProperty<DuplicateGroup> selected = new SimpleObjectProperty<>();
    public final ObjectProperty<UUID> keep = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    private final CompanyService service;
    private final TaskRunner tasks;
    private final Messages messages;

    public DuplicatesViewModel(CompanyService service, TaskRunner tasks, Messages messages) {
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
        selected.addListener((obs, old, group) -> keep.set(group == null || group.members().isEmpty() ? null
                : group.members().get(0).id()));
    }

    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }

    /** Finds the groups; selects the one holding {@code focus} (a company), if given. */
    public void find(UUID focus, Consumer<Throwable> onError) {
        busy.set(true);
        tasks.run(messages.get("company.task.duplicates"), p -> service.duplicates().groups(GROUP_LIMIT), found -> {
            busy.set(false);
            groups.setAll(found);
            selected.set(found.stream().filter(g -> focus != null && g.members().stream().anyMatch(m -> m.id().equals(focus)))
                    .findFirst().orElse(found.isEmpty() ? null : found.get(0)));
        }, error -> {
            busy.set(false);
            onError.accept(error);
        });
    }

    /**
     * Merges every other member of the selected group into the kept one; {@code onMerged} gets the
     * rows moved per table, summed over the merges.
     */
    public void mergeSelected(Consumer<Map<String, Integer>> onMerged, Consumer<Throwable> onError) {
        DuplicateGroup group = selected.get();
        UUID kept = keep.get();
        if (group == null || kept == null || busy.get()) {
            return;
        }
        List<UUID> others = new ArrayList<>(group.members().stream().map(DuplicateGroup.Member::id)
                .filter(id -> !id.equals(kept)).toList());
        busy.set(true);
        tasks.run(messages.get("company.task.merging"), p -> {
            Map<String, Integer> total = new LinkedHashMap<>();
            for (UUID other : others) {
                DuplicateService.MergeResult r = service.duplicates().merge(kept, other);
                r.moved().forEach((table, n) -> total.merge(table, n, Integer::sum));
            }
            return total;
        }, moved -> {
            busy.set(false);
            int index = groups.indexOf(group);
            groups.remove(group);
            selected.set(groups.isEmpty() ? null : groups.get(Math.min(index, groups.size() - 1)));
            onMerged.accept(moved);
        }, error -> {
            busy.set(false);
            onError.accept(error);
        });
    }
}
