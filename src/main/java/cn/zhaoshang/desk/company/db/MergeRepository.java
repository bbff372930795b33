package cn.zhaoshang.desk.company.db;

import static cn.zhaoshang.desk.generated.Tables.COMPANY;
import static cn.zhaoshang.desk.generated.Tables.COMPANY_CHAIN_NODE;
import static cn.zhaoshang.desk.generated.Tables.COMPANY_LADDER;
import static cn.zhaoshang.desk.generated.Tables.COMPANY_TAG;
import static cn.zhaoshang.desk.generated.Tables.CONTACT;
import static cn.zhaoshang.desk.generated.Tables.INTERACTION;
import static cn.zhaoshang.desk.generated.Tables.PROJECT;
import static cn.zhaoshang.desk.generated.Tables.TALENT;
import static cn.zhaoshang.desk.generated.Tables.TASK;
import static org.jooq.impl.DSL.count;

import cn.zhaoshang.desk.common.change.ChangeKind;
import cn.zhaoshang.desk.common.db.AuditLog;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.company.DuplicateGroup;
import cn.zhaoshang.desk.company.LadderTier;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableField;

/**
 * The duplicate finder's query and the moves of a merge: every row that hangs on the merged-away
 * company is re-pointed at the kept one. Rows with versions get a new version and updated_at, so
 * that synchronising laptops see the move.
 */
public final class MergeRepository {
    private final Database database;
    private final AuditLog audit;

    public MergeRepository(Database database, AuditLog audit) {
        this.database = database;
        this.audit = audit;
    }

    /**
     * Groups of live companies sharing a normalised name, alphabetically, at most {@code limit}. The
     * names are grouped on their index alone (deleted companies included, which keeps it a fast
     * index walk at a million rows); groups with fewer than two live members are then dropped.
     */
    public List<DuplicateGroup> groups(int limit) {
        var dsl = database.dsl();
        List<String> names = dsl.select(COMPANY.NORMALIZED_NAME).from(COMPANY)
                .where(COMPANY.NORMALIZED_NAME.ne("")).groupBy(COMPANY.NORMALIZED_NAME).having(count().gt(1))
                .orderBy(COMPANY.NORMALIZED_NAME).limit(limit * 2).fetch(COMPANY.NORMALIZED_NAME);
        if (names.isEmpty()) {
            return List.of();
        }
        Field<Integer> contacts = dsl.selectCount().from(CONTACT).where(CONTACT.COMPANY_ID.eq(COMPANY.ID))
                .and(CONTACT.DELETED_AT.isNull()).asField("contacts");
        Field<Integer> visits = dsl.selectCount().from(INTERACTION).where(INTERACTION.COMPANY_ID.eq(COMPANY.ID))
                .and(INTERACTION.DELETED_AT.isNull()).asField("visits");
        Map<String, List<DuplicateGroup.Member>> byName = new LinkedHashMap<>();
        names.forEach(n -> byName.put(n, new ArrayList<>()));
        dsl.select(COMPANY.NORMALIZED_NAME, COMPANY.ID, COMPANY.NAME, COMPANY.USCC, COMPANY.PURSUIT_STATUS, contacts, visits,
                        COMPANY.UPDATED_AT)
                .from(COMPANY).where(COMPANY.NORMALIZED_NAME.in(names)).and(COMPANY.DELETED_AT.isNull())
                .orderBy(COMPANY.NORMALIZED_NAME, COMPANY.UPDATED_AT.desc())
                .forEach(r -> byName.get(r.value1()).add(new DuplicateGroup.Member(r.value2(), r.value3(), r.value4(),
                        r.value5(), r.value6(), r.value7(), r.value8())));
        return byName.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> new DuplicateGroup(e.getKey(), List.copyOf(e.getValue()))).limit(limit).toList();
    }

    /** Re-points contacts, visits, projects, tasks and talent; returns how many rows each table gave. */
    public Map<String, Integer> moveChildren(UUID from, UUID to) {
        Map<String, Integer> moved = new LinkedHashMap<>();
        moved.put("contact", repoint(CONTACT, CONTACT.COMPANY_ID, CONTACT.UPDATED_AT, CONTACT.VERSION, from, to));
        moved.put("interaction", repoint(INTERACTION, INTERACTION.COMPANY_ID, INTERACTION.UPDATED_AT, INTERACTION.VERSION, from, to));
        moved.put("project", repoint(PROJECT, PROJECT.COMPANY_ID, PROJECT.UPDATED_AT, PROJECT.VERSION, from, to));
        moved.put("task", repoint(TASK, TASK.COMPANY_ID, TASK.UPDATED_AT, TASK.VERSION, from, to));
        moved.put("talent", repoint(TALENT, TALENT.COMPANY_ID, TALENT.UPDATED_AT, TALENT.VERSION, from, to));
        return moved;
    }

    private int repoint(Table<?> table, TableField<?, UUID> company, TableField<?, OffsetDateTime> updated,
                        TableField<?, Integer> version, UUID from, UUID to) {
        @SuppressWarnings("unchecked")
        TableField<?, UUID> id = (TableField<?, UUID>) table.field("id");
        List<UUID> moved = database.dsl().update(table).set(company, to).set(updated, audit.now())
                .set(version, version.plus(1)).where(company.eq(from)).returningResult(id).fetch(id);
        database.recordChange(table.getName(), ChangeKind.UPDATE, moved);
        return moved.size();
    }

    /**
     * Moves tags, chain links and ladder rungs the kept company does not have yet; the ones it has
     * stay with the merged-away (deleted) company, where nobody sees them.
     */
    public Map<String, Integer> moveLinks(UUID from, UUID to) {
        var dsl = database.dsl();
        Map<String, Integer> moved = new LinkedHashMap<>();
        List<String> keptTags = dsl.select(COMPANY_TAG.TAG).from(COMPANY_TAG).where(COMPANY_TAG.COMPANY_ID.eq(to))
                .fetch(COMPANY_TAG.TAG);
        moved.put("company_tag", dsl.update(COMPANY_TAG).set(COMPANY_TAG.COMPANY_ID, to)
                .where(COMPANY_TAG.COMPANY_ID.eq(from)).and(COMPANY_TAG.TAG.notIn(keptTags)).execute());
        // Link rows have no keys: the change log names the companies whose links changed.
        database.recordChange(COMPANY_TAG.getName(), ChangeKind.UPDATE, List.of(from, to));
        List<UUID> keptNodes = dsl.select(COMPANY_CHAIN_NODE.NODE_ID).from(COMPANY_CHAIN_NODE)
                .where(COMPANY_CHAIN_NODE.COMPANY_ID.eq(to)).fetch(COMPANY_CHAIN_NODE.NODE_ID);
        moved.put("company_chain_node", dsl.update(COMPANY_CHAIN_NODE).set(COMPANY_CHAIN_NODE.COMPANY_ID, to)
                .where(COMPANY_CHAIN_NODE.COMPANY_ID.eq(from)).and(COMPANY_CHAIN_NODE.NODE_ID.notIn(keptNodes)).execute());
        database.recordChange(COMPANY_CHAIN_NODE.getName(), ChangeKind.UPDATE, List.of(from, to));
        List<LadderTier> keptTiers = dsl.select(COMPANY_LADDER.TIER).from(COMPANY_LADDER).where(COMPANY_LADDER.COMPANY_ID.eq(to))
                .and(COMPANY_LADDER.DELETED_AT.isNull()).fetch(COMPANY_LADDER.TIER);
        List<UUID> rungs = dsl.update(COMPANY_LADDER).set(COMPANY_LADDER.COMPANY_ID, to)
                .set(COMPANY_LADDER.UPDATED_AT, audit.now()).set(COMPANY_LADDER.VERSION, COMPANY_LADDER.VERSION.plus(1))
                .where(COMPANY_LADDER.COMPANY_ID.eq(from)).and(COMPANY_LADDER.DELETED_AT.isNull())
                .and(COMPANY_LADDER.TIER.notIn(keptTiers)).returningResult(COMPANY_LADDER.ID).fetch(COMPANY_LADDER.ID);
        database.recordChange(COMPANY_LADDER.getName(), ChangeKind.UPDATE, rungs);
        moved.put("company_ladder", rungs.size());
        return moved;
    }

    /** Companies that named the merged-away one as their referrer now name the kept one. */
    public int moveReferrals(UUID from, UUID to) {
        List<UUID> referred = database.dsl().update(COMPANY).set(COMPANY.REFERRER_COMPANY_ID, to)
                .set(COMPANY.UPDATED_AT, audit.now())
                .set(COMPANY.VERSION, COMPANY.VERSION.plus(1)).where(COMPANY.REFERRER_COMPANY_ID.eq(from))
                .and(COMPANY.ID.ne(to)).returningResult(COMPANY.ID).fetch(COMPANY.ID);
        database.recordChange(COMPANY.getName(), ChangeKind.UPDATE, referred);
        return referred.size();
    }
}
