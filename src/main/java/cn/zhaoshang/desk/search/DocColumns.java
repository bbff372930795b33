package cn.zhaoshang.desk.search;

import cn.zhaoshang.desk.common.text.Uscc;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What the index stores of each company, column by column and append-only: the id as two longs, the
 * name and short name as one text in a shared character pool ("name \u0001 short name"), the credit
 * code packed into two longs ({@link Codes}). About 60 bytes a company instead of the ~250 that
 * objects would take. Rows are never changed once written, so a reader holding the arrays of an
 * earlier moment keeps seeing exactly that moment (what compaction relies on).
 */
final class DocColumns {
    private int count;
    private long[] msb;
    private long[] lsb;
    private int[] textStart;
    /** Length of the name part of each text (names are at most a few hundred characters). */
    private char[] nameLength;
    private char[] pool;
    private int poolSize;
    private long[] usccHi;
    private long[] usccLo;
    /** Codes that do not pack (odd characters or too long), by document; rare. */
    private final Map<Integer, String> oddUscc;

    DocColumns(int docs, int chars) {
        int n = Math.max(docs, 16);
        msb = new long[n];
        lsb = new long[n];
        textStart = new int[n + 1];
        nameLength = new char[n];
        pool = new char[Math.max(chars, 64)];
        usccHi = new long[n];
        usccLo = new long[n];
        oddUscc = new HashMap<>();
    }

    private DocColumns(DocColumns source) {
        count = source.count;
        msb = source.msb;
        lsb = source.lsb;
        textStart = source.textStart;
        nameLength = source.nameLength;
        pool = source.pool;
        poolSize = source.poolSize;
        usccHi = source.usccHi;
        usccLo = source.usccLo;
        oddUscc = new HashMap<>(source.oddUscc);
    }

    /** Saves the columns (see {@link IndexFile}). */
    void writeTo(IndexOutput out) throws IOException {
        out.writeLongs(msb, count);
        out.writeLongs(lsb, count);
        out.writeInts(textStart, count + 1);
        out.writeChars(nameLength, count);
        out.writeChars(pool, poolSize);
        out.writeLongs(usccHi, count);
        out.writeLongs(usccLo, count);
        out.writeInt(oddUscc.size());
        for (Map.Entry<Integer, String> odd : oddUscc.entrySet()) {
            out.writeInt(odd.getKey());
            out.writeString(odd.getValue());
        }
    }

    /** Columns as {@link #writeTo} saved them. */
    static DocColumns readFrom(IndexInput in) throws IOException {
        DocColumns c = new DocColumns(0, 0);
        c.msb = in.readLongs();
        c.count = c.msb.length;
        c.lsb = in.readLongs();
        c.textStart = in.readInts();
        c.nameLength = in.readChars();
        c.pool = in.readChars();
        c.poolSize = c.pool.length;
        c.usccHi = in.readLongs();
        c.usccLo = in.readLongs();
        if (c.lsb.length != c.count || c.textStart.length != c.count + 1 || c.nameLength.length != c.count
                || c.usccHi.length != c.count || c.usccLo.length != c.count
                || (c.count > 0 && c.textStart[c.count] != c.poolSize)) {
            throw new UnusableIndexException("document columns do not agree");
        }
        for (int i = in.readInt(); i > 0; i--) {
            c.oddUscc.put(in.readInt(), in.readString());
        }
        return c;
    }

    /** The columns as they are now; later appends do not show in the view. */
    DocColumns view() {
        return new DocColumns(this);
    }

    int count() {
        return count;
    }

    /** Appends a company; {@code name} and {@code shortName} are stored as given (cleaned). */
    int append(UUID id, String name, String shortName, String uscc) {
        String cleanName = TextFold.clean(name);
        if (cleanName.length() > Character.MAX_VALUE) {
            cleanName = cleanName.substring(0, Character.MAX_VALUE);
        }
        String cleanShort = TextFold.clean(shortName);
        boolean withShort = !cleanShort.isEmpty() && !cleanShort.equals(cleanName);
        int length = cleanName.length() + (withShort ? 1 + cleanShort.length() : 0);
        ensureCapacity(count + 1, poolSize + length);
        int d = count;
        msb[d] = id.getMostSignificantBits();
        lsb[d] = id.getLeastSignificantBits();
        cleanName.getChars(0, cleanName.length(), pool, poolSize);
        int end = poolSize + cleanName.length();
        if (withShort) {
            pool[end++] = TextFold.SEPARATOR;
            cleanShort.getChars(0, cleanShort.length(), pool, end);
            end += cleanShort.length();
        }
        textStart[d + 1] = end; // textStart[d] already holds poolSize: the previous text's end
        nameLength[d] = (char) cleanName.length();
        poolSize = end;
        setUscc(d, Uscc.normalize(uscc));
        count = d + 1;
        return d;
    }

    /** Appends document {@code d} of another set of columns, unchanged. */
    int copy(DocColumns from, int d) {
        int start = from.textStart[d];
        int length = from.textStart[d + 1] - start;
        ensureCapacity(count + 1, poolSize + length);
        int n = count;
        msb[n] = from.msb[d];
        lsb[n] = from.lsb[d];
        System.arraycopy(from.pool, start, pool, poolSize, length);
        poolSize += length;
        textStart[n + 1] = poolSize;
        nameLength[n] = from.nameLength[d];
        usccHi[n] = from.usccHi[d];
        usccLo[n] = from.usccLo[d];
        String odd = from.oddUscc.get(d);
        if (odd != null) {
            oddUscc.put(n, odd);
        }
        count = n + 1;
        return n;
    }

    private void setUscc(int d, String code) {
        usccHi[d] = 0;
        usccLo[d] = 0;
        if (code == null) {
            return;
        }
        if (Codes.packable(code)) {
            usccHi[d] = Codes.usccHi(code, 0);
            usccLo[d] = Codes.usccLo(code, 0);
        } else {
            oddUscc.put(d, code);
        }
    }

    private void ensureCapacity(int docs, int chars) {
        if (docs > msb.length) {
            int n = Math.max(docs + 1, msb.length + (msb.length >> 1));
            msb = Arrays.copyOf(msb, n);
            lsb = Arrays.copyOf(lsb, n);
            textStart = Arrays.copyOf(textStart, n + 1);
            nameLength = Arrays.copyOf(nameLength, n);
            usccHi = Arrays.copyOf(usccHi, n);
            usccLo = Arrays.copyOf(usccLo, n);
        }
        if (chars > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(chars, pool.length + (pool.length >> 1)));
        }
    }

    char[] pool() {
        return pool;
    }

    int textStart(int d) {
        return textStart[d];
    }

    int textEnd(int d) {
        return textStart[d + 1];
    }

    /** Where the name ends (at the separator or the end of the text). */
    int nameEnd(int d) {
        return textStart[d] + nameLength[d];
    }

    int nameLength(int d) {
        return nameLength[d];
    }

    /** Where the short name starts, or -1 without one. */
    int shortStart(int d) {
        int nameEnd = nameEnd(d);
        return nameEnd < textStart[d + 1] ? nameEnd + 1 : -1;
    }

    String name(int d) {
        return new String(pool, textStart[d], nameLength(d));
    }

    UUID id(int d) {
        return new UUID(msb[d], lsb[d]);
    }

    long msb(int d) {
        return msb[d];
    }

    long lsb(int d) {
        return lsb[d];
    }

    boolean hasPackedUscc(int d) {
        return usccHi[d] != 0;
    }

    long usccHi(int d) {
        return usccHi[d];
    }

    long usccLo(int d) {
        return usccLo[d];
    }

    Map<Integer, String> oddUscc() {
        return oddUscc;
    }

    /** The credit code as stored (normalised), or null. */
    String uscc(int d) {
        if (usccHi[d] != 0) {
            return Codes.uscc(usccHi[d], usccLo[d]);
        }
        return oddUscc.get(d);
    }

    int poolSize() {
        return poolSize;
    }

    /** Heap estimates of the columns. */
    Map<String, Long> parts() {
        Map<String, Long> parts = new LinkedHashMap<>();
        parts.put("ids", 16L * msb.length);
        parts.put("credit codes", 16L * usccHi.length + 64L * oddUscc.size());
        parts.put("names and short names", 2L * pool.length + 4L * textStart.length + 2L * nameLength.length);
        return parts;
    }

    long bytes() {
        return 8L * (msb.length + lsb.length + usccHi.length + usccLo.length) + 4L * textStart.length
                + 2L * (nameLength.length + pool.length)
                + 64L * oddUscc.size();
    }
}
