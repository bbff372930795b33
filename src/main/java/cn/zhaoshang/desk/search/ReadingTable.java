package cn.zhaoshang.desk.search;

import java.io.IOException;
import java.util.Arrays;

/**
 * The readings an index gives its characters: each character's reading on its own, plus every
 * reading it takes in a pair of characters of the indexed names ({@link Readings#inPair}). So 重
 * answers to "zhong" and, once a name holds 重庆, to "chong". A segment keeps its own table, frozen
 * when it is built; the generation keeps a copy that learns the pairs of newly written names.
 */
final class ReadingTable {
    private final String[][] readings;
    private final long[] initials;

    ReadingTable() {
        readings = new String[65536][];
        initials = new long[65536];
    }

    private ReadingTable(ReadingTable from) {
        readings = from.readings.clone();
        initials = from.initials.clone();
    }

    ReadingTable copy() {
        return new ReadingTable(this);
    }

    String[] of(char c) {
        String[] own = readings[c];
        return own != null ? own : Readings.defaults(c);
    }

    /** The symbols the readings of {@code c} start with, as bits. */
    long initials(char c) {
        return readings[c] != null ? initials[c] : Readings.defaultInitials(c);
    }

    boolean hasInitial(char c, int symbol) {
        return (initials(c) & (1L << symbol)) != 0;
    }

    /** Learns how two adjacent characters read together. */
    void learnPair(char a, char b) {
        String[][] pair = Readings.inPair(a, b);
        if (pair != null) {
            add(a, pair[0]);
            add(b, pair[1]);
        }
    }

    private void add(char c, String[] spellings) {
        String[] current = of(c);
        String[] merged = current;
        for (String s : spellings) {
            if (!Arrays.asList(merged).contains(s)) {
                merged = Arrays.copyOf(merged, merged.length + 1);
                merged[merged.length - 1] = s;
            }
        }
        if (merged != current || readings[c] == null) {
            readings[c] = merged;
            initials[c] = Readings.initialsOf(merged);
        }
    }

    /** Saves the characters' own readings (see {@link IndexFile}); the initials follow from them. */
    void writeTo(IndexOutput out) throws IOException {
        int n = 0;
        for (String[] r : readings) {
            n += r != null ? 1 : 0;
        }
        out.writeInt(n);
        for (int c = 0; c < readings.length; c++) {
            if (readings[c] != null) {
                out.writeInt(c);
                out.writeStrings(readings[c]);
            }
        }
    }

    static ReadingTable readFrom(IndexInput in) throws IOException {
        ReadingTable table = new ReadingTable();
        for (int i = in.readInt(); i > 0; i--) {
            int c = in.readInt();
            if (c < 0 || c >= table.readings.length) {
                throw new UnusableIndexException("bad character " + c);
            }
            table.readings[c] = in.readStrings();
            table.initials[c] = Readings.initialsOf(table.readings[c]);
        }
        return table;
    }

    long bytes() {
        return 12L * readings.length;
    }
}
