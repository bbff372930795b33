package cn.zhaoshang.desk.common.text;

import java.text.Normalizer;
import java.util.Set;

/** Folding of typed and imported text: full-width to half-width, stray spaces trimmed. */
public final class TextNormalizer {
    /** What spreadsheets write for "nothing here": registry exports use "-", offices 无 and 暂无. */
    private static final Set<String> PLACEHOLDERS = Set.of("-", "--", "---", "—", "——", "－", "/", "／", "\\", "无", "暂无",
            "空", "n/a", "N/A", "NA", "null", "NULL", "none", "None");

    private TextNormalizer() {
    }

    /** True for blank text and for the placeholders that mean empty ("-", "--", "无", "暂无", "/"). */
    public static boolean isPlaceholder(String text) {
        return text == null || text.isBlank() || PLACEHOLDERS.contains(text.strip());
    }

    /** Full-width letters, digits and punctuation become half-width (NFKC); CJK is unchanged. */
    public static String foldWidth(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    /** Width folded, outer and repeated inner spaces removed; empty becomes null. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String folded = foldWidth(text).replace('\u3000', ' ').strip().replaceAll("\\s{2,}", " ");
        return folded.isEmpty() ? null : folded;
    }
}
