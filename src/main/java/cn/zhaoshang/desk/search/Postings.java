package cn.zhaoshang.desk.search;

import java.io.IOException;
import java.util.Arrays;

/**
 * Posting lists: for each key (a pair of characters), the ascending ids of the documents holding it,
 * stored as variable-length gaps in one shared byte array (about 1.3 bytes a posting instead of 4).
 * Immutable once built; read with a {@link Cursor}.
 */
final class Postings {
    private final int[] keys;
    private final int[] offsets;
    private final int[] counts;
    private final byte[] data;

    private Postings(int[] keys, int[] offsets, int[] counts, byte[] data) {
        this.keys = keys;
        this.offsets = offsets;
        this.counts = counts;
        this.data = data;
    }

    /** Saves the lists (see {@link IndexFile}). */
    void writeTo(IndexOutput out) throws IOException {
        out.writeInts(keys, keys.length);
        out.writeInts(offsets, offsets.length);
        out.writeInts(counts, counts.length);
        out.writeBytes(data, data.length);
    }

    static Postings readFrom(IndexInput in) throws IOException {
        int[] keys = in.readInts();
        int[] offsets = in.readInts();
        int[] counts = in.readInts();
        byte[] data = in.readBytes();
        if (offsets.length != keys.length + 1 || counts.length != keys.length
                || (offsets.length > 0 && offsets[keys.length] > data.length)) {
            throw new UnusableIndexException("posting lists do not agree");
        }
        return new Postings(keys, offsets, counts, data);
    }

    static int key(char first, char second) {
        return (first << 16) | second;
    }

    static char first(int key) {
        return (char) (key >>> 16);
    }

    static char second(int key) {
        return (char) key;
    }

    int size() {
        return keys.length;
    }

    /** The list number of a key, or -1. */
    int find(int key) {
        int i = Arrays.binarySearch(keys, key);
        return i < 0 ? -1 : i;
    }

    /** The first list number whose key starts with {@code c}; see {@link #endOfFirst}. */
    int startOfFirst(char c) {
        int i = Arrays.binarySearch(keys, key(c, '\0'));
        return i < 0 ? -i - 1 : i;
    }

    /** One past the last list number whose key starts with {@code c}. */
    int endOfFirst(char c) {
        int i = Arrays.binarySearch(keys, key(c, '\uFFFF'));
        return i < 0 ? -i - 1 : i + 1;
    }

    int keyAt(int list) {
        return keys[list];
    }

    int count(int list) {
        return counts[list];
    }

    Cursor cursor(int list) {
        return new Cursor(data, offsets[list], offsets[list + 1]);
    }

    /** Marks every id of the list in the bit set. */
    void addTo(int list, long[] bits) {
        int pos = offsets[list];
        int end = offsets[list + 1];
        int last = -1;
        while (pos < end) {
            int gap = 0;
            int shift = 0;
            byte b;
            do {
                b = data[pos++];
                gap |= (b & 0x7F) << shift;
                shift += 7;
            } while (b < 0);
            last += gap;
            bits[last >>> 6] |= 1L << last;
        }
    }

    long bytes() {
        return data.length + 12L * keys.length;
    }

    /** Reads one list in ascending order. */
    static final class Cursor {
        private final byte[] data;
        private final int end;
        private int pos;
        private int last = -1;

        Cursor(byte[] data, int pos, int end) {
            this.data = data;
            this.pos = pos;
            this.end = end;
        }

        /** The next id, or -1 at the end. */
        int next() {
            if (pos >= end) {
                return -1;
            }
            int gap = 0;
            int shift = 0;
            byte b;
            do {
                b = data[pos++];
                gap |= (b & 0x7F) << shift;
                shift += 7;
            } while (b < 0);
            last += gap;
            return last;
        }
    }

    /**
     * Builds the lists in two passes over the same (key, id) stream with ids ascending: the first
     * counts and sizes each list, the second writes it where it belongs; no list ever grows.
     */
    static final class Builder {
        private final IntIntMap slots = new IntIntMap(1 << 12);
        private int[] slotKeys = new int[1024];
        private int[] slotCounts = new int[1024];
        private int[] slotLast = new int[1024];
        private int[] slotBytes = new int[1024];
        private int[] slotPos;
        private byte[] data;
        private boolean writing;

        /** First pass: one posting of {@code id} under {@code key}; ids per key must ascend. */
        void count(int key, int id) {
            int slot = slots.get(key);
            if (slot < 0) {
                slot = slots.size();
                slots.put(key, slot);
                grow(slot);
                slotKeys[slot] = key;
                slotLast[slot] = -1;
            }
            slotCounts[slot]++;
            slotBytes[slot] += varintSize(id - slotLast[slot]);
            slotLast[slot] = id;
        }

        private void grow(int slot) {
            if (slot == slotKeys.length) {
                int n = slot * 2;
                slotKeys = Arrays.copyOf(slotKeys, n);
                slotCounts = Arrays.copyOf(slotCounts, n);
                slotLast = Arrays.copyOf(slotLast, n);
                slotBytes = Arrays.copyOf(slotBytes, n);
            }
        }

        /** Second pass: the same calls again, in the same order. */
        void write(int key, int id) {
            if (!writing) {
                startWriting();
            }
            int slot = slots.get(key);
            int pos = slotPos[slot];
            int gap = id - slotLast[slot];
            slotLast[slot] = id;
            while ((gap & ~0x7F) != 0) {
                data[pos++] = (byte) ((gap & 0x7F) | 0x80);
                gap >>>= 7;
            }
            data[pos++] = (byte) gap;
            slotPos[slot] = pos;
        }

        private void startWriting() {
            writing = true;
            int n = slots.size();
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Integer.compare(slotKeys[a], slotKeys[b]));
            slotPos = new int[n];
            long total = 0;
            for (Integer slot : order) {
                slotPos[slot] = (int) total;
                total += slotBytes[slot];
                slotLast[slot] = -1;
            }
            if (total > Integer.MAX_VALUE - 16) {
                throw new IllegalStateException("search postings too large: " + total);
            }
            data = new byte[(int) total];
        }

        Postings build() {
            if (!writing) {
                startWriting();
            }
            int n = slots.size();
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Integer.compare(slotKeys[a], slotKeys[b]));
            int[] keys = new int[n];
            int[] offsets = new int[n + 1];
            int[] counts = new int[n];
            for (int i = 0; i < n; i++) {
                int slot = order[i];
                keys[i] = slotKeys[slot];
                counts[i] = slotCounts[slot];
                offsets[i] = slotPos[slot] - slotBytes[slot];
            }
            offsets[n] = data.length;
            return new Postings(keys, offsets, counts, data);
        }

        private static int varintSize(int gap) {
            return gap < (1 << 7) ? 1 : gap < (1 << 14) ? 2 : gap < (1 << 21) ? 3 : gap < (1 << 28) ? 4 : 5;
        }
    }
}
