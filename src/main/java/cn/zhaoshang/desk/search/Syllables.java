package cn.zhaoshang.desk.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The readings that occur in a segment, and the ways a pinyin query can be cut into them: "xian" is
 * "xian" or "xi|an" (西安), and the last piece may be cut short ("huar" is "hua|r…"). Used to pick
 * the rarest pair of consecutive syllables of each cut as candidates.
 */
final class Syllables {
    private static final int LONGEST = 6;
    private final Set<String> whole = new HashSet<>();
    private final Set<String> prefixes = new HashSet<>();

    Syllables(char[] chars, ReadingTable readings) {
        for (char c : chars) {
            for (String r : readings.of(c)) {
                whole.add(r);
                for (int i = 1; i <= r.length(); i++) {
                    prefixes.add(r.substring(0, i));
                }
            }
        }
    }

    /**
     * Every cut of {@code q} into whole syllables and a last piece that starts one, or null when
     * there are more than {@code max} (the caller then falls back to a coarser candidate set).
     */
    List<String[]> cuts(String q, int max) {
        List<String[]> out = new ArrayList<>();
        return cut(q, 0, new ArrayList<>(), out, max) ? out : null;
    }

    private boolean cut(String q, int from, List<String> pieces, List<String[]> out, int max) {
        if (prefixes.contains(q.substring(from))) {
            pieces.add(q.substring(from));
            out.add(pieces.toArray(String[]::new));
            pieces.remove(pieces.size() - 1);
            if (out.size() > max) {
                return false;
            }
        }
        for (int end = from + 1; end < q.length() && end - from <= LONGEST; end++) {
            String piece = q.substring(from, end);
            if (whole.contains(piece)) {
                pieces.add(piece);
                boolean ok = cut(q, end, pieces, out, max);
                pieces.remove(pieces.size() - 1);
                if (!ok) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Does a reading of {@code c} equal the piece (or start with it, for the last piece)? */
    static boolean reads(ReadingTable readings, char c, String piece, boolean last) {
        for (String r : readings.of(c)) {
            if (last ? r.startsWith(piece) : r.equals(piece)) {
                return true;
            }
        }
        return false;
    }
}
