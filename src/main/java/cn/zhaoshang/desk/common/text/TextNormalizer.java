package cn.zhaoshang.desk.common.text;

import java.text.Normalizer;

/** Folding of typed and imported text: full-width to half-width, stray spaces trimmed. */
public final class TextNormalizer {
    private TextNormalizer() {
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
