package cn.zhaoshang.desk.search;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.db.DatabaseConfig;
import cn.zhaoshang.desk.common.text.CompanyNames;
import cn.zhaoshang.desk.demo.DemoNames;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A measurement to run by hand: how long the start-up build takes when it reads N companies and
 * their contacts from an embedded H2 file (written here with plain JDBC batches, committed every
 * few thousand rows so that the file stays small; an existing database in the folder is reused), and a
 * few searches through the service.
 *
 * <pre>
 * java -Xmx1g -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     cn.zhaoshang.desk.search.SearchRebuildMeasurement 200000 /tmp/some-empty-folder [keep]
 * </pre>
 */
public final class SearchRebuildMeasurement {
    private SearchRebuildMeasurement() {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        Path dir = Path.of(args[1]);
        DemoNames names = new DemoNames();
        if (!Files.exists(dir.resolve("zhaoshang.mv.db"))) {
            try (Services services = TestDatabases.open(DatabaseConfig.embedded(dir), dir)) {
                long t0 = System.nanoTime();
                int contacts = fill(services, names, n);
                System.out.printf("wrote %,d companies and %,d contacts in %,.0f ms%n", n, contacts,
                        (System.nanoTime() - t0) / 1e6);
            }
        }
        try (Services services = TestDatabases.open(DatabaseConfig.embedded(dir), dir)) {
            var threads = ManagementFactory.getThreadMXBean();
            for (int round = 0; round < 2; round++) {
                long t = System.nanoTime();
                long c = threads.getCurrentThreadCpuTime();
                services.search().rebuild(Progress.NONE);
                System.out.printf("rebuild from the tables: %,.0f ms wall, %,.0f ms cpu (this thread)%n",
                        (System.nanoTime() - t) / 1e6, (threads.getCurrentThreadCpuTime() - c) / 1e6);
            }
            for (String q : new String[] {"华润", "润", "hrxny", "huarun", "9144", "王芳"}) {
                long t = System.nanoTime();
                int hits = services.search().search(q, 20).size();
                System.out.printf("  %-8s %d hits %.3f ms%n", q, hits, (System.nanoTime() - t) / 1e6);
            }
        } finally {
            if (args.length < 3 || !args[2].equals("keep")) {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    private static int fill(Services services, DemoNames names, int n) throws Exception {
        int contacts = 0;
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = services.database().connection();
             PreparedStatement company = c.prepareStatement("insert into company (id, created_at, updated_at, version, "
                     + "uscc, name, normalized_name, short_name, pursuit_status) values (?, ?, ?, 0, ?, ?, ?, ?, 'NEW')");
             PreparedStatement contact = c.prepareStatement("insert into contact (id, created_at, updated_at, version, "
                     + "company_id, name) values (?, ?, ?, 0, ?, ?)")) {
            c.setAutoCommit(false);
            for (int i = 0; i < n; i++) {
                CompanySearchEntry e = SearchIndexMeasurement.entry(names, new Random(20261126L + i), i);
                UUID id = UUID.randomUUID();
                company.setObject(1, id);
                company.setTimestamp(2, now);
                company.setTimestamp(3, now);
                company.setString(4, e.uscc());
                company.setString(5, e.name());
                company.setString(6, CompanyNames.normalize(e.name()));
                company.setString(7, e.shortName());
                company.addBatch();
                for (String name : e.contactNames()) {
                    contact.setObject(1, UUID.randomUUID());
                    contact.setTimestamp(2, now);
                    contact.setTimestamp(3, now);
                    contact.setObject(4, id);
                    contact.setString(5, name);
                    contact.addBatch();
                    contacts++;
                }
                if (i % 5_000 == 4_999 || i == n - 1) {
                    company.executeBatch();
                    contact.executeBatch();
                    c.commit();
                }
            }
        }
        return contacts;
    }
}
