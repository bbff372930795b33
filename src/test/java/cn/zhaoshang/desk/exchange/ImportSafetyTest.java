package cn.zhaoshang.desk.exchange;

import static cn.zhaoshang.desk.exchange.ExchangeFiles.uscc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.background.CancelledException;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** All or nothing: cancelled, failing and unusable imports leave the database as it was; undo takes one back. */
class ImportSafetyTest {
    @TempDir
    Path dir;
    private Services services;

    @AfterEach
    void close() {
        if (services != null) {
            services.close();
        }
    }

    private int count(String sql, Object... args) {
        return ((Number) services.database().dsl().fetchValue(sql, args)).intValue();
    }

    private ImportSummary run(Path file, ImportEntity entity, DuplicatePolicy policy, Progress progress) {
        return services.imports().run(new ImportRequest(file, entity, null, policy, services.messages()), progress);
    }

    /** Cancels once the importer has written at least one chunk. */
    private static Progress cancelAfterFirstChunk() {
        return new Progress() {
            long seen;
            @Override public void update(long done, long total) { seen = done; }
            @Override public void step(String key, Object... args) { }
            @Override public boolean isCancelled() { return seen > 0; }
        };
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aCancelledImportLeavesNoRowNoRunAndNoRejectedFile(Engine engine) throws Exception {
        services = TestDatabases.open(engine, dir);
        Path file = ExchangeFiles.companies(dir.resolve("big.csv"), ImportService.CHUNK * 3, 1);
        Files.writeString(file, "bad,,,,\n", StandardOpenOption.APPEND);

        assertThatThrownBy(() -> run(file, ImportEntity.COMPANIES, DuplicatePolicy.SKIP, cancelAfterFirstChunk()))
                .isInstanceOf(CancelledException.class);

        assertThat(count("select count(*) from company")).isZero();
        assertThat(count("select count(*) from import_run")).isZero();
        assertThat(count("select count(*) from audit_log where import_id is not null")).isZero();
        assertThat(dir.resolve("big.csv.rejected.csv")).doesNotExist();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void anImportThatFailsHalfWayLeavesNothing(Engine engine) throws Exception {
        services = TestDatabases.open(engine, dir);
        Path file = ExchangeFiles.companies(dir.resolve("broken.csv"), ImportService.CHUNK + 10, 1);
        // An unclosed quote after the first chunk: the parser fails once rows were already written.
        Files.writeString(file, uscc(999_999) + ",\"未闭合的引号科技有限公司,张三,1,2020-01-01\n",
                StandardOpenOption.APPEND);

        assertThatThrownBy(() -> run(file, ImportEntity.COMPANIES, DuplicatePolicy.SKIP, Progress.NONE))
                .isInstanceOf(DeskException.class)
                .satisfies(e -> assertThat(services.messages().describe(e)).contains("broken.csv").contains("未写入任何数据"));

        assertThat(count("select count(*) from company")).isZero();
        assertThat(count("select count(*) from import_run")).isZero();
    }

    @Test
    void aFileWithoutUsableColumnsIsRefusedWithAClearMessage() throws Exception {
        services = TestDatabases.open(Engine.H2, dir);
        Path file = ExchangeFiles.utf8(dir.resolve("x.csv"), "序号,颜色\n1,红\n2,绿\n");

        assertThatThrownBy(() -> run(file, ImportEntity.COMPANIES, DuplicatePolicy.SKIP, Progress.NONE))
                .isInstanceOf(DeskException.class)
                .satisfies(e -> assertThat(services.messages().describe(e)).isEqualTo(
                        "文件中没有可用的列：缺少 企业名称。请检查表头，或用列对应（--mapping）指定。未写入任何数据。"));
        assertThat(count("select count(*) from import_run")).isZero();
        assertThatThrownBy(() -> run(ExchangeFiles.utf8(dir.resolve("y.pdf"), "%PDF"), ImportEntity.COMPANIES,
                DuplicatePolicy.SKIP, Progress.NONE)).satisfies(e -> assertThat(services.messages().describe(e))
                .contains("无法识别文件 y.pdf 的格式"));
        Files.write(dir.resolve("old.xls"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0});
        assertThatThrownBy(() -> run(dir.resolve("old.xls"), ImportEntity.COMPANIES, DuplicatePolicy.SKIP, Progress.NONE))
                .satisfies(e -> assertThat(services.messages().describe(e)).contains("另存为 .xlsx"));
        assertThatThrownBy(() -> run(dir.resolve("missing.csv"), ImportEntity.COMPANIES, DuplicatePolicy.SKIP,
                Progress.NONE)).satisfies(e -> assertThat(services.messages().describe(e)).contains("找不到文件"));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void anImportIsUndoneAsAWholeAndUpdatedRowsGetTheirValuesBack(Engine engine) throws Exception {
        services = TestDatabases.open(engine, dir);
        run(ExchangeFiles.utf8(dir.resolve("a.csv"), "信用代码,企业名称,法定代表人,注册资本,标签\n"
                + uscc(1) + ",甲科技有限公司,张三,100,老客户\n" + uscc(2) + ",乙科技有限公司,李四,200,\n"),
                ImportEntity.COMPANIES, DuplicatePolicy.SKIP, Progress.NONE);
        ImportSummary second = run(ExchangeFiles.utf8(dir.resolve("b.csv"),
                "信用代码,企业名称,法定代表人,注册资本,标签,联系人,手机\n"
                        + uscc(1) + ",甲科技有限公司,张三丰,150,重点,周一,13900001111\n"
                        + uscc(2) + ",乙科技有限公司,李四,200,,,\n"
                        + uscc(3) + ",丙科技有限公司,王五,1,,吴二,13900002222\n"),
                ImportEntity.COMPANIES, DuplicatePolicy.UPDATE, Progress.NONE);
        assertThat(second.countsLine()).isEqualTo("imported 1, updated 1, skipped 1, rejected 0");
        // Someone edits company 2 after the import? No: it was not changed by the import. Edit 1's contact only.

        UndoSummary undone = services.imports().undo(second.importId(), Progress.NONE);

        assertThat(undone).isEqualTo(new UndoSummary(3, 1, 0));  // 丙 + two contacts to the trash; 甲 restored
        assertThat(count("select count(*) from company where deleted_at is null")).isEqualTo(2);
        var first = services.database().dsl().fetchOne("select * from company where uscc = ?", uscc(1));
        assertThat(first.get("legal_rep", String.class)).isEqualTo("张三");
        assertThat(first.get("registered_capital", BigDecimal.class)).isEqualByComparingTo("100");
        assertThat(services.database().dsl().fetch("select tag from company_tag where company_id = ?", first.get("id"))
                .getValues(0, String.class)).containsExactly("老客户");
        assertThat(count("select count(*) from contact where deleted_at is null")).isZero();
        assertThat(count("select count(*) from import_run where undone_at is not null")).isEqualTo(1);
        assertThat(count("select count(*) from audit_log where action = 'UNDO' and import_id = ?", second.importId()))
                .isEqualTo(2);
        assertThatThrownBy(() -> services.imports().undo(second.importId(), Progress.NONE))
                .satisfies(e -> assertThat(((DeskException) e).key()).isEqualTo("exchange.error.alreadyUndone"));
    }

    @Test
    void undoLeavesARowThatWasChangedAfterTheImport() throws Exception {
        services = TestDatabases.open(Engine.H2, dir);
        run(ExchangeFiles.companies(dir.resolve("a.csv"), 2, 1), ImportEntity.COMPANIES, DuplicatePolicy.SKIP,
                Progress.NONE);
        ImportSummary update = run(ExchangeFiles.utf8(dir.resolve("b.csv"), "信用代码,企业名称,法定代表人\n"
                + uscc(1) + ",测试1科技有限公司,新人甲\n" + uscc(2) + ",测试2科技有限公司,新人乙\n"),
                ImportEntity.COMPANIES, DuplicatePolicy.UPDATE, Progress.NONE);
        services.database().dsl().execute("update company set legal_rep = '手改', version = version + 1 where uscc = ?", uscc(2));

        UndoSummary undone = services.imports().undo(update.importId(), Progress.NONE);

        assertThat(undone).isEqualTo(new UndoSummary(0, 1, 1));
        assertThat(services.database().dsl().fetchValue("select legal_rep from company where uscc = ?", uscc(1)))
                .isEqualTo("张1");
        assertThat(services.database().dsl().fetchValue("select legal_rep from company where uscc = ?", uscc(2)))
                .isEqualTo("手改");
    }

    @Test
    void badFilesAreRefusedEachWithItsOwnTrueMessageAndRecordNothing() throws Exception {
        services = TestDatabases.open(Engine.H2, dir);
        Files.createDirectories(dir.resolve("导出"));
        assertThat(refusal(dir.resolve("导出"))).contains("是一个文件夹，不是文件");

        byte[] utf8 = "企业名称,法定代表人\n甲科技有限公司,张三\n".getBytes(StandardCharsets.UTF_8);
        byte[] gbk = "乙科技有限公司,李四\n丙科技有限公司,王五\n".getBytes(Charset.forName("GBK"));
        Path mixed = dir.resolve("mixed.csv");
        Files.write(mixed, ByteBuffer.allocate(utf8.length + gbk.length).put(utf8).put(gbk).array());
        assertThat(refusal(mixed)).as("not 'company name missing'").contains("第 3 行起编码不一致");

        assertThat(refusal(ExchangeFiles.utf8(dir.resolve("headers.csv"), "统一社会信用代码,企业名称,法定代表人\n")))
                .isEqualTo("文件 headers.csv 在表头下没有数据行，没有可导入的内容。未写入任何数据。");
        assertThat(refusal(ExchangeFiles.utf8(dir.resolve("totals.csv"), "企业名称,注册资本\n合计,0\n注：无\n")))
                .contains("没有数据行");
        assertThat(count("select count(*) from import_run")).isZero();
        assertThat(count("select count(*) from audit_log where action = 'IMPORT' and table_name = 'company'")).isZero();
    }

    private String refusal(Path file) {
        try {
            run(file, ImportEntity.COMPANIES, DuplicatePolicy.SKIP, Progress.NONE);
        } catch (DeskException e) {
            return services.messages().describe(e);
        }
        throw new AssertionError(file + " was imported");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void undoLeavesCreatedRowsThatWereEditedOrUpdatedLaterAndSaysHowMany(Engine engine) throws Exception {
        services = TestDatabases.open(engine, dir);
        ImportSummary first = run(ExchangeFiles.companies(dir.resolve("a.csv"), 3, 1), ImportEntity.COMPANIES,
                DuplicatePolicy.SKIP, Progress.NONE);
        var edited = services.companies().findByUscc(uscc(1)).orElseThrow();
        services.companies().update(edited.id(), edited.version(), edited.data().toBuilder().notes("已电话联系").build());
        run(ExchangeFiles.utf8(dir.resolve("b.csv"), "信用代码,企业名称,法定代表人\n" + uscc(2) + ",测试2科技有限公司,新法人\n"),
                ImportEntity.COMPANIES, DuplicatePolicy.UPDATE, Progress.NONE);

        UndoSummary undone = services.imports().undo(first.importId(), Progress.NONE);

        assertThat(undone).isEqualTo(new UndoSummary(1, 0, 2));
        assertThat(count("select count(*) from company where deleted_at is null")).isEqualTo(2);
        assertThat(services.database().dsl().fetchValue("select deleted_at from company where uscc = ?", uscc(3))).isNotNull();
        assertThat(services.messages().get("exchange.cli.undone", undone.removed(), undone.restored(),
                undone.keptChangedSince())).isEqualTo("已撤销：移入回收站 1 条，恢复原值 0 条，导入后已被修改而保留 2 条");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aDryRunCountsWhatWouldHappenAndWritesNothing(Engine engine) throws Exception {
        services = TestDatabases.open(engine, dir);
        Path file = OfficeFiles.registryCsv(dir.resolve("r.csv"), 80, OfficeFiles.gbk(), false);

        ImportSummary dry = services.imports().run(new ImportRequest(file, ImportEntity.COMPANIES, null,
                DuplicatePolicy.SKIP, services.messages(), true), Progress.NONE);

        assertThat(dry.dryRun()).isTrue();
        assertThat(dry.imported()).isEqualTo(OfficeFiles.importableRegistryRows(80));
        assertThat(dry.rejected()).isEqualTo(2);
        assertThat(dry.firstReasons()).hasSizeLessThanOrEqualTo(10).first().asString().startsWith("第 55 行");
        assertThat(count("select count(*) from company")).isZero();
        assertThat(count("select count(*) from import_run")).isZero();
        assertThat(count("select count(*) from audit_log where action = 'IMPORT' and table_name = 'company'")).isZero();
        assertThat(dir.resolve("r.csv.rejected.csv")).doesNotExist();
        assertThat(dir.resolve("r.csv.warnings.csv")).doesNotExist();
        ImportSummary real = run(file, ImportEntity.COMPANIES, DuplicatePolicy.SKIP, Progress.NONE);
        assertThat(real.countsLine()).isEqualTo(dry.countsLine());
    }
}
