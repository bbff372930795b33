package cn.zhaoshang.desk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.db.DatabaseConfig;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.text.Uscc;
import cn.zhaoshang.desk.exchange.ImportService;
import cn.zhaoshang.desk.testing.AfterKill;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import and export commands as a script would use them, and an import killed half-way. */
class ExchangeCommandTest {
    @TempDir
    Path dir;

    private static Cli.Result run(String... args) {
        return Cli.run(args);
    }

    private static String uscc(int n) {
        String first17 = "91410100" + String.format("%09d", n);
        return first17 + Uscc.checkChar(first17);
    }

    private Path companies(String name, int n) throws Exception {
        Path file = dir.resolve(name);
        try (var out = Files.newBufferedWriter(file)) {
            out.write("统一社会信用代码,企业名称,法定代表人,注册资本,成立日期,联系人,手机\n");
            for (int i = 1; i <= n; i++) {
                out.write(uscc(i) + ",测试" + i + "科技有限公司,张" + (i % 50) + "," + (i % 1000) + ",2020-01-01,王"
                        + (i % 30) + ",138" + String.format("%08d", i) + "\n");
            }
        }
        return file;
    }

    @Test
    void importPrintsTheCountsWritesRejectsAndExportWritesALoggedList() throws Exception {
        Path file = companies("list.csv", 5);
        Files.writeString(file, "123,坏代码有限公司,,,,,\n", StandardOpenOption.APPEND);
        String data = dir.resolve("db").toString();

        Cli.Result imported = run("--data-dir", data, "import", "companies", file.toString(), "--on-duplicate", "update");

        assertThat(imported.code()).isZero();
        assertThat(imported.out().lines().findFirst()).hasValue("imported 5, updated 0, skipped 0, rejected 1");
        assertThat(imported.out()).contains("list.csv.rejected.csv");
        assertThat(dir.resolve("list.csv.rejected.csv")).exists();

        Path mapping = dir.resolve("mapping.json");
        Files.writeString(mapping, "{\"columns\": {\"代码\": \"COMPANY_USCC\", \"公司\": \"COMPANY_NAME\", \"老板\": \"LEGAL_REP\"}}");
        Path odd = dir.resolve("odd.csv");
        Files.writeString(odd, "代码,公司,老板\n" + uscc(1) + ",测试1科技有限公司,新老板\n");
        Cli.Result mapped = run("--data-dir", data, "import", "companies", odd.toString(), "--mapping", mapping.toString(),
                "--on-duplicate", "update");
        assertThat(mapped.out()).startsWith("imported 0, updated 1, skipped 0, rejected 0");

        Path out = dir.resolve("contacts.csv");
        Cli.Result exported = run("--data-dir", data, "export", "contacts", out.toString(), "--mask", "--filter", "name=测试1");
        assertThat(exported.code()).isZero();
        assertThat(exported.out()).contains("已导出 1 位联系人");
        assertThat(Files.readString(out)).contains("138****0001");

        Cli.Result vcf = run("--data-dir", data, "export", "contacts", dir.resolve("c.vcf").toString(), "--format", "vcf");
        assertThat(vcf.out()).contains("已导出 5 位联系人");
    }

    @Test
    void anUnprocessableFileExitsNonZeroWithOneLocalisedLineAndWritesNothing() throws Exception {
        Path file = dir.resolve("nothing.csv");
        Files.writeString(file, "甲,乙\n1,2\n");
        String data = dir.resolve("db").toString();

        Cli.Result result = run("--data-dir", data, "import", "companies", file.toString());

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err().strip().lines().toList()).hasSize(1);
        assertThat(result.err()).contains("没有可用的列");
        assertThat(run("--data-dir", data, "info").out()).containsPattern("import_run\\s+0");
        assertThat(run("--data-dir", data, "import", "planets", file.toString()).err()).contains("不认识的导入类型");
        assertThat(run("--data-dir", data, "--lang", "en", "import", "companies", dir.resolve("none.xlsx").toString())
                .err()).contains("File not found");
    }

    @Test
    void aKilledImportLeavesNoPartialData() throws Exception {
        // The first progress line comes after the first of ten chunks: nine more (and the commit that ends the run)
        // still to go when the kill follows that line, where 300,000 rows only cost seconds to write and scan.
        Path file = companies("big.csv", 10 * ImportService.CHUNK);
        Path data = dir.resolve("db");
        String javaBin = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"),
                "cn.zhaoshang.desk.app.Main", "--data-dir", data.toString(), "import", "companies", file.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader err = new BufferedReader(new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            // The first progress line comes after the first chunk was written inside the transaction.
            while ((line = err.readLine()) != null && !line.startsWith("…")) {
                assertThat(child.isAlive()).as("import still running: " + line).isTrue();
            }
            assertThat(line).as("progress seen before the end").isNotNull();
            assertThat(child.isAlive()).as("still importing when killed").isTrue();
        }
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

        Path opened = data;
        try {
            TestDatabases.open(DatabaseConfig.embedded(data), data).close();
        } catch (DeskException refused) {
            // H2 tore the commit the kill cut (decisions 0141, 0148): refused, and the backup made before the
            // import is what the user is offered.
            AfterKill.assertRefusedAsDamaged(refused);
            opened = AfterKill.restoreNewestBackup(data, dir.resolve("restored"));
        }
        try (Services reopened = TestDatabases.open(DatabaseConfig.embedded(opened), opened)) {
            assertThat(reopened.databaseInfo().count("company")).isZero();
            assertThat(reopened.databaseInfo().count("contact")).isZero();
            assertThat(reopened.databaseInfo().count("import_run")).isZero();
        }
    }
}
