package cn.zhaoshang.desk.exchange.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.company.ui.CompanyChoices;
import cn.zhaoshang.desk.exchange.ExportRecord;
import cn.zhaoshang.desk.exchange.ImportField;
import cn.zhaoshang.desk.exchange.ImportRun;
import cn.zhaoshang.desk.history.TrashItem;
import cn.zhaoshang.desk.security.Role;
import cn.zhaoshang.desk.testing.TestDatabases;
import cn.zhaoshang.desk.testing.ViewModelFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The exchange area's logic without a window: past imports with a confirmed undo, and who sees the export log. */
class ExchangeViewModelTest {
    @RegisterExtension
    final ViewModelFixture fixture = new ViewModelFixture();

    private ExchangeViewModel model() {
        return new ExchangeViewModel(fixture.services().imports(), fixture.services().exports(), fixture.services().companies(),
                fixture.tasks(), fixture.dialogs(), fixture.services().messages());
    }

    private void importOneCompany(ExchangeViewModel model, Path file) throws Exception {
        Files.writeString(file, "甲列,乙列\n郑州甲乙科技有限公司,张三\n");
        ImportWizardViewModel wizard = model.wizard();
        wizard.file().set(file.toString());
        wizard.next();
        wizard.map(0, ImportField.COMPANY_NAME);
        wizard.map(1, ImportField.LEGAL_REP);
        wizard.next();
        wizard.next();
        wizard.finished(wizard.importJob().run(Progress.NONE));
    }

    @Test
    void undoingAnImportAsksFirstAndThenTakesBackWhatItWrote() throws Exception {
        ExchangeViewModel model = model();
        importOneCompany(model, fixture.dir().resolve("名单.csv"));
        model.refreshRuns();
        ImportRun run = model.runs().getFirst();
        assertThat(run.fileName()).endsWith("名单.csv");
        assertThat(run.imported()).isEqualTo(1);

        fixture.dialogs().answer(false);
        model.undo(run);
        assertThat(fixture.dialogs().questions()).singleElement().asString()
                .startsWith("撤销导入“").endsWith("名单.csv”？它新建的 1 条记录将移入回收站，更新过的 0 条记录将恢复原值。");
        assertThat(model.runs().getFirst().isUndone()).isFalse();
        assertThat(fixture.services().history().trash()).isEmpty();

        fixture.dialogs().answer(true);
        model.undo(run);
        assertThat(fixture.dialogs().notices()).containsExactly("已撤销：移入回收站 1 条，恢复原值 0 条，导入后已被修改而保留 0 条");
        assertThat(model.runs().getFirst().isUndone()).isTrue();
        assertThat(fixture.services().history().trash()).extracting(TrashItem::label).containsExactly("郑州甲乙科技有限公司");
        assertThat(fixture.dialogs().errors()).isEmpty();
    }

    @Test
    void theExportLogListsExportsForThoseWhoMayReadItAndStaysEmptyForOthers() throws Exception {
        ExchangeViewModel model = model();
        List<CompanyChoices> choices = new ArrayList<>();
        model.loadChoices(choices::add);
        assertThat(choices.getFirst().teams()).isNotEmpty();
        ExportViewModel form = model.exportForm();
        form.file().set(fixture.dir().resolve("通讯录").toString());
        form.finished(form.exportJob().run(Progress.NONE));

        model.refreshLog();
        assertThat(model.log()).singleElement().extracting(ExportRecord::fileName).asString().endsWith("通讯录.xlsx");

        TestDatabases.signInAs(fixture.services(), "li", "李专员", Role.RECRUITER, null);
        ExchangeViewModel recruiters = model();
        recruiters.refreshLog();
        assertThat(recruiters.canReadLog()).isFalse();
        assertThat(recruiters.log()).isEmpty();
        assertThat(fixture.dialogs().errors()).isEmpty();
    }
}
