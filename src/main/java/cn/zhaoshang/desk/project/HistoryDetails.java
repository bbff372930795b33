package cn.zhaoshang.desk.project;

import java.util.ArrayList;
import java.util.List;

/**
 * The data a transition recorded or cleared, kept in the history row's {@code details} as
 * language-neutral text ({@code signed_on=2026-06-01;contract_amount=5000;-registered_on=2026-03-01},
 * a leading minus for a cleared value) so any language can show it.
 */
public final class HistoryDetails {
    /** One value: the field, its value, and whether the transition set it or cleared it. */
    public record Entry(StageField field, String value, boolean cleared) { }

    private HistoryDetails() {
    }

    public static String encode(List<Entry> entries) {
        List<String> parts = new ArrayList<>();
        for (Entry e : entries) {
            parts.add((e.cleared() ? "-" : "") + e.field().column() + "=" + e.value());
        }
        return parts.isEmpty() ? null : String.join(";", parts);
    }

    /** Reads details back; unknown or malformed parts are skipped (old rows, demo rows). */
    public static List<Entry> decode(String details) {
        List<Entry> entries = new ArrayList<>();
        if (details == null || details.isBlank()) {
            return entries;
        }
        for (String part : details.split(";")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            boolean cleared = part.startsWith("-");
            StageField field = StageField.fromColumn(part.substring(cleared ? 1 : 0, eq));
            if (field != null) {
                entries.add(new Entry(field, part.substring(eq + 1), cleared));
            }
        }
        return entries;
    }
}
