package cn.zhaoshang.desk.backup;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which automatic backups to keep: the newest of each of the last 7 days that have one, the newest of
 * each of the last 4 ISO weeks that have one, and the 5 newest overall (so several imports on one day
 * each keep their "before" copy for a while). Everything else may go.
 */
public final class BackupRotation {
    public static final int DAILY = 7;
    public static final int WEEKLY = 4;
    public static final int NEWEST = 5;

    /** A backup file and the day it was made. */
    public record Entry(String name, LocalDateTime madeAt) { }

    private BackupRotation() {
    }

    /** The entries to delete. */
    public static List<Entry> toDelete(List<Entry> entries) {
        List<Entry> newestFirst = entries.stream().sorted(Comparator.comparing(Entry::madeAt).reversed()).toList();
        Set<Entry> keep = new HashSet<>(newestFirst.stream().limit(NEWEST).toList());
        Set<LocalDate> days = new HashSet<>();
        Set<String> weeks = new HashSet<>();
        for (Entry e : newestFirst) {
            LocalDate day = e.madeAt().toLocalDate();
            if (days.size() < DAILY && days.add(day)) {
                keep.add(e);
            }
            String week = day.get(IsoFields.WEEK_BASED_YEAR) + "-" + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            if (weeks.size() < WEEKLY && weeks.add(week)) {
                keep.add(e);
            }
        }
        return newestFirst.stream().filter(e -> !keep.contains(e)).collect(Collectors.toList());
    }
}
