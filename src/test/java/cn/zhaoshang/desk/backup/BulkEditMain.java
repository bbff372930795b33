package cn.zhaoshang.desk.backup;

import cn.zhaoshang.desk.app.Composition;
import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.config.LocalSettings;
import cn.zhaoshang.desk.common.db.DatabaseConfig;
import cn.zhaoshang.desk.company.Company;
import cn.zhaoshang.desk.company.CompanyFilter;
import cn.zhaoshang.desk.company.CompanyRow;
import cn.zhaoshang.desk.company.CompanySort;
import cn.zhaoshang.desk.company.PursuitStatus;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A child process for {@link CrashSafetyTest}: a bulk edit of every company (status → PAUSED, NEW, …) in one
 * transaction through the company service (validation, audit, optimistic locking), edited again and
 * again so that it is still running when the test kills it. Prints "editing" once under way.
 */
public final class BulkEditMain {
    private BulkEditMain() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        try (Services s = TestDatabases.asSystem(Composition.open(dir, new LocalSettings(dir), TestDatabases.chinese(),
                DatabaseConfig.embedded(dir), Clock.systemUTC(), null))) {
            var ids = s.companies().page(CompanyFilter.NONE, CompanySort.DEFAULT, null, 100_000).rows().stream()
                    .map(CompanyRow::id).toList();
            s.database().transaction(() -> {
                for (int round = 0; round < 1_000; round++) {
                    for (var id : ids) {
                        Company c = s.companies().get(id);
                        PursuitStatus next = round % 2 == 0 ? PursuitStatus.PAUSED : PursuitStatus.NEW;
                        s.companies().update(id, c.version(), c.data().toBuilder().pursuitStatus(next).build());
                    }
                    if (round == 0) {
                        System.out.println("editing");
                        System.out.flush();
                    }
                }
            });
        }
    }
}
