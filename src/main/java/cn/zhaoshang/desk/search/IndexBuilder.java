package cn.zhaoshang.desk.search;

import cn.zhaoshang.desk.common.background.Progress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Collects companies in any order, then builds a {@link Generation}: documents renumbered in rank
 * order (shorter names first, then by name, then by id), contact keys sorted, the segment built.
 * Used for the start-up build from the tables and for compaction from a frozen generation.
 */
final class IndexBuilder implements RebuildSink {
    private DocColumns arrival;
    /** Arrival documents sorted by id, for contacts that do not follow their company; null when stale. */
    private int[] byId;
    private long[] contactKeys = new long[1024];
    private int[] contactDocs = new int[1024];
    private int contactCount;
    private final List<String> longNames = new ArrayList<>();
    private final IntList longDocs = new IntList();
    /** Readings of every pair already learnt (compaction), or null to learn them. */
    private ReadingTable known;

    IndexBuilder(int expectedDocs) {
        arrival = new DocColumns(expectedDocs, expectedDocs * 16);
    }

    int size() {
        return arrival.count();
    }

    void add(CompanySearchEntry entry) {
        int d = arrival.append(entry.companyId(), entry.name(), entry.shortName(), entry.uscc());
        byId = null;
        for (String name : Generation.foldedNames(entry.contactNames())) {
            addContact(d, name);
        }
    }

    @Override
    public void company(UUID id, String uscc, String name, String shortName) {
        arrival.append(id, name, shortName, uscc);
        byId = null;
    }

    @Override
    public void contact(UUID companyId, String name) {
        int last = arrival.count() - 1;
        int d = last >= 0 && arrival.msb(last) == companyId.getMostSignificantBits()
                && arrival.lsb(last) == companyId.getLeastSignificantBits() ? last : find(companyId);
        String folded = TextFold.query(name);
        if (d >= 0 && !folded.isEmpty()) {
            addContact(d, folded);
        }
    }

    /** Binary search in the arrival documents sorted by id (sorted again only after new companies). */
    private int find(UUID id) {
        if (byId == null) {
            byId = new int[arrival.count()];
            for (int d = 0; d < byId.length; d++) {
                byId[d] = d;
            }
            DocColumns docs = arrival;
            Sorts.sort(byId, byId.length, (a, b) -> {
                int c = Long.compare(docs.msb(a), docs.msb(b));
                return c != 0 ? c : Long.compare(docs.lsb(a), docs.lsb(b));
            });
        }
        long msb = id.getMostSignificantBits();
        long lsb = id.getLeastSignificantBits();
        int lo = 0;
        int hi = byId.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int d = byId[mid];
            int c = Long.compare(arrival.msb(d), msb);
            if (c == 0) {
                c = Long.compare(arrival.lsb(d), lsb);
            }
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return d;
            }
        }
        return -1;
    }

    private void addContact(int d, String folded) {
        if (Codes.fitsContactKey(folded)) {
            addContactKey(d, Codes.contactKey(folded, '\0'));
        } else {
            longNames.add(folded);
            longDocs.add(d);
        }
    }

    private void addContactKey(int d, long key) {
        if (contactCount == contactKeys.length) {
            contactKeys = Arrays.copyOf(contactKeys, contactCount * 2);
            contactDocs = Arrays.copyOf(contactDocs, contactCount * 2);
        }
        contactKeys[contactCount] = key;
        contactDocs[contactCount++] = d;
    }

    /** A builder holding the live companies of a frozen generation, for compaction. */
    static IndexBuilder of(Generation.Snapshot s) {
        DocColumns docs = s.docs();
        IndexBuilder b = new IndexBuilder(docs.count());
        b.known = s.readings();
        int[] moved = new int[docs.count()];
        for (int d = 0; d < docs.count(); d++) {
            moved[d] = s.isDead(d) ? -1 : b.arrival.copy(docs, d);
        }
        Segment seg = s.base();
        for (int i = 0; i < seg.contactKeys.length; i++) {
            int to = moved[seg.contactDocs[i]];
            if (to >= 0) {
                b.addContactKey(to, seg.contactKeys[i]);
            }
        }
        for (int i = 0; i < seg.longContacts.length; i++) {
            int to = moved[seg.longContactDocs[i]];
            if (to >= 0) {
                b.longNames.add(seg.longContacts[i]);
                b.longDocs.add(to);
            }
        }
        for (int t = 0; t < s.tailContacts().size(); t++) {
            int to = moved[seg.size + t];
            if (to >= 0) {
                for (String name : s.tailContacts().get(t)) {
                    b.addContact(to, name);
                }
            }
        }
        return b;
    }

    Generation build(Progress progress) {
        progress.step("search.index.step.sorting");
        DocColumns from = arrival;
        arrival = null;
        byId = null;
        int n = from.count();
        int[] order = rankOrder(from, n);
        progress.checkCancelled();
        DocColumns ranked = new DocColumns(n, from.poolSize());
        int[] moved = new int[n];
        for (int i = 0; i < n; i++) {
            moved[order[i]] = ranked.copy(from, order[i]);
        }
        for (int i = 0; i < contactCount; i++) {
            contactDocs[i] = moved[contactDocs[i]];
        }
        Sorts.sort(contactKeys, contactDocs, contactCount);
        Integer[] longOrder = new Integer[longNames.size()];
        for (int i = 0; i < longOrder.length; i++) {
            longOrder[i] = i;
        }
        int[] longDocIds = longDocs.toArray();
        Arrays.sort(longOrder, (a, b) -> longNames.get(a).compareTo(longNames.get(b)));
        String[] sortedLong = new String[longOrder.length];
        int[] sortedLongDocs = new int[longOrder.length];
        for (int i = 0; i < longOrder.length; i++) {
            sortedLong[i] = longNames.get(longOrder[i]);
            sortedLongDocs[i] = moved[longDocIds[longOrder[i]]];
        }
        progress.step("search.index.step.indexing");
        Segment segment = SegmentBuilder.build(ranked, contactKeys, contactDocs, contactCount, sortedLong, sortedLongDocs,
                known, progress);
        return new Generation(ranked, segment);
    }

    /**
     * The rank order. Sorting a million documents by a comparator that reads their names is slow, so
     * they are first sorted by a packed key (name length and first three characters), and only runs
     * of equal keys are then sorted by the full comparison.
     */
    private static int[] rankOrder(DocColumns docs, int n) {
        long[] keys = new long[n];
        int[] order = new int[n];
        char[] pool = docs.pool();
        for (int d = 0; d < n; d++) {
            int start = docs.textStart(d);
            int length = docs.nameLength(d);
            long key = Math.min(length, 0x7FFF);
            for (int i = 0; i < 3; i++) {
                key = (key << 16) | (i < length ? TextFold.fold(pool[start + i]) : 0);
            }
            keys[d] = key;
            order[d] = d;
        }
        Sorts.sort(keys, order, n);
        for (int from = 0; from < n; ) {
            int to = from + 1;
            while (to < n && keys[to] == keys[from]) {
                to++;
            }
            if (to - from > 1) {
                Sorts.sort(order, from, to, (a, b) -> TextMatch.compareRank(docs, a, b));
            }
            from = to;
        }
        return order;
    }
}
