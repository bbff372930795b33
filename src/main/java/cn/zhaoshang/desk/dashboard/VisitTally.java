package cn.zhaoshang.desk.dashboard;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The visits of a span of days, counted per day and credited team and unit (decision 0041). Read
 * once per dashboard load, it answers the month, quarter and year and both rankings without going
 * back to a million visits five times.
 *
 * @param from first day the tally covers
 * @param to   last day the tally covers
 * @param days one row per day, team and unit that had visits
 */
public record VisitTally(LocalDate from, LocalDate to, List<Day> days) {
    /** No visits, over no days: what the pipeline carries until a span's visits are added. */
    public static final VisitTally NONE = new VisitTally(LocalDate.MIN, LocalDate.MIN, List.of());

    /** Visits on one day credited to one team and unit (either may be null). */
    public record Day(LocalDate on, UUID teamId, UUID unitId, long visits) { }

    /**
     * Visits in [first, last] per team or per unit (the null key holds visits credited to none).
     * @throws IllegalArgumentException when the days lie outside the tally
     */
    public Map<UUID, Long> count(LocalDate first, LocalDate last, OwnerKind kind) {
        if (first.isBefore(from) || last.isAfter(to)) {
            throw new IllegalArgumentException(first + ".." + last + " outside " + from + ".." + to);
        }
        Map<UUID, Long> counts = new HashMap<>();
        for (Day d : days) {
            if (!d.on().isBefore(first) && !d.on().isAfter(last)) {
                counts.merge(kind == OwnerKind.TEAM ? d.teamId() : d.unitId(), d.visits(), Long::sum);
            }
        }
        return counts;
    }
}
