package cn.zhaoshang.desk.chain.db;

import static cn.zhaoshang.desk.generated.Tables.CHAIN;
import static cn.zhaoshang.desk.generated.Tables.CHAIN_NODE;
import static cn.zhaoshang.desk.generated.Tables.INDUSTRY;

import cn.zhaoshang.desk.chain.Chain;
import cn.zhaoshang.desk.chain.ChainNode;
import cn.zhaoshang.desk.chain.Segment;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.RecordWriter;
import cn.zhaoshang.desk.generated.tables.records.ChainNodeRecord;
import cn.zhaoshang.desk.generated.tables.records.ChainRecord;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Chains and their nodes: reads, and writes through the {@link RecordWriter} (audit + locking). */
public final class ChainRepository {
    private final Database database;
    private final RecordWriter writer;

    public ChainRepository(Database database, RecordWriter writer) {
        this.database = database;
        this.writer = writer;
    }

    private DSLContext dsl() {
        return database.dsl();
    }

    public List<Chain> chains() {
        return dsl().selectFrom(CHAIN).where(CHAIN.DELETED_AT.isNull())
                .orderBy(CHAIN.SORT_ORDER, CHAIN.NAME).fetch(ChainRepository::toChain);
    }

    public Optional<Chain> chain(UUID id) {
        return dsl().selectFrom(CHAIN).where(CHAIN.ID.eq(id)).and(CHAIN.DELETED_AT.isNull())
                .fetchOptional(ChainRepository::toChain);
    }

    public boolean chainNameTaken(String name, UUID except) {
        return dsl().fetchExists(CHAIN, CHAIN.NAME.eq(name).and(CHAIN.DELETED_AT.isNull())
                .and(except == null ? DSL.trueCondition() : CHAIN.ID.ne(except)));
    }

    public Chain insertChain(String name, String description) {
        Integer last = dsl().select(DSL.max(CHAIN.SORT_ORDER)).from(CHAIN).fetchOne(0, Integer.class);
        ChainRecord record = new ChainRecord();
        record.setName(name);
        record.setDescription(description);
        record.setSortOrder(last == null ? 1 : last + 1);
        return toChain(writer.insert(record));
    }

    public Chain updateChain(UUID id, int expectedVersion, String name, String description) {
        ChainRecord record = writer.load(CHAIN, id);
        record.setVersion(expectedVersion);
        record.setName(name);
        record.setDescription(description);
        return toChain(writer.update(record));
    }

    public void deleteChain(UUID id, int expectedVersion) {
        writer.softDelete(CHAIN, id, expectedVersion);
    }

    /** The live nodes of a chain. */
    public List<ChainNode> nodes(UUID chainId) {
        return dsl().selectFrom(CHAIN_NODE).where(CHAIN_NODE.CHAIN_ID.eq(chainId)).and(CHAIN_NODE.DELETED_AT.isNull())
                .fetch(ChainRepository::toNode);
    }

    /** The live nodes of every live chain (for the industry-code rules). */
    public List<ChainNode> allNodes() {
        return dsl().select(CHAIN_NODE.fields()).from(CHAIN_NODE).join(CHAIN).on(CHAIN.ID.eq(CHAIN_NODE.CHAIN_ID))
                .where(CHAIN_NODE.DELETED_AT.isNull()).and(CHAIN.DELETED_AT.isNull())
                .fetch(r -> toNode(r.into(CHAIN_NODE)));
    }

    public Optional<ChainNode> node(UUID id) {
        return dsl().selectFrom(CHAIN_NODE).where(CHAIN_NODE.ID.eq(id)).and(CHAIN_NODE.DELETED_AT.isNull())
                .fetchOptional(ChainRepository::toNode);
    }

    public boolean nodeNameTaken(UUID chainId, String name, UUID except) {
        return dsl().fetchExists(CHAIN_NODE, CHAIN_NODE.CHAIN_ID.eq(chainId).and(CHAIN_NODE.NAME.eq(name))
                .and(CHAIN_NODE.DELETED_AT.isNull()).and(except == null ? DSL.trueCondition() : CHAIN_NODE.ID.ne(except)));
    }

    public int nextSortOrder(UUID chainId) {
        Integer last = dsl().select(DSL.max(CHAIN_NODE.SORT_ORDER)).from(CHAIN_NODE)
                .where(CHAIN_NODE.CHAIN_ID.eq(chainId)).fetchOne(0, Integer.class);
        return last == null ? 0 : last + 1;
    }

    public ChainNode insertNode(UUID chainId, UUID parentId, Segment segment, String name, String industryCodes,
                                int sortOrder) {
        ChainNodeRecord record = new ChainNodeRecord();
        record.setChainId(chainId);
        record.setParentId(parentId);
        record.setSegment(segment);
        record.setName(name);
        record.setIndustryCodes(industryCodes);
        record.setSortOrder(sortOrder);
        return toNode(writer.insert(record));
    }

    /**
     * Saves a node's editable fields if {@code expectedVersion} is still the stored one; a stale save is
     * refused by the writer. Returns the node as stored now.
     */
    public ChainNode updateNode(UUID id, int expectedVersion, UUID parentId, Segment segment, String name,
                                String industryCodes, int sortOrder) {
        ChainNodeRecord record = writer.load(CHAIN_NODE, id);
        record.setVersion(expectedVersion);
        record.setParentId(parentId);
        record.setSegment(segment);
        record.setName(name);
        // "" and null both mean "no codes": saving one over the other is no change (and no new version).
        record.setIndustryCodes(industryCodes == null || industryCodes.isEmpty() ? null : industryCodes);
        record.setSortOrder(sortOrder);
        return toNode(writer.update(record));
    }

    public void deleteNode(UUID id, int expectedVersion) {
        writer.softDelete(CHAIN_NODE, id, expectedVersion);
    }

    /** Which of these codes are not in the industry table (only checked for the 1–2 character ones it holds). */
    public Set<String> unknownIndustryCodes(Collection<String> codes) {
        List<String> checkable = codes.stream().filter(c -> c.length() <= 2).toList();
        if (checkable.isEmpty()) {
            return Set.of();
        }
        Set<String> known = Set.copyOf(dsl().select(INDUSTRY.CODE).from(INDUSTRY).where(INDUSTRY.CODE.in(checkable))
                .fetch(INDUSTRY.CODE));
        return checkable.stream().filter(c -> !known.contains(c)).collect(Collectors.toSet());
    }

    static Chain toChain(ChainRecord r) {
        return new Chain(r.getId(), r.getVersion(), r.getName(), r.getDescription(), r.getSortOrder());
    }

    static ChainNode toNode(ChainNodeRecord r) {
        String codes = r.getIndustryCodes();
        List<String> list = codes == null || codes.isBlank() ? List.of()
                : Arrays.stream(codes.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new ChainNode(r.getId(), r.getVersion(), r.getChainId(), r.getParentId(), r.getSegment(),
                r.getName(), list, r.getSortOrder());
    }
}
