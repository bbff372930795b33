package cn.zhaoshang.desk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.exchange.OfficeFiles;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `import` as a new user runs it on the files an office has: registry exports, a dry run first, bad files. */
class ImportCommandTest {
    @TempDir
    Path dir;

    private static Cli.Result run(String... args) {
        return Cli.run(args);
    }

    private String data() {
        return dir.resolve("db").toString();
    }

    @Test
    void aThreeHundredRowRegistryExportComesInWithoutAMapping() throws Exception {
        Path file = OfficeFiles.registryXlsx(dir.resolve("企查查导出.xlsx"), 300);

        Cli.Result imported = run("--data-dir", data(), "import", "companies", file.toString());

        assertThat(imported.code()).as(imported.err()).isZero();
        // Every row with a name and a valid or empty code: 300 less the wrong check digit, the code
        // Excel turned into a number and the row without a name; the 合计 and 注 rows are skipped.
        assertThat(imported.out().lines().findFirst().orElseThrow())
                .startsWith("imported " + OfficeFiles.importableRegistryRows(300) + ", updated 0, skipped 2, rejected 3");
        assertThat(imported.out()).contains("企查查导出.xlsx.rejected.csv").contains("企查查导出.xlsx.warnings.csv");
        assertThat(run("--data-dir", data(), "info").out()).containsPattern("company\\s+297\\b");
    }

    @Test
    void aDryRunShowsTheMappingWithUnitsTheCountsAndTheFirstReasonsAndWritesNothing() throws Exception {
        Path file = OfficeFiles.registryCsv(dir.resolve("export.csv"), 80, OfficeFiles.gbk(), false);

        Cli.Result dry = run("--data-dir", data(), "import", "companies", file.toString(), "--dry-run");

        assertThat(dry.code()).as(dry.err()).isZero();
        assertThat(dry.out()).startsWith("imported 78, updated 0, skipped 2, rejected 2")
                .contains("列对应：", "  序号 → （不导入）", "  登记状态 → 登记状态", "  注册资本 → 注册资本（按万元读）",
                        "  所属区县 → 所属区县", "  更多电话 → 更多电话")
                .contains("第 55 行：统一社会信用代码：校验位不正确")
                .contains("（预演：以上为将会发生的情况，未写入任何数据，也未生成文件）");
        assertThat(dir.resolve("export.csv.rejected.csv")).doesNotExist();
        String info = run("--data-dir", data(), "info").out();
        assertThat(info).containsPattern("company\\s+0\\b").containsPattern("import_run\\s+0\\b");

        Path ledger = OfficeFiles.csv(dir.resolve("projects.csv"), List.of(
                List.of("项目名称", "投资额(亿元)", "合同金额(万元)", "项目阶段"),
                List.of("储备项目", "2", "", "储备")), OfficeFiles.utf8(), true);
        assertThat(run("--data-dir", data(), "import", "projects", ledger.toString(), "--dry-run").out())
                .contains("  投资额(亿元) → 计划投资（按亿元读）", "  合同金额(万元) → 合同金额（按万元读）");
    }

    @Test
    void aWorkbookLibreOfficeWroteIsReadLikeExcels() throws Exception {
        // Made by `soffice --headless --convert-to xlsx` from the 20-row registry export (see OfficeFiles).
        Path file = dir.resolve("libreoffice.xlsx");
        try (InputStream in = ImportCommandTest.class.getResourceAsStream("/exchange/registry-libreoffice.xlsx")) {
            Files.copy(in, file);
        }

        Cli.Result imported = run("--data-dir", data(), "import", "companies", file.toString());

        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).startsWith("imported 20, updated 0, skipped 2, rejected 0");
        assertThat(run("--data-dir", data(), "search", "华润新能源").out()).contains("华润新能源（北京）有限公司");
    }

    @Test
    void badFilesExitNonZeroEachWithOneTrueLineAndRecordNothing() throws Exception {
        Files.createDirectories(dir.resolve("exports"));
        Cli.Result folder = run("--data-dir", data(), "import", "companies", dir.resolve("exports").toString());
        assertThat(folder.code()).isEqualTo(1);
        assertThat(folder.err().strip().lines().toList()).hasSize(1).first().asString().contains("是一个文件夹");

        Path headers = dir.resolve("headers.csv");
        Files.writeString(headers, "统一社会信用代码,企业名称\n");
        Cli.Result empty = run("--data-dir", data(), "import", "companies", headers.toString());
        assertThat(empty.code()).isEqualTo(1);
        assertThat(empty.err().strip()).isEqualTo("文件 headers.csv 在表头下没有数据行，没有可导入的内容。未写入任何数据。");

        Path bomb = dir.resolve("bomb.xlsx");
        try (OutputStream out = Files.newOutputStream(bomb)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("Sheet1");
            ws.value(0, 0, "企业名称");
            ws.value(1, 0, "A".repeat(3_000_000));
            wb.finish();
        }
        assertThat(Files.size(bomb)).as("a small file").isLessThan(100_000);
        Cli.Result refused = run("--data-dir", data(), "import", "companies", bomb.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err().strip().lines().toList()).hasSize(1).first().asString()
                .contains("有一个单元格的文字超过 1 MB");
        assertThat(run("--data-dir", data(), "info").out()).containsPattern("import_run\\s+0\\b");
    }
}
