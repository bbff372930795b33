package cn.zhaoshang.desk.task.ui;

import static cn.zhaoshang.desk.task.TaskFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.common.pick.Choice;
import cn.zhaoshang.desk.task.LinkedRecord;
import cn.zhaoshang.desk.task.SupervisionFilter;
import cn.zhaoshang.desk.task.SupervisionLevel;
import cn.zhaoshang.desk.task.Task;
import cn.zhaoshang.desk.task.TaskDraft;
import cn.zhaoshang.desk.task.TaskRow;
import cn.zhaoshang.desk.task.TaskStatus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaskListViewModelTest {
    @TempDir
    Path dir;
    private TaskViewModelFixture fx;

    @BeforeEach
    void open() {
        fx = new TaskViewModelFixture(dir);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private TaskListViewModel list(TaskListViewModel.Preset preset) {
        TaskListViewModel model = new TaskListViewModel(fx.services.tasks(), fx.services.taskLists(), fx.runner, fx.texts,
                fx.errors::add, preset);
        model.start();
        return model;
    }

    @Test
    void theListReadsPageByPageAndCountsEverything() {
        for (int i = 0; i < TaskListViewModel.PAGE + 30; i++) {
            fx.f.task("任务" + i, TODAY.plusDays(i % 40));
        }
        TaskListViewModel model = list(TaskListViewModel.Preset.ALL);
        assertThat(model.rows()).hasSize(TaskListViewModel.PAGE);
        assertThat(model.totalProperty().get()).isEqualTo(TaskListViewModel.PAGE + 30);
        assertThat(model.hasMoreProperty().get()).isTrue();

        model.loadMore();
        assertThat(model.rows()).hasSize(TaskListViewModel.PAGE + 30);
        assertThat(model.rows().stream().map(r -> r.task().id()).distinct()).hasSize(TaskListViewModel.PAGE + 30);
        assertThat(model.hasMoreProperty().get()).isFalse();
    }

    @Test
    void aRefreshAfterOthersChangedRereadsAsManyRowsAsAreShownThroughThePlaceKeeper() {
        List<Task> made = new ArrayList<>();
        for (int i = 0; i < TaskListViewModel.PAGE + 30; i++) {
            made.add(fx.f.task("任务" + i, TODAY.plusDays(i % 40)));
        }
        TaskListViewModel model = list(TaskListViewModel.Preset.ALL);
        model.loadMore();
        var started = made.get(TaskListViewModel.PAGE + 10);   // someone else starts a task far down the list
        fx.services.tasks().start(started.id(), started.version());
        List<Integer> placed = new ArrayList<>();

        model.refreshLoaded(replace -> {
            replace.run();
            placed.add(model.rows().size());
        });

        assertThat(placed).containsExactly(TaskListViewModel.PAGE + 30);
        assertThat(model.rows()).filteredOn(r -> r.task().id().equals(started.id()))
                .singleElement().satisfies(r -> assertThat(r.task().status()).isEqualTo(TaskStatus.IN_PROGRESS));
        assertThat(model.totalProperty().get()).isEqualTo(TaskListViewModel.PAGE + 30);
    }

    @Test
    void theTeamListStartsOnMyTeam() {
        UUID other = fx.f.team("上海驻地招商小分队", "上海");
        fx.f.task("本队的", TODAY);
        fx.services.tasks().create(TaskDraft.blank().withTitle("上海队的").withAssignee(fx.f.colleague, other).withDueOn(TODAY));
        TaskListViewModel model = list(TaskListViewModel.Preset.TEAM);
        assertThat(model.teamProperty().get().name()).isEqualTo("北京驻地招商小分队");
        assertThat(titles(model)).containsExactly("本队的");
    }

    @Test
    void theSupervisionListShowsOnlySupervisedItemsWithTheirState() {
        fx.f.task("普通任务", TODAY);
        fx.services.tasks().create(TaskDraft.blank().withTitle("区级督办").withAssignee(fx.f.me, fx.f.team)
                .withDueOn(TODAY.plusDays(20)).withSupervision(SupervisionLevel.DISTRICT, 7, null));
        TaskListViewModel model = list(TaskListViewModel.Preset.SUPERVISION);
        assertThat(model.supervisionProperty().get()).isEqualTo(SupervisionFilter.SUPERVISED);
        assertThat(model.rows()).singleElement().satisfies(r -> {
            assertThat(r.task().title()).isEqualTo("区级督办");
            assertThat(r.supervision()).isNotNull();
        });
    }

    @Test
    void everyFilterChangeReadsAgainAndClearingRestoresThePreset() {
        UUID company = fx.f.company("郑州智造有限公司", fx.f.team, fx.f.me);
        fx.f.task("逾期", TODAY.minusDays(1));
        fx.services.tasks().create(fx.services.tasks().draftForCompany(company).withTitle("企业的"));
        fx.services.tasks().create(TaskDraft.blank().withTitle("同事的").withAssignee(fx.f.colleague, fx.f.team).withDueOn(TODAY));
        TaskListViewModel model = list(TaskListViewModel.Preset.ALL);
        assertThat(model.totalProperty().get()).isEqualTo(3);

        model.assigneeProperty().set(new Choice(fx.f.colleague, "李娜"));
        assertThat(titles(model)).containsExactly("同事的");
        model.assigneeProperty().set(null);
        model.overdueOnlyProperty().set(true);
        assertThat(titles(model)).containsExactly("逾期");
        model.overdueOnlyProperty().set(false);
        model.linkedProperty().set(new LinkedRecord(LinkedRecord.Kind.COMPANY, company, "郑州智造有限公司"));
        assertThat(titles(model)).containsExactly("企业的");
        assertThat(model.totalProperty().get()).isEqualTo(1);

        model.clearFilters();
        assertThat(model.totalProperty().get()).isEqualTo(3);
        assertThat(model.statuses()).containsExactlyInAnyOrder(TaskStatus.OPEN, TaskStatus.IN_PROGRESS);
    }

    @Test
    void doneTasksAppearWhenTheirStatusIsChosen() {
        var task = fx.f.task("已办结", TODAY);
        fx.services.tasks().complete(task.id(), task.version(), null);
        TaskListViewModel model = list(TaskListViewModel.Preset.ALL);
        assertThat(model.rows()).isEmpty();
        model.statuses().add(TaskStatus.DONE);
        assertThat(titles(model)).containsExactly("已办结");
    }

    private static List<String> titles(TaskListViewModel model) {
        return model.rows().stream().map(TaskRow::task).map(t -> t.title()).toList();
    }
}
