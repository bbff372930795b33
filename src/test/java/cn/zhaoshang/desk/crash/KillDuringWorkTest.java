package cn.zhaoshang.desk.crash;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.db.DatabaseConfig;
import cn.zhaoshang.desk.common.db.IntegrityCheck;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.text.Uscc;
import cn.zhaoshang.desk.testing.AfterKill;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The promise that no crash half-applies a write, tested the hard way: a child JVM imports, merges
 * (an import that updates every company), generates demo data or restores a backup, and is killed
 * (SIGKILL) at a random moment of it. The next open must find the file whole (every index agrees with
 * its table) and the data as it was before the work or as it is after the whole work — never between.
 * CI runs {@value #CI_KILLS} kills per kind of work; more by hand with {@code -Dzhaoshang.kills=N}.
 */
class KillDuringWorkTest {
    static final int DEMO_COMPANIES = 1_500;
    private static final int CI_KILLS = 2;
    private static final int KILLS = Integer.getInteger("zhaoshang.kills", CI_KILLS);
    private static final int IMPORT_ROWS = 6_000;
    private static final int BASE_COMPANIES = 200;
    private static final Random RANDOM = new Random(Long.getLong("zhaoshang.killSeed", System.nanoTime()));

    @TempDir
    static Path work;
    private static Path base;
    /** The counts before any work: what "none of it" looks like. */
    private static Map<String, Long> none;

    @BeforeAll
    static void prepare() throws IOException {
        base = work.resolve("base");
        List<String> codes = new ArrayList<>();
        try (Services s = TestDatabases.open(DatabaseConfig.embedded(base), base)) {
            s.demoData().generate(BASE_COMPANIES, 1, Progress.NONE);
            s.database().dsl().fetch("select uscc, name from company").forEach(r -> codes.add(r.get(0) + "," + r.get(1)));
        }
        StringBuilder imports = new StringBuilder("统一社会信用代码,企业名称,法定代表人\n");
        for (int i = 0; i < IMPORT_ROWS; i++) {
            String first17 = "91410100" + String.format("%09d", 500_000 + i);
            imports.append(first17).append(Uscc.checkChar(first17)).append(",导入").append(i).append("科技有限公司,李").append(i % 50).append('\n');
        }
        Files.writeString(work.resolve("import.csv"), imports);
        StringBuilder merge = new StringBuilder("统一社会信用代码,企业名称,法定代表人\n");
        codes.forEach(c -> merge.append(c).append(",合并后\n"));
        Files.writeString(work.resolve("merge.csv"), merge);
        Path other = work.resolve("other");
        try (Services s = TestDatabases.open(DatabaseConfig.embedded(other), other)) {
            s.demoData().generate(120, 2, Progress.NONE);
            s.backups().backupTo(work.resolve("restore.zip"));
        }
        none = counts(copyOfBase("none"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"import", "merge", "demo", "restore"})
    void aKillAtAnyMomentLeavesAllOrNoneOfTheWork(String kind) throws Exception {
        Path whole = copyOfBase(kind + "-all");
        Child full = Child.start(kind, whole, fileFor(kind));
        full.awaitLine("go");
        long started = System.nanoTime();
        full.awaitLine("done");
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertThat(full.process.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(full.process.exitValue()).as(full.output()).isZero();
        Map<String, Long> all = counts(whole);
        assertThat(all).as("the work changes something").isNotEqualTo(none);

        int killedMidway = 0;
        int endedNone = 0;
        for (int k = 0; k < KILLS; k++) {
            Path dir = copyOfBase(kind + "-" + k);
            Child child = Child.start(kind, dir, fileFor(kind));
            child.awaitLine("go");
            Thread.sleep(RANDOM.nextLong(Math.max(1, millis)));
            boolean alive = child.process.isAlive();
            child.process.destroyForcibly().waitFor();
            killedMidway += alive ? 1 : 0;
            Map<String, Long> after = countsAfterKill(dir, kind);
            if (after == null) {
                refusedAndRestored++;
                continue;
            }
            assertThat(after).as("%s killed after %s: all or none", kind, alive ? "a while" : "the end").isIn(none, all);
            endedNone += after.equals(none) ? 1 : 0;
        }
        System.out.printf("kill test %s: work %d ms, %d kills, %d while working (%d ended as before, %d as after,"
                + " %d refused as damaged and restored from the backup before the work), all-or-none held%n",
                kind, millis, KILLS, killedMidway, endedNone, KILLS - endedNone - refusedAndRestored, refusedAndRestored);
    }

    private int refusedAndRestored;

    /**
     * The counts the next open finds, or null when it refused the file as damaged. H2 can still tear a
     * large commit that a kill cuts (decisions 0147, 0148: rare, and more often on a loaded machine); the check
     * after a crash then refuses the file, and the way back the app offers is the automatic backup made
     * just before the work — which must hold exactly the state before it. (Demo data into this demo base
     * makes no backup: a refused demo database is generated again.)
     */
    private Map<String, Long> countsAfterKill(Path dir, String kind) throws IOException {
        try {
            return counts(dir);
        } catch (DeskException refused) {
            AfterKill.assertRefusedAsDamaged(refused);
            if (kind.equals("demo")) {
                // The base is a demo database: more demo data into it makes no backup (nothing real to
                // protect); refused, it is generated again.
                return null;
            }
            Path restored = AfterKill.restoreNewestBackup(dir, work.resolve(dir.getFileName() + "-restored"));
            Map<String, Long> before = new LinkedHashMap<>(none);
            before.merge("audit_log", 1L, Long::sum); // the restore records itself in the restored database
            assertThat(counts(restored)).as("the backup before the work holds the state before it").isEqualTo(before);
            return null;
        }
    }

    private static Path fileFor(String kind) {
        return switch (kind) {
            case "import" -> work.resolve("import.csv");
            case "merge" -> work.resolve("merge.csv");
            case "restore" -> work.resolve("restore.zip");
            default -> null;
        };
    }

    /** Opens the folder as the app does (check after a crash, sweep), checks every index, counts. */
    private static Map<String, Long> counts(Path dir) {
        try (Services s = TestDatabases.open(DatabaseConfig.embedded(dir), dir)) {
            assertThat(IntegrityCheck.run(s.database())).as("indexes agree with their tables").isEmpty();
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String table : List.of("company", "contact", "company_tag", "project", "interaction", "task", "person",
                    "app_user", "import_run", "audit_log")) {
                counts.put(table, count(s, "select count(*) from " + table));
            }
            counts.put("live companies", count(s, "select count(*) from company where deleted_at is null"));
            counts.put("merged", count(s, "select count(*) from company where legal_rep = '合并后'"));
            counts.put("versions", count(s, "select coalesce(sum(version), 0) from company"));
            return counts;
        }
    }

    private static long count(Services s, String sql) {
        return ((Number) s.database().dsl().fetchValue(sql)).longValue();
    }

    private static Path copyOfBase(String name) throws IOException {
        Path target = work.resolve(name);
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(base)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, target.resolve(f.getFileName()));
            }
        }
        return target;
    }

    /** The child JVM running {@link KilledWorkMain}. */
    private record Child(Process process, BufferedReader out, StringBuilder seen) {
        static Child start(String kind, Path dir, Path file) throws IOException {
            String java = ProcessHandle.current().info().command().orElse("java");
            List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                    KilledWorkMain.class.getName(), kind, dir.toString()));
            if (file != null) {
                command.add(file.toString());
            }
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            return new Child(p, new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)),
                    new StringBuilder());
        }

        void awaitLine(String expected) throws IOException {
            String line;
            while ((line = out.readLine()) != null && !line.equals(expected)) {
                seen.append(line).append('\n');
            }
            assertThat(line).as("the child said " + expected + ": " + seen).isEqualTo(expected);
        }

        String output() throws IOException {
            out.lines().forEach(l -> seen.append(l).append('\n'));
            return seen.toString();
        }
    }
}
