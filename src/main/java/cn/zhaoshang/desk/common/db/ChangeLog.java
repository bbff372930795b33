package cn.zhaoshang.desk.common.db;

import static cn.zhaoshang.desk.generated.Tables.CHANGE_COUNTER;
import static cn.zhaoshang.desk.generated.Tables.CHANGE_LOG;

import cn.zhaoshang.desk.common.change.Change;
import cn.zhaoshang.desk.common.change.ChangeBatch;
import cn.zhaoshang.desk.common.change.ChangeKind;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep8;
import org.jooq.Record;

/**
 * The change log table (decision 0014): written inside each transaction just before it commits,
 * read by the team-server poller and by sync. A transaction's number comes from the single counter
 * row, whose lock the transaction holds until it commits, so numbers follow commit order.
 */
public final class ChangeLog {
    /** The origin of changes that laptop sync brought from the team server (never pushed back). */
    public static final UUID SYNC_ORIGIN = new UUID(0, 0x53594E43L);
    /** Ids per row: 4,096 × 16 bytes = 64 KB. */
    static final int IDS_PER_ROW = 4_096;

    private final Clock clock;

    ChangeLog(Clock clock) {
        this.clock = clock;
    }

    /** Numbers the transaction and writes its changes; call last inside the transaction. */
    long write(DSLContext dsl, UUID origin, List<Change> changes) {
        dsl.update(CHANGE_COUNTER).set(CHANGE_COUNTER.LAST_SEQ, CHANGE_COUNTER.LAST_SEQ.plus(1))
                .where(CHANGE_COUNTER.ID.eq(1)).execute();
        long seq = dsl.select(CHANGE_COUNTER.LAST_SEQ).from(CHANGE_COUNTER).where(CHANGE_COUNTER.ID.eq(1))
                .fetchOne(CHANGE_COUNTER.LAST_SEQ);
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        InsertValuesStep8<?, Long, Integer, String, ChangeKind, Integer, byte[], UUID, OffsetDateTime> insert =
                dsl.insertInto(CHANGE_LOG, CHANGE_LOG.SEQ, CHANGE_LOG.PART, CHANGE_LOG.TABLE_NAME, CHANGE_LOG.KIND,
                        CHANGE_LOG.RECORD_COUNT, CHANGE_LOG.RECORD_IDS, CHANGE_LOG.ORIGIN, CHANGE_LOG.COMMITTED_AT);
        int part = 0;
        for (Change change : changes) {
            List<UUID> ids = change.ids();
            for (int from = 0; from < ids.size(); from += IDS_PER_ROW) {
                List<UUID> slice = ids.subList(from, Math.min(ids.size(), from + IDS_PER_ROW));
                insert = insert.values(seq, part++, change.table(), change.kind(), slice.size(), pack(slice),
                        origin, now);
            }
        }
        insert.execute();
        return seq;
    }

    /** The last number given out; 0 for a database without changes. */
    public static long lastSequence(DSLContext dsl) {
        Long last = dsl.select(CHANGE_COUNTER.LAST_SEQ).from(CHANGE_COUNTER).where(CHANGE_COUNTER.ID.eq(1))
                .fetchOne(CHANGE_COUNTER.LAST_SEQ);
        return last == null ? 0 : last;
    }

    /**
     * The transactions numbered above {@code after}, oldest first, at most {@code maxTransactions}
     * of them; {@code localOrigin}'s come marked as local.
     */
    public static List<ChangeBatch> readAfter(DSLContext dsl, long after, int maxTransactions, UUID localOrigin) {
        Map<Long, List<Change>> bySeq = new LinkedHashMap<>();
        Map<Long, Boolean> local = new LinkedHashMap<>();
        for (Record r : dsl.select(CHANGE_LOG.SEQ, CHANGE_LOG.TABLE_NAME, CHANGE_LOG.KIND, CHANGE_LOG.RECORD_IDS,
                        CHANGE_LOG.ORIGIN)
                .from(CHANGE_LOG)
                .where(CHANGE_LOG.SEQ.gt(after)).and(CHANGE_LOG.SEQ.le(after + maxTransactions))
                .orderBy(CHANGE_LOG.SEQ, CHANGE_LOG.PART).fetch()) {
            long seq = r.get(CHANGE_LOG.SEQ);
            bySeq.computeIfAbsent(seq, s -> new ArrayList<>()).add(new Change(r.get(CHANGE_LOG.TABLE_NAME),
                    r.get(CHANGE_LOG.KIND), unpack(r.get(CHANGE_LOG.RECORD_IDS))));
            local.put(seq, r.get(CHANGE_LOG.ORIGIN).equals(localOrigin));
        }
        List<ChangeBatch> batches = new ArrayList<>(bySeq.size());
        bySeq.forEach((seq, changes) -> batches.add(new ChangeBatch(seq, local.get(seq), merged(changes))));
        return batches;
    }

    /** Parts of one table and kind (a long id list split over rows) joined again. */
    private static List<Change> merged(List<Change> parts) {
        Map<String, List<UUID>> joined = new LinkedHashMap<>();
        for (Change part : parts) {
            joined.computeIfAbsent(part.table() + '\u0000' + part.kind().name(), k -> new ArrayList<>()).addAll(part.ids());
        }
        List<Change> changes = new ArrayList<>(joined.size());
        joined.forEach((key, ids) -> {
            int cut = key.indexOf('\u0000');
            changes.add(new Change(key.substring(0, cut), ChangeKind.valueOf(key.substring(cut + 1)), ids));
        });
        return changes;
    }

    static byte[] pack(List<UUID> ids) {
        ByteBuffer bytes = ByteBuffer.allocate(ids.size() * 16);
        for (UUID id : ids) {
            bytes.putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
        }
        return bytes.array();
    }

    public static List<UUID> unpack(byte[] packed) {
        ByteBuffer bytes = ByteBuffer.wrap(packed);
        List<UUID> ids = new ArrayList<>(packed.length / 16);
        while (bytes.remaining() >= 16) {
            ids.add(new UUID(bytes.getLong(), bytes.getLong()));
        }
        return ids;
    }
}
