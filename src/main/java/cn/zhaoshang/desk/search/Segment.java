package cn.zhaoshang.desk.search;

import cn.zhaoshang.desk.common.background.Progress;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The immutable part of the index over documents 0..size-1, numbered best-ranked first (shorter
 * names first, see {@link IndexBuilder}), so that walking any posting list in order meets the best
 * matches first and a search can stop as soon as it has enough.
 *
 * <ul>
 *   <li>{@code inner}: every pair of adjacent characters in a name or short name → documents;
 *   <li>{@code first}: the first pair of a name or short name (the first character and 0 when it is
 *       a single character) → documents, for prefix and exact matches;
 *   <li>per character: in how many documents it occurs, and which inner pairs hold it (one-character
 *       queries);
 *   <li>per pair of pinyin initials: which pairs of characters can start with them (pinyin queries);
 *   <li>credit codes and ids in sorted order (prefix ranges, look-up by id);
 *   <li>contact names as sorted keys with their company.
 * </ul>
 */
final class Segment {
    final int size;
    final Postings inner;
    final Postings first;
    final int[] charDocs;
    final int[] charListStart;
    final int[] charLists;
    final char[] chars;
    final ReadingTable readings;
    final Syllables syllables;
    final int[] innerBucketStart;
    final int[] innerBuckets;
    final int[] firstBucketStart;
    final int[] firstBuckets;
    final int[] usccOrder;
    final int[] idOrder;
    final long[] contactKeys;
    final int[] contactDocs;
    final String[] longContacts;
    final int[] longContactDocs;

    Segment(int size, Postings inner, Postings first, int[] charDocs, int[] charListStart, int[] charLists, char[] chars,
            ReadingTable readings, int[][] innerBuckets, int[][] firstBuckets, int[] usccOrder, int[] idOrder, long[] contactKeys,
            int[] contactDocs, String[] longContacts, int[] longContactDocs) {
        this.size = size;
        this.inner = inner;
        this.first = first;
        this.charDocs = charDocs;
        this.charListStart = charListStart;
        this.charLists = charLists;
        this.chars = chars;
        this.readings = readings;
        this.syllables = new Syllables(chars, readings);
        this.innerBucketStart = innerBuckets[0];
        this.innerBuckets = innerBuckets[1];
        this.firstBucketStart = firstBuckets[0];
        this.firstBuckets = firstBuckets[1];
        this.usccOrder = usccOrder;
        this.idOrder = idOrder;
        this.contactKeys = contactKeys;
        this.contactDocs = contactDocs;
        this.longContacts = longContacts;
        this.longContactDocs = longContactDocs;
    }

    static Segment empty() {
        return SegmentBuilder.build(new DocColumns(0, 0), new long[0], new int[0], 0, new String[0], new int[0], null,
                Progress.NONE);
    }

    /** Saves the segment (see {@link IndexFile}). */
    void writeTo(IndexOutput out) throws IOException {
        out.writeInt(size);
        inner.writeTo(out);
        first.writeTo(out);
        out.writeInts(charDocs, charDocs.length);
        out.writeInts(charListStart, charListStart.length);
        out.writeInts(charLists, charLists.length);
        out.writeChars(chars, chars.length);
        readings.writeTo(out);
        out.writeInts(innerBucketStart, innerBucketStart.length);
        out.writeInts(innerBuckets, innerBuckets.length);
        out.writeInts(firstBucketStart, firstBucketStart.length);
        out.writeInts(firstBuckets, firstBuckets.length);
        out.writeInts(usccOrder, usccOrder.length);
        out.writeInts(idOrder, idOrder.length);
        out.writeLongs(contactKeys, contactKeys.length);
        out.writeInts(contactDocs, contactDocs.length);
        out.writeStrings(longContacts);
        out.writeInts(longContactDocs, longContactDocs.length);
    }

    /** A segment as {@link #writeTo} saved it, over documents {@code docs}. */
    static Segment readFrom(IndexInput in, DocColumns docs) throws IOException {
        int size = in.readInt();
        Postings inner = Postings.readFrom(in);
        Postings first = Postings.readFrom(in);
        int[] charDocs = in.readInts();
        int[] charListStart = in.readInts();
        int[] charLists = in.readInts();
        char[] chars = in.readChars();
        ReadingTable readings = ReadingTable.readFrom(in);
        int[][] innerBuckets = {in.readInts(), in.readInts()};
        int[][] firstBuckets = {in.readInts(), in.readInts()};
        int[] usccOrder = in.readInts();
        int[] idOrder = in.readInts();
        long[] contactKeys = in.readLongs();
        int[] contactDocs = in.readInts();
        String[] longContacts = in.readStrings();
        int[] longContactDocs = in.readInts();
        if (size > docs.count() || idOrder.length != size || usccOrder.length > size
                || contactDocs.length != contactKeys.length || longContactDocs.length != longContacts.length) {
            throw new UnusableIndexException("segment does not agree with its documents");
        }
        return new Segment(size, inner, first, charDocs, charListStart, charLists, chars, readings, innerBuckets,
                firstBuckets, usccOrder, idOrder, contactKeys, contactDocs, longContacts, longContactDocs);
    }

    /** Inner lists that hold character {@code c}. */
    int[] listsWith(char c) {
        return Arrays.copyOfRange(charLists, charListStart[c], charListStart[c + 1]);
    }

    static int bucket(int symbol1, int symbol2) {
        return symbol1 * Readings.SYMBOLS + symbol2;
    }

    /** The document with this id in the segment (dead or alive), or -1. */
    int find(DocColumns docs, long msb, long lsb) {
        int lo = 0;
        int hi = idOrder.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int d = idOrder[mid];
            int c = Long.compare(docs.msb(d), msb);
            if (c == 0) {
                c = Long.compare(docs.lsb(d), lsb);
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

    /** Positions [from, to) in {@link #usccOrder} of the codes between two packed bounds. */
    int[] usccRange(DocColumns docs, long loHi, long loLo, long hiHi, long hiLo) {
        return new int[] {usccBound(docs, loHi, loLo, false), usccBound(docs, hiHi, hiLo, true)};
    }

    private int usccBound(DocColumns docs, long hi, long lo, boolean after) {
        int a = 0;
        int b = usccOrder.length;
        while (a < b) {
            int mid = (a + b) >>> 1;
            int d = usccOrder[mid];
            int c = Codes.compareUscc(docs.usccHi(d), docs.usccLo(d), hi, lo);
            if (c < 0 || (after && c == 0)) {
                a = mid + 1;
            } else {
                b = mid;
            }
        }
        return a;
    }

    /** Positions [from, to) in {@link #contactKeys} of the keys between two bounds (inclusive). */
    int[] contactRange(long low, long high) {
        return new int[] {keyBound(low, false), keyBound(high, true)};
    }

    private int keyBound(long key, boolean after) {
        int a = 0;
        int b = contactKeys.length;
        while (a < b) {
            int mid = (a + b) >>> 1;
            long k = contactKeys[mid];
            if (k < key || (after && k == key)) {
                a = mid + 1;
            } else {
                b = mid;
            }
        }
        return a;
    }

    /** The first position in {@link #longContacts} not before {@code prefix}. */
    int longContactStart(String prefix) {
        int i = Arrays.binarySearch(longContacts, prefix);
        return i < 0 ? -i - 1 : i;
    }

    /** Heap estimates of the parts, for the measurement and the decision record. */
    Map<String, Long> parts() {
        Map<String, Long> parts = new LinkedHashMap<>();
        parts.put("postings: inner pairs", inner.bytes());
        parts.put("postings: first pairs", first.bytes());
        parts.put("character, reading and initials tables", readings.bytes() + 4L * (charDocs.length + charListStart.length + charLists.length
                + innerBucketStart.length + innerBuckets.length + firstBucketStart.length + firstBuckets.length)
                + 2L * chars.length);
        parts.put("credit codes and ids in order", 4L * (usccOrder.length + idOrder.length));
        parts.put("contact names", 12L * contactKeys.length + 84L * longContacts.length);
        return parts;
    }

    long bytes() {
        return inner.bytes() + first.bytes() + 4L * (charDocs.length + charListStart.length + charLists.length
                + innerBucketStart.length + innerBuckets.length + firstBucketStart.length + firstBuckets.length
                + usccOrder.length + idOrder.length + contactDocs.length + longContactDocs.length)
                + 8L * contactKeys.length + 2L * chars.length + 80L * longContacts.length + readings.bytes();
    }
}
