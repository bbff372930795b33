package cn.zhaoshang.desk.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One state of the index: ranked documents with their {@link Segment}, plus a tail of documents
 * written since (searched by a plain scan) and the set of dead documents (deleted, or replaced by a
 * newer version in the tail). Changed only under the index's write lock; {@link #snapshot} hands a
 * frozen copy to compaction.
 */
final class Generation {
    final DocColumns docs;
    final Segment base;
    private long[] dead;
    private int deadCount;
    private final Map<UUID, Integer> tailIds;
    /** Folded contact names of each tail document (index: document − base size). */
    private final List<String[]> tailContacts;
    /** The segment's readings plus those of pairs first seen in the tail. */
    final ReadingTable readings;
    private final IntIntMap tailPairs = new IntIntMap(64);

    Generation(DocColumns docs, Segment base) {
        this.docs = docs;
        this.base = base;
        this.dead = new long[(docs.count() >> 6) + 1];
        this.tailIds = new HashMap<>();
        this.tailContacts = new ArrayList<>();
        this.readings = base.readings.copy();
    }

    /** Saves this generation (see {@link IndexFile}); called on a {@link #snapshot}'s parts. */
    static void writeTo(IndexOutput out, Snapshot s) throws IOException {
        s.docs().writeTo(out);
        s.base().writeTo(out);
        out.writeLongs(s.dead(), s.dead().length);
        out.writeInt(s.tailContacts().size());
        for (String[] names : s.tailContacts()) {
            out.writeStrings(names);
        }
    }

    /** A generation as {@link #writeTo} saved it: the segment, the tail written since, the dead documents. */
    static Generation readFrom(IndexInput in) throws IOException {
        DocColumns docs = DocColumns.readFrom(in);
        Segment base = Segment.readFrom(in, docs);
        long[] dead = in.readLongs();
        int tails = in.readInt();
        if (tails != docs.count() - base.size || dead.length < (docs.count() >> 6) + 1) {
            throw new UnusableIndexException("tail does not agree with its documents");
        }
        Generation g = new Generation(docs, base);
        g.dead = dead;
        for (long word : dead) {
            g.deadCount += Long.bitCount(word);
        }
        for (int t = 0; t < tails; t++) {
            int d = base.size + t;
            g.tailContacts.add(in.readStrings());
            g.tailIds.put(docs.id(d), d);
            g.learnPairs(d);
        }
        return g;
    }

    static Generation empty() {
        return new Generation(new DocColumns(0, 0), Segment.empty());
    }

    int liveCount() {
        return docs.count() - deadCount;
    }

    int deadCount() {
        return deadCount;
    }

    int tailSize() {
        return docs.count() - base.size;
    }

    boolean isDead(int d) {
        return (dead[d >>> 6] & (1L << d)) != 0;
    }

    String[] tailContacts(int d) {
        return tailContacts.get(d - base.size);
    }

    /** Adds or replaces a company. */
    void put(UUID id, String name, String shortName, String uscc, List<String> contactNames) {
        kill(find(id));
        int d = docs.append(id, name, shortName, uscc);
        if (d >= dead.length << 6) {
            dead = Arrays.copyOf(dead, Math.max(dead.length * 2, (d >> 6) + 1));
        }
        tailIds.put(id, d);
        tailContacts.add(foldedNames(contactNames));
        learnPairs(d);
    }

    private void learnPairs(int d) {
        char[] pool = docs.pool();
        for (int i = docs.textStart(d), end = docs.textEnd(d); i + 1 < end; i++) {
            char a = TextFold.fold(pool[i]);
            char b = TextFold.fold(pool[i + 1]);
            int key = Postings.key(a, b);
            if (a != TextFold.SEPARATOR && b != TextFold.SEPARATOR && base.inner.find(key) < 0 && tailPairs.get(key) < 0) {
                tailPairs.put(key, 1);
                readings.learnPair(a, b);
            }
        }
    }

    /** Removes a company; false when it was not there. */
    boolean remove(UUID id) {
        int d = find(id);
        kill(d);
        return d >= 0;
    }

    private void kill(int d) {
        if (d >= 0 && !isDead(d)) {
            dead[d >>> 6] |= 1L << d;
            deadCount++;
        }
    }

    /** The live document of a company, or -1. */
    int find(UUID id) {
        Integer inTail = tailIds.get(id);
        if (inTail != null) {
            return isDead(inTail) ? -1 : inTail;
        }
        int d = base.find(docs, id.getMostSignificantBits(), id.getLeastSignificantBits());
        return d < 0 || isDead(d) ? -1 : d;
    }

    static String[] foldedNames(List<String> names) {
        if (names == null || names.isEmpty()) {
            return new String[0];
        }
        List<String> out = new ArrayList<>(names.size());
        for (String name : names) {
            String folded = TextFold.query(name);
            if (!folded.isEmpty() && !out.contains(folded)) {
                out.add(folded);
            }
        }
        return out.toArray(String[]::new);
    }

    /** A frozen copy for a rebuild: later changes to this generation do not show in it. */
    Snapshot snapshot() {
        return new Snapshot(docs.view(), base, dead.clone(), new ArrayList<>(tailContacts), readings.copy());
    }

    record Snapshot(DocColumns docs, Segment base, long[] dead, List<String[]> tailContacts, ReadingTable readings) {
        boolean isDead(int d) {
            return (dead[d >>> 6] & (1L << d)) != 0;
        }
    }

    long bytes() {
        long tail = 0;
        for (String[] names : tailContacts) {
            tail += 16 + names.length * 48L;
        }
        return docs.bytes() + base.bytes() + 8L * dead.length + tail + 64L * tailIds.size() + readings.bytes();
    }
}
