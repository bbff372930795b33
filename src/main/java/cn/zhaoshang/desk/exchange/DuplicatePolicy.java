package cn.zhaoshang.desk.exchange;

import cn.zhaoshang.desk.common.i18n.DeskException;
import java.util.Locale;

/**
 * What a row does when its record already exists (same credit code, or same normalised name when a
 * code is missing on either side): leave the stored one alone, fill it with the file's values, or
 * add the row as a second record.
 */
public enum DuplicatePolicy {
    SKIP, UPDATE, KEEP_BOTH;

    /** skip | update | keep (as typed on the command line). */
    public static DuplicatePolicy parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "skip" -> SKIP;
            case "update" -> UPDATE;
            case "keep", "keep-both", "keep_both" -> KEEP_BOTH;
            default -> throw new DeskException("exchange.error.unknownDuplicatePolicy", text);
        };
    }
}
