package cn.zhaoshang.desk.sync.db;

import static cn.zhaoshang.desk.generated.Tables.*;

import cn.zhaoshang.desk.generated.DefaultSchema;
import cn.zhaoshang.desk.sync.Share;
import cn.zhaoshang.desk.sync.db.SyncTable.LinkSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Table;
import org.jooq.TableField;

/**
 * Every table sync carries, in an order where a row's references come before it (parents are
 * written first on both sides). A table with a {@code uuid} key that is missing here fails
 * {@code SyncTablesTest}: a new feature decides what travels.
 */
public final class SyncTables {
    /**
     * Tables with keys of their own that never travel: sync's own bookkeeping, the change log, and the
     * write runs (a crashed run is swept where it ran).
     */
    public static final Set<String> NOT_SYNCED = Set.of("sync_laptop", "sync_state", "sync_base", "sync_conflict",
            "sync_briefcase", "change_log", "change_counter", "write_run");
    /** Small tables keyed by a name, not an id: copied whole from the server on every pull (server wins). */
    public static final List<Table<?>> WHOLE_COPIES = List.of(STAGE_DEADLINE, RANKING_WEIGHT, APP_SETTING);

    private static final List<SyncTable> ORDERED = order(List.of(
            all(UNIT), all(PERSON), all(TEAM), all(TEAM_MEMBERSHIP),
            new SyncTable(APP_USER, Share.USERS, null, null, List.of()),
            new SyncTable(COMPANY, Share.COMPANY, null, null, List.of(
                    new LinkSet(COMPANY_TAG, COMPANY_TAG.COMPANY_ID, List.of(COMPANY_TAG.TAG)),
                    new LinkSet(COMPANY_CHAIN_NODE, COMPANY_CHAIN_NODE.COMPANY_ID,
                            List.of(COMPANY_CHAIN_NODE.NODE_ID, COMPANY_CHAIN_NODE.CHAIN_LEADER)))),
            owned(COMPANY_LADDER, COMPANY_LADDER.COMPANY_ID), owned(CONTACT, CONTACT.COMPANY_ID),
            owned(CLAIM, CLAIM.COMPANY_ID), owned(INTERACTION, INTERACTION.COMPANY_ID),
            owned(TALENT, TALENT.COMPANY_ID),
            all(CHAIN), all(CHAIN_NODE), all(CARRIER), all(CARRIER_OCCUPANCY), all(POLICY), all(POLICY_ATTACHMENT),
            new SyncTable(PROJECT, Share.PROJECT, null, null, List.of(
                    new LinkSet(PROJECT_CHAIN_NODE, PROJECT_CHAIN_NODE.PROJECT_ID, List.of(PROJECT_CHAIN_NODE.NODE_ID)))),
            owned(PROJECT_STAGE_HISTORY, PROJECT_STAGE_HISTORY.PROJECT_ID), owned(PROJECT_FUND, PROJECT_FUND.PROJECT_ID),
            owned(PROJECT_INCENTIVE, PROJECT_INCENTIVE.PROJECT_ID),
            all(INSPECTION_TOUR), owned(INSPECTION_STOP, INSPECTION_STOP.PROJECT_ID),
            new SyncTable(TASK, Share.TASK, null, null, List.of()),
            owned(TASK_REPORT, TASK_REPORT.TASK_ID),
            all(TARGET), all(TALENT_TARGET), all(IMPORT_MAPPING),
            new SyncTable(SAVED_VIEW, Share.OWN_USER, SAVED_VIEW.OWNER_USER_ID, null, List.of()),
            owned(COMPANY_REQUEST, COMPANY_REQUEST.COMPANY_ID), owned(COMPANY_REQUEST_STEP, COMPANY_REQUEST_STEP.REQUEST_ID),
            owned(RECEPTION, RECEPTION.COMPANY_ID), owned(RECEPTION_VISITOR, RECEPTION_VISITOR.RECEPTION_ID),
            owned(RECEPTION_STOP, RECEPTION_STOP.RECEPTION_ID), owned(RECEPTION_STEP, RECEPTION_STEP.RECEPTION_ID),
            all(FIELD_EVENT), all(FIELD_EVENT_COMPANY), all(FIELD_EVENT_SIGNING),
            local(IMPORT_RUN), local(ATTACHMENT), local(ESCALATION),
            new SyncTable(AUDIT_LOG, Share.PUSH_ONLY, null, null, List.of()),
            new SyncTable(EXPORT_LOG, Share.PUSH_ONLY, null, null, List.of())));

    private static final Map<String, SyncTable> BY_NAME = new LinkedHashMap<>();

    static {
        ORDERED.forEach(t -> BY_NAME.put(t.name(), t));
    }

    private SyncTables() {
    }

    /** Parents before children. */
    public static List<SyncTable> ordered() {
        return ORDERED;
    }

    public static Optional<SyncTable> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** The table whose rows carry this link table as a set, if it is one. */
    public static Optional<SyncTable> ownerOfLink(String linkTable) {
        return ORDERED.stream().filter(t -> t.links().stream().anyMatch(l -> l.table().getName().equals(linkTable)))
                .findFirst();
    }

    /** The column of {@code table} that refers to a row of {@code target} (its one foreign key to it). */
    @SuppressWarnings("unchecked")
    public static Field<UUID> reference(SyncTable table, String target) {
        return table.table().getReferences().stream()
                .filter(fk -> fk.getKey().getTable().getName().equals(target) && fk.getFields().size() == 1)
                .map(fk -> (Field<UUID>) fk.getFields().get(0)).findFirst()
                .orElseThrow(() -> new IllegalStateException(table.name() + " refers to no " + target));
    }

    /** Tables of the schema with a uuid key that no entry here covers (a test keeps this empty). */
    public static List<String> unclassified() {
        List<String> missing = new ArrayList<>();
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            Field<?> id = table.field("id");
            if (id != null && id.getType() == UUID.class && !BY_NAME.containsKey(table.getName())
                    && !NOT_SYNCED.contains(table.getName())) {
                missing.add(table.getName());
            }
        }
        return missing;
    }

    private static SyncTable all(Table<?> table) {
        return new SyncTable(table, Share.ALL, null, null, List.of());
    }

    /**
     * Stays where it is written: import runs (undo works where the import ran), attachments (the files
     * are not carried yet, decision 0015), escalations (each side works them out from its own tasks).
     */
    private static SyncTable local(Table<?> table) {
        return new SyncTable(table, Share.LOCAL, null, null, List.of());
    }

    /** Rows of the record {@code owner} names (its foreign key says which table). */
    private static SyncTable owned(Table<?> table, TableField<?, UUID> owner) {
        Table<?> ownerTable = table.getReferences().stream()
                .filter(fk -> fk.getFields().size() == 1 && fk.getFields().get(0).getName().equals(owner.getName()))
                .map(fk -> fk.getKey().getTable()).findFirst()
                .orElseThrow(() -> new IllegalStateException(owner + " names no table"));
        return new SyncTable(table, Share.BY_OWNER, owner, ownerTable, List.of());
    }

    /** Sorts so that every table comes after the tables its foreign keys name (a self-reference aside). */
    private static List<SyncTable> order(List<SyncTable> tables) {
        List<SyncTable> done = new ArrayList<>();
        List<SyncTable> left = new ArrayList<>(tables);
        while (!left.isEmpty()) {
            SyncTable next = left.stream().filter(t -> referenced(t).stream().allMatch(r -> r.equals(t.name())
                    || done.stream().anyMatch(d -> d.name().equals(r)) || tables.stream().noneMatch(x -> x.name().equals(r))))
                    .findFirst().orElseThrow(() -> new IllegalStateException("Foreign keys in a cycle: " + left));
            done.add(next);
            left.remove(next);
        }
        return List.copyOf(done);
    }

    /** The tables a table's rows refer to, its link sets' references included (a company's chain nodes). */
    private static List<String> referenced(SyncTable table) {
        List<String> names = new ArrayList<>();
        for (ForeignKey<?, ?> fk : table.table().getReferences()) {
            names.add(fk.getKey().getTable().getName());
        }
        for (LinkSet link : table.links()) {
            for (ForeignKey<?, ?> fk : link.table().getReferences()) {
                if (!fk.getFields().contains(link.ownerColumn())) {
                    names.add(fk.getKey().getTable().getName());
                }
            }
        }
        return names;
    }
}
