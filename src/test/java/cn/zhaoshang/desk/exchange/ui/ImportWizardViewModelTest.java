package cn.zhaoshang.desk.exchange.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.background.ImmediateTaskRunner;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.company.PursuitStatus;
import cn.zhaoshang.desk.exchange.ExportFormat;
import cn.zhaoshang.desk.exchange.ImportEntity;
import cn.zhaoshang.desk.exchange.ImportField;
import cn.zhaoshang.desk.exchange.OfficeFiles;
import cn.zhaoshang.desk.testing.ScriptedDialogs;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wizard's and the export form's logic without a window. */
class ImportWizardViewModelTest {
    @TempDir
    Path dir;
    private Services services;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @AfterEach
    void close() {
        if (services != null) {
            services.close();
        }
    }

    private ImportWizardViewModel wizard() {
        return new ImportWizardViewModel(services.imports(), new ImmediateTaskRunner(), dialogs, services.messages());
    }

    @Test
    void aFileWithoutTheRequiredColumnCannotGoOnUntilItIsMappedAndTheMappingIsSaved() throws Exception {
        services = TestDatabases.open(Engine.H2, dir);
        Path file = dir.resolve("odd.csv");
        Files.writeString(file, "甲列,乙列\n某某科技有限公司,张三\n");
        ImportWizardViewModel model = wizard();
        var canGoOn = model.canGoOn();
        assertThat(canGoOn.get()).isFalse();

        model.file().set(file.toString());
        model.next();
        assertThat(model.step().get()).isEqualTo(ImportWizardViewModel.MAP);
        assertThat(model.missingFields()).isEqualTo("企业名称");
        assertThat(canGoOn.get()).isFalse();

        model.map(0, ImportField.COMPANY_NAME);
        model.map(1, ImportField.LEGAL_REP);
        assertThat(canGoOn.get()).isTrue();
        model.mappingName().set("某局名单");
        model.saveMapping();
        assertThat(model.savedMappings()).extracting(m -> m.name()).containsExactly("某局名单");
        assertThat(model.notice().get()).isEqualTo("已保存列对应“某局名单”");

        model.next();
        assertThat(model.preview().get().rows()).hasSize(1);
        model.next();
        assertThat(model.step().get()).isEqualTo(ImportWizardViewModel.RUN);
        model.finished(model.importJob().run(Progress.NONE));
        assertThat(model.summary().get().countsLine()).isEqualTo("imported 1, updated 0, skipped 0, rejected 0");

        model.reset();
        model.file().set(file.toString());
        model.next();
        model.applySaved(model.savedMappings().get(0));
        assertThat(model.mapping().get().fieldAt(0)).isEqualTo(ImportField.COMPANY_NAME);
        assertThat(model.entity().get()).isEqualTo(ImportEntity.COMPANIES);
    }

    @Test
    void aLedgerIsMappedWithItsUnitsAndPreviewedWithItsProblemsBeforeAnythingIsWritten() throws Exception {
        services = TestDatabases.open(Engine.H2, dir);
        Path ledger = OfficeFiles.ledgerXlsx(dir.resolve("台账.xlsx"));
        ImportWizardViewModel model = wizard();
        model.entity().set(ImportEntity.PROJECTS);
        model.file().set(ledger.toString());

        model.next();

        assertThat(model.mapping().get().fieldAt(5)).isEqualTo(ImportField.PLANNED_INVESTMENT);
        assertThat(model.columnNote(5)).as("投资额(亿元)").isEqualTo("按亿元读");
        assertThat(model.columnNote(6)).as("合同金额（万元）").isEqualTo("按万元读");
        assertThat(model.columnNote(1)).isEmpty();
        assertThat(model.missingFields()).isEmpty();

        model.next();

        var preview = model.preview().get();
        assertThat(preview.rows()).hasSize(10);
        assertThat(model.previewHeader(5)).isEqualTo("投资额(亿元)\n→ 计划投资（按亿元读）");
        assertThat(model.previewSummary()).startsWith("前 10 行：2 行将被拒绝（红色），0 行有内容未导入（黄色），2 行是合计或说明行");
        assertThat(preview.rows().get(6).allProblems()).containsExactly("合同金额：请填写合同金额。");
        assertThat(preview.rows().get(6).cellProblems().get(6)).as("beside the 合同金额 column").isNotNull();
        assertThat(preview.rows().get(8).skipped()).as("合计 with =SUM").isTrue();
        assertThat(Double.parseDouble(preview.rows().get(8).cells().get(5))).as("the cached sum")
                .isCloseTo(36.7, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(model.previewRows()).hasSize(10);
        model.onlyProblems().set(true);
        assertThat(model.previewRows()).extracting(r -> r.line()).containsExactly(10L, 11L, 12L, 13L);
        assertThat(services.database().dsl().fetchValue("select count(*) from project")).isEqualTo(0L);
    }

    @Test
    void aMappingChangedOnceIsRememberedForTheNextFileWithTheSameHeaders() throws Exception {
        services = TestDatabases.open(Engine.H2, dir);
        Path may = dir.resolve("五月.csv");
        Files.writeString(may, "代码,公司,老板\n,甲科技有限公司,张三\n");
        ImportWizardViewModel model = wizard();
        model.file().set(may.toString());
        model.next();
        model.map(1, ImportField.COMPANY_NAME);
        model.map(2, ImportField.LEGAL_REP);
        model.next();
        model.next();
        model.finished(model.importJob().run(Progress.NONE));

        Path june = dir.resolve("六月.csv");
        Files.writeString(june, "老板,公司,代码\n李四,乙科技有限公司,\n");
        ImportWizardViewModel next = wizard();
        next.file().set(june.toString());
        next.next();

        assertThat(next.mapping().get().fieldAt(0)).isEqualTo(ImportField.LEGAL_REP);
        assertThat(next.mapping().get().fieldAt(1)).isEqualTo(ImportField.COMPANY_NAME);
        assertThat(next.canGoOn().get()).as("no clicks needed").isTrue();
        assertThat(next.savedMappings()).extracting(m -> m.name()).containsExactly("五月.csv");
    }

    @Test
    void anUnreadableFileShowsAMessageAndStaysOnTheFirstStep() {
        services = TestDatabases.open(Engine.H2, dir);
        ImportWizardViewModel model = wizard();
        model.file().set(dir.resolve("nope.csv").toString());

        model.next();

        assertThat(model.step().get()).isEqualTo(ImportWizardViewModel.PICK);
        assertThat(model.error().get()).startsWith("找不到文件");
    }

    @Test
    void theExportFormTurnsItsPickersIntoAFilterAndAddsTheExtension() {
        services = TestDatabases.open(Engine.H2, dir);
        ExportViewModel model = new ExportViewModel(services.exports(), new ImmediateTaskRunner(), dialogs, services.messages());
        model.setIndustryCodes(services.companies().industries());
        model.industries().setAll("I", "27");
        model.division().set("410100");
        model.statuses().setAll(PursuitStatus.FOLLOWING);
        model.name().set("科技");
        model.file().set(dir.resolve("通讯录").toString());
        model.format().set(ExportFormat.CSV);

        assertThat(model.filter().toText()).as("a section is its divisions; a city is its code's prefix")
                .isEqualTo("industry=63|64|65|27,division=4101,status=FOLLOWING,name=科技");
        assertThat(model.target().getFileName().toString()).isEqualTo("通讯录.csv");
        assertThat(model.mask().get()).as("masked unless the user unticks it").isTrue();
        model.count();
        assertThat(model.countText().get()).isEqualTo("符合条件的联系人：0 位");
        model.division().set("110000");
        assertThat(model.filter().divisions()).as("a province").containsExactly("11");
    }

    @Test
    void browsingOffersTheTablesTheWizardReadsAndACancelKeepsTheTypedFile() {
        services = TestDatabases.open(Engine.H2, dir);
        ImportWizardViewModel model = wizard();
        Path chosen = dir.resolve("名单.xlsx");

        dialogs.choose(chosen);
        model.browse();
        assertThat(model.file().get()).isEqualTo(chosen.toAbsolutePath().toString());
        assertThat(dialogs.offeredTypes()).singleElement().satisfies(types -> assertThat(types).singleElement()
                .satisfies(t -> assertThat(t.extensions()).containsExactly("xlsx", "csv", "txt", "tsv")));

        dialogs.cancelChoice();
        model.browse();
        assertThat(model.file().get()).isEqualTo(chosen.toAbsolutePath().toString());
    }

    @Test
    void theExportFormSuggestsAFileNameInTheChosenFormat() {
        services = TestDatabases.open(Engine.H2, dir);
        ExportViewModel model = new ExportViewModel(services.exports(), new ImmediateTaskRunner(), dialogs, services.messages());
        model.format().set(ExportFormat.CSV);
        Path chosen = dir.resolve("本周通讯录.csv");

        dialogs.choose(chosen);
        model.browse();

        assertThat(dialogs.suggestedNames()).containsExactly("通讯录.csv");
        assertThat(dialogs.offeredTypes().getFirst()).extracting(t -> t.extensions()).containsExactly(List.of("csv"));
        assertThat(model.file().get()).isEqualTo(chosen.toAbsolutePath().toString());
    }
}
