package cn.zhaoshang.desk.task.ui;

import static cn.zhaoshang.desk.task.TaskFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.common.db.StaleRecordException;
import cn.zhaoshang.desk.common.pick.Choice;
import cn.zhaoshang.desk.task.LinkedRecord;
import cn.zhaoshang.desk.task.SupervisionLevel;
import cn.zhaoshang.desk.task.Task;
import cn.zhaoshang.desk.task.TaskPriority;
import cn.zhaoshang.desk.task.TaskQuery;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaskEditorViewModelTest {
    @TempDir
    Path dir;
    private TaskViewModelFixture fx;
    private final List<Task> saved = new ArrayList<>();

    @BeforeEach
    void open() {
        fx = new TaskViewModelFixture(dir);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private TaskEditorViewModel newTask() {
        return TaskEditorViewModel.forNew(fx.services.tasks(), fx.runner, fx.texts, fx.errors::add,
                fx.services.tasks().draftForMe());
    }

    @Test
    void aNewTaskStartsAsMineInMyTeamDueInAWeek() {
        TaskEditorViewModel model = newTask();
        model.loadChoices();
        assertThat(model.assigneeProperty().get()).isEqualTo(new Choice(fx.f.me, "张伟"));
        assertThat(model.teamProperty().get().name()).isEqualTo("北京驻地招商小分队");
        assertThat(model.dueOnProperty().get()).isEqualTo(TODAY.plusDays(7));
        assertThat(model.people()).extracting(Choice::name).contains("张伟", "李娜");
    }

    @Test
    void choosingAnAssigneeFillsInTheirTeam() {
        UUID shanghai = fx.f.team("上海驻地招商小分队", "上海");
        UUID wang = fx.f.person("王芳");
        fx.f.member(shanghai, wang);
        TaskEditorViewModel model = newTask();
        model.loadChoices();

        model.assigneeProperty().set(new Choice(wang, "王芳"));

        assertThat(model.teamProperty().get()).isNotNull();
        assertThat(model.teamProperty().get().id()).isEqualTo(shanghai);
    }

    @Test
    void problemsAreShownBesideTheirFieldsAndNothingIsSaved() {
        TaskEditorViewModel model = newTask();
        model.titleProperty().set("  ");
        model.supervisedProperty().set(true);
        model.reportEveryDaysProperty().set(400);
        model.save(saved::add);
        assertThat(model.problems()).containsEntry("title", "请填写任务标题。")
                .containsEntry("reportEveryDays", "汇报周期应为 1 到 366 天。");
        assertThat(saved).isEmpty();
        assertThat(fx.services.taskLists().count(TaskQuery.open())).isZero();
    }

    @Test
    void savingANewSupervisedTaskLinkedToACompany() {
        UUID company = fx.f.company("华润新能源（郑州）有限公司", fx.f.team, fx.f.me);
        TaskEditorViewModel model = newTask();
        model.titleProperty().set("协调总部基地用地");
        model.priorityProperty().set(TaskPriority.HIGH);
        model.link(new LinkedRecord(LinkedRecord.Kind.COMPANY, company, "华润新能源（郑州）有限公司"));
        model.supervisedProperty().set(true);
        model.levelProperty().set(SupervisionLevel.DISTRICT);
        model.reportEveryDaysProperty().set(14);
        model.save(saved::add);
        assertThat(model.problems()).isEmpty();
        assertThat(saved).singleElement().satisfies(t -> {
            assertThat(t.companyName()).isEqualTo("华润新能源（郑州）有限公司");
            assertThat(t.supervisionLevel()).isEqualTo(SupervisionLevel.DISTRICT);
            assertThat(t.reportEveryDays()).isEqualTo(14);
            assertThat(t.priority()).isEqualTo(TaskPriority.HIGH);
        });
    }

    @Test
    void turningSupervisionOffDropsItsSettings() {
        TaskEditorViewModel model = newTask();
        model.titleProperty().set("普通任务");
        model.supervisedProperty().set(true);
        model.supervisedProperty().set(false);
        model.save(saved::add);
        assertThat(saved.get(0).isSupervised()).isFalse();
        assertThat(saved.get(0).reportEveryDays()).isNull();
    }

    @Test
    void anEditOfAStaleCopyIsRefused() {
        Task task = fx.f.task("初稿", TODAY);
        TaskEditorViewModel model = TaskEditorViewModel.forEdit(fx.services.tasks(), fx.runner, fx.texts, fx.errors::add, task);
        fx.services.tasks().reschedule(task.id(), task.version(), TODAY.plusDays(3));
        model.titleProperty().set("改过的标题");
        model.save(saved::add);
        assertThat(saved).isEmpty();
        assertThat(fx.errors).singleElement().isInstanceOf(StaleRecordException.class);
        assertThat(fx.services.tasks().get(task.id()).title()).isEqualTo("初稿");
        assertThat(model.busyProperty().get()).isFalse();
    }
}
