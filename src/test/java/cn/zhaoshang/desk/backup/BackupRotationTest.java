package cn.zhaoshang.desk.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackupRotationTest {
    private static BackupRotation.Entry at(String time) {
        return new BackupRotation.Entry(time, LocalDateTime.parse(time));
    }

    @Test
    void keepsSevenDailyFourWeeklyAndTheFiveNewest() {
        List<BackupRotation.Entry> entries = new ArrayList<>();
        LocalDateTime start = LocalDateTime.parse("2026-03-01T09:00:00");
        for (int day = 0; day < 60; day++) {
            entries.add(at(start.plusDays(day).toString() + ":00"));
        }
        List<BackupRotation.Entry> deleted = BackupRotation.toDelete(entries);
        List<BackupRotation.Entry> kept = entries.stream().filter(e -> !deleted.contains(e)).toList();
        // 7 newest days (which include the 5 newest), plus the newest of 4 ISO weeks, some overlapping.
        assertThat(kept).hasSizeBetween(7, 11);
        assertThat(kept).contains(entries.get(59), entries.get(53));
        assertThat(kept).doesNotContain(entries.get(0), entries.get(20));
    }

    @Test
    void severalBackupsOnOneDayKeepTheFiveNewest() {
        List<BackupRotation.Entry> sameDay = new ArrayList<>();
        for (int hour = 8; hour < 18; hour++) {
            sameDay.add(at(String.format("2026-05-04T%02d:00:00", hour)));
        }
        assertThat(BackupRotation.toDelete(sameDay)).hasSize(5)
                .allSatisfy(e -> assertThat(e.madeAt().getHour()).isLessThan(13));
    }

    @Test
    void nothingIsDeletedWhenThereAreFewBackups() {
        assertThat(BackupRotation.toDelete(List.of(at("2026-05-04T08:00:00"), at("2026-05-01T08:00:00")))).isEmpty();
    }
}
