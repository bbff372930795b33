package cn.zhaoshang.desk.search;

import cn.zhaoshang.desk.common.text.TextNormalizer;

/**
 * How indexed text and typed queries are compared: case-insensitive, full-width folded to half-width.
 * Queries go through {@link TextNormalizer#foldWidth} (NFKC) and lose their spaces; indexed text is
 * folded one character at a time with {@link #fold}, which agrees with NFKC on the characters that
 * matter here (full-width ASCII, the ideographic space), so the stored names can stay as written.
 */
final class TextFold {
    /** Separates a company's name from its short name inside one stored text; never part of a match. */
    static final char SEPARATOR = '\u0001';

    private TextFold() {
    }

    static char fold(char c) {
        if (c >= 'A' && c <= 'Z') {
            return (char) (c + ('a' - 'A'));
        }
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return fold((char) (c - 0xFEE0));
        }
        return c == '\u3000' ? ' ' : c;
    }

    /** The query as it is matched: width folded, lower case, without any white space. */
    static String query(String raw) {
        if (raw == null) {
            return "";
        }
        String folded = TextNormalizer.foldWidth(raw);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != SEPARATOR) {
                out.append(fold(c));
            }
        }
        return out.toString();
    }

    /** Stored text: control characters (which could fake a separator) become spaces. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        String stripped = text.strip();
        for (int i = 0; i < stripped.length(); i++) {
            if (stripped.charAt(i) < ' ') {
                return stripped.replaceAll("\\p{Cntrl}", " ");
            }
        }
        return stripped;
    }

    static boolean isAsciiAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    /** True when every character of the folded query is a Latin letter: it may be pinyin. */
    static boolean isLatinLetters(String folded) {
        if (folded.isEmpty()) {
            return false;
        }
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }
}
