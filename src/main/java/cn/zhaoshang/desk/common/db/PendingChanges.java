package cn.zhaoshang.desk.common.db;

import cn.zhaoshang.desk.common.change.Change;
import cn.zhaoshang.desk.common.change.ChangeKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** What the transaction open on this thread has changed so far, by table and kind. */
final class PendingChanges {
    private final Map<String, Map<ChangeKind, Set<UUID>>> byTable = new LinkedHashMap<>();

    void add(String table, ChangeKind kind, Collection<UUID> ids) {
        Map<ChangeKind, Set<UUID>> kinds = byTable.computeIfAbsent(table, t -> new EnumMap<>(ChangeKind.class));
        Set<UUID> created = kinds.get(ChangeKind.CREATE);
        Set<UUID> target = kinds.computeIfAbsent(kind, k -> new LinkedHashSet<>());
        for (UUID id : ids) {
            // A row made in this transaction and then edited is simply new.
            if (kind != ChangeKind.UPDATE || created == null || !created.contains(id)) {
                target.add(id);
            }
        }
    }

    boolean isEmpty() {
        return byTable.values().stream().allMatch(k -> k.values().stream().allMatch(Set::isEmpty));
    }

    List<Change> changes() {
        List<Change> changes = new ArrayList<>();
        byTable.forEach((table, kinds) -> kinds.forEach((kind, ids) -> {
            if (!ids.isEmpty()) {
                changes.add(new Change(table, kind, List.copyOf(ids)));
            }
        }));
        return changes;
    }
}
