package cn.zhaoshang.desk.task.ui;

import static cn.zhaoshang.desk.task.TaskFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.security.Role;
import cn.zhaoshang.desk.task.DueBucket;
import cn.zhaoshang.desk.task.Task;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MyTasksViewModelTest {
    @TempDir
    Path dir;
    private TaskViewModelFixture fx;
    private MyTasksViewModel model;

    @BeforeEach
    void open() {
        fx = new TaskViewModelFixture(dir);
        model = new MyTasksViewModel(fx.services.tasks(), fx.services.taskLists(), fx.runner, fx.texts, fx.errors::add);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private String describe(MyTasksViewModel.Item item) {
        return switch (item) {
            case MyTasksViewModel.Header h -> "# " + h.bucket() + " " + h.count();
            case MyTasksViewModel.TaskItem t -> t.row().task().title();
            case MyTasksViewModel.More m -> "+" + m.hidden();
            case MyTasksViewModel.StepHeader s -> "# steps " + s.count();
            case MyTasksViewModel.StepItem s -> "> " + s.step().nextStep();
        };
    }

    @Test
    void theListReadsSectionBySectionWithNextStepsLast() {
        fx.f.task("逾期的", TODAY.minusDays(2));
        fx.f.task("今天的", TODAY);
        fx.f.task("下周的", TODAY.plusDays(10));
        fx.f.visit(fx.f.company("北京智芯科技有限公司", fx.f.team, fx.f.me), "寄送政策汇编", TODAY.plusDays(1));
        model.refresh();
        assertThat(model.items()).map(this::describe).containsExactly(
                "# OVERDUE 1", "逾期的", "# TODAY 1", "今天的", "# LATER 1", "下周的", "# steps 1", "> 寄送政策汇编");
        assertThat(model.currentProperty().get().count(DueBucket.THIS_WEEK)).isZero();
    }

    @Test
    void makingATaskOfANextStepMovesItIntoItsSectionAndSelectsIt() {
        UUID visit = fx.f.visit(fx.f.company("上海云图数据有限公司", fx.f.team, fx.f.me), "约定考察时间", TODAY.plusDays(3));
        model.refresh();
        var step = ((MyTasksViewModel.StepItem) model.items().get(1)).step();
        assertThat(step.interactionId()).isEqualTo(visit);

        model.makeTask(step);

        assertThat(model.items()).map(this::describe).containsExactly("# THIS_WEEK 1", "约定考察时间");
        UUID made = model.toSelectProperty().get();
        Task task = fx.services.tasks().get(made);
        assertThat(task.interactionId()).isEqualTo(visit);
        assertThat(model.indexOf(made)).isEqualTo(1);
    }

    @Test
    void withoutALinkedPersonTheListIsEmptyAndSaysWhy() {
        fx.services.users().signIn(TestDatabases.asSystem(fx.services).users().create("admin", "管理员", Role.ADMIN, null));
        fx.f.task("别人的", TODAY);
        model.refresh();
        assertThat(model.items()).isEmpty();
        assertThat(model.currentProperty().get().linked()).isFalse();
    }
}
