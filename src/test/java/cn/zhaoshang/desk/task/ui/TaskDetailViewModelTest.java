package cn.zhaoshang.desk.task.ui;

import static cn.zhaoshang.desk.task.TaskFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.common.db.StaleRecordException;
import cn.zhaoshang.desk.task.SupervisionLevel;
import cn.zhaoshang.desk.task.SupervisionState;
import cn.zhaoshang.desk.task.Task;
import cn.zhaoshang.desk.task.TaskDraft;
import cn.zhaoshang.desk.task.TaskStatus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaskDetailViewModelTest {
    @TempDir
    Path dir;
    private TaskViewModelFixture fx;
    private TaskDetailViewModel model;
    private final List<Task> changed = new ArrayList<>();

    @BeforeEach
    void open() {
        fx = new TaskViewModelFixture(dir);
        model = fx.detail();
        model.setOnChanged(changed::add);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void completingShowsTheTaskDoneAndTellsTheList() {
        Task task = fx.f.task("约见企业负责人", TODAY);
        model.show(task.id());
        model.complete("已约定下周来郑考察");
        Task shown = model.taskProperty().get();
        assertThat(shown.status()).isEqualTo(TaskStatus.DONE);
        assertThat(shown.completionNote()).isEqualTo("已约定下周来郑考察");
        assertThat(changed).extracting(Task::id).containsExactly(task.id());
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void aStaleRescheduleIsReportedAndTheStoredTaskIsShownAgain() {
        Task task = fx.f.task("报送项目进展", TODAY);
        model.show(task.id());
        fx.services.tasks().reschedule(task.id(), task.version(), TODAY.plusDays(9));   // someone else, meanwhile

        model.reschedule(TODAY.plusDays(2));

        assertThat(fx.errors).singleElement().isInstanceOf(StaleRecordException.class);
        assertThat(model.taskProperty().get().dueOn()).isEqualTo(TODAY.plusDays(9));
        assertThat(model.taskProperty().get().version()).isEqualTo(1);
        assertThat(changed).isEmpty();
    }

    @Test
    void aProgressReportIsFiledAndTurnsALaggingItemBackOnTrack() {
        Task task = fx.services.tasks().create(TaskDraft.blank().withTitle("推进总部基地签约").withAssignee(fx.f.me, fx.f.team)
                .withDueOn(TODAY.plusDays(30)).withSupervision(SupervisionLevel.DISTRICT, 7, TODAY.minusDays(8)));
        model.show(task.id());
        assertThat(model.supervisionProperty().get().state()).isEqualTo(SupervisionState.LAGGING);

        model.progressTextProperty().set("已完成尽调，拟下周签约");
        model.addProgress();

        assertThat(model.supervisionProperty().get().state()).isEqualTo(SupervisionState.ON_TRACK);
        assertThat(model.progressReports()).singleElement().satisfies(r -> {
            assertThat(r.progress()).isEqualTo("已完成尽调，拟下周签约");
            assertThat(r.reportedOn()).isEqualTo(TODAY);
        });
        assertThat(model.progressTextProperty().get()).isEmpty();
    }

    @Test
    void anEmptyOrFutureProgressReportIsRefusedBesideTheForm() {
        Task task = fx.services.tasks().create(TaskDraft.blank().withTitle("督办事项").withAssignee(fx.f.me, fx.f.team)
                .withSupervision(SupervisionLevel.BUREAU, 7, null));
        model.show(task.id());
        model.addProgress();
        assertThat(model.progressErrorProperty().get()).isEqualTo("请填写说明。");

        model.progressTextProperty().set("提前汇报");
        model.progressDateProperty().set(TODAY.plusDays(1));
        model.addProgress();
        assertThat(model.progressErrorProperty().get()).isEqualTo("汇报日期不能晚于今天。");
        assertThat(fx.errors).isEmpty();
        assertThat(model.progressReports()).isEmpty();
    }

    @Test
    void deletingEmptiesThePane() {
        Task task = fx.f.task("误建的任务", TODAY);
        model.show(task.id());
        model.delete();
        assertThat(model.taskProperty().get()).isNull();
        assertThat(changed).containsExactly((Task) null);
    }
}
