package cn.zhaoshang.desk.exchange.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.background.ImmediateTaskRunner;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.exchange.ExportFormat;
import cn.zhaoshang.desk.exchange.ImportEntity;
import cn.zhaoshang.desk.exchange.ImportField;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wizard's and the export form's logic without a window. */
class ImportWizardViewModelTest {
    @TempDir
    Path dir;
    private Services services;

    @AfterEach
    void close() {
        if (services != null) {
            services.close();
        }
    }

    @Test
    void aFileWithoutTheRequiredColumnCannotGoOnUntilItIsMappedAndTheMappingIsSaved() throws Exception {
        services = TestDatabases.open(Engine.H2, dir);
        Path file = dir.resolve("odd.csv");
        Files.writeString(file, "甲列,乙列\n某某科技有限公司,张三\n");
        ImportWizardViewModel model = new ImportWizardViewModel(services.imports(), new ImmediateTaskRunner(), services.messages());
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
        model.finished(model.importJob().run(cn.zhaoshang.desk.common.background.Progress.NONE));
        assertThat(model.summary().get().countsLine()).isEqualTo("imported 1, updated 0, skipped 0, rejected 0");

        model.reset();
        model.file().set(file.toString());
        model.next();
        model.applySaved(model.savedMappings().get(0));
        assertThat(model.mapping().get().fieldAt(0)).isEqualTo(ImportField.COMPANY_NAME);
        assertThat(model.entity().get()).isEqualTo(ImportEntity.COMPANIES);
    }

    @Test
    void anUnreadableFileShowsAMessageAndStaysOnTheFirstStep() {
        services = TestDatabases.open(Engine.H2, dir);
        ImportWizardViewModel model = new ImportWizardViewModel(services.imports(), new ImmediateTaskRunner(), services.messages());
        model.file().set(dir.resolve("nope.csv").toString());

        model.next();

        assertThat(model.step().get()).isEqualTo(ImportWizardViewModel.PICK);
        assertThat(model.error().get()).startsWith("找不到文件");
    }

    @Test
    void theExportFormTurnsItsFieldsIntoAFilterAndAddsTheExtension() {
        services = TestDatabases.open(Engine.H2, dir);
        ExportViewModel model = new ExportViewModel(services.exports(), new ImmediateTaskRunner(), services.messages());
        model.industry().set("65,64");
        model.status().set("跟进中");
        model.name().set("科技");
        model.file().set(dir.resolve("通讯录").toString());
        model.format().set(ExportFormat.CSV);

        assertThat(model.filter().toText()).isEqualTo("industry=65|64,status=FOLLOWING,name=科技");
        assertThat(model.target().getFileName().toString()).isEqualTo("通讯录.csv");
        assertThat(model.mask().get()).as("masked unless the user unticks it").isTrue();
        model.count();
        assertThat(model.countText().get()).isEqualTo("符合条件的联系人：0 位");
        model.status().set("外星");
        model.count();
        assertThat(model.error().get()).contains("外星");
    }
}
