package cn.zhaoshang.desk.history.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.company.Company;
import cn.zhaoshang.desk.company.CompanyData;
import cn.zhaoshang.desk.history.HistoryLine;
import cn.zhaoshang.desk.history.TrashItem;
import cn.zhaoshang.desk.testing.ViewModelFixture;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The history screen's logic without a window: the filtered change log and the trash's confirmed purge. */
class HistoryViewModelTest {
    @RegisterExtension
    final ViewModelFixture fixture = new ViewModelFixture();

    private HistoryViewModel model;

    @BeforeEach
    void open() {
        model = new HistoryViewModel(fixture.services().history(), fixture.tasks(), fixture.dialogs(),
                fixture.services().messages());
    }

    private Company trashed(String name) {
        Company company = fixture.services().companies().create(CompanyData.named(name).build());
        fixture.services().companies().delete(company.id(), company.version());
        return company;
    }

    @Test
    void theChangeLogShowsWhatItsFilterSelects() {
        trashed("郑州博研科技有限公司");
        model.loadTables();
        assertThat(model.tables()).first().isEqualTo("");
        assertThat(model.tables()).contains("company");

        model.table().set("company");
        model.loadChanges(false);
        assertThat(model.changes()).extracting(HistoryLine::action).contains("新建", "删除");
        assertThat(model.changes()).extracting(HistoryLine::record).contains("企业 郑州博研科技有限公司")
                .allSatisfy(record -> assertThat(record).startsWith("企业 "));
        int shown = model.changes().size();
        model.loadChanges(true);
        assertThat(model.changes()).as("nothing is older than the first page").hasSize(shown);

        model.user().set("nobody");
        model.loadChanges(false);
        assertThat(model.changes()).isEmpty();
        assertThat(fixture.dialogs().errors()).isEmpty();
    }

    @Test
    void purgingAsksFirstAndANoKeepsTheRecordInTheTrash() {
        trashed("郑州博研科技有限公司");
        model.loadTrash();
        List<TrashItem> chosen = List.copyOf(model.trash());
        assertThat(chosen).extracting(TrashItem::label).containsExactly("郑州博研科技有限公司");

        model.purge(List.of());
        fixture.dialogs().answer(false);
        model.purge(chosen);
        assertThat(fixture.dialogs().questions()).containsExactly("彻底删除选中的 1 条记录？此操作无法撤销。");
        assertThat(fixture.services().history().trash()).hasSize(1);
        assertThat(fixture.dialogs().notices()).isEmpty();

        fixture.dialogs().answer(true);
        model.purge(chosen);
        assertThat(fixture.services().history().trash()).isEmpty();
        assertThat(model.trash()).isEmpty();
        assertThat(fixture.dialogs().notices()).containsExactly("已彻底删除 1 条；0 条仍被其他记录引用，保留在回收站。");
        assertThat(fixture.dialogs().errors()).isEmpty();
    }

    @Test
    void restoringBringsTheRecordBackAndSaysHowMany() {
        Company company = trashed("郑州博研科技有限公司");
        assertThat(fixture.services().companies().find(company.id())).isEmpty();
        model.loadTrash();

        model.restore(model.trash());

        assertThat(model.trash()).isEmpty();
        assertThat(fixture.services().companies().find(company.id())).isPresent();
        assertThat(fixture.dialogs().notices()).containsExactly("已恢复 1 条记录。");
        assertThat(fixture.dialogs().questions()).as("a restore can be undone by deleting again: no question").isEmpty();
    }
}
