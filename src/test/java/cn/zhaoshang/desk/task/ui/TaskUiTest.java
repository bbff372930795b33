package cn.zhaoshang.desk.task.ui;

import static cn.zhaoshang.desk.task.TaskFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.config.LocalSettings;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.common.ui.Fonts;
import cn.zhaoshang.desk.common.ui.FxDialogService;
import cn.zhaoshang.desk.common.ui.FxTaskRunner;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.task.DueBucket;
import cn.zhaoshang.desk.task.Task;
import cn.zhaoshang.desk.task.TaskFixtures;
import cn.zhaoshang.desk.task.TaskQuery;
import cn.zhaoshang.desk.task.TaskSource;
import cn.zhaoshang.desk.task.TaskStatus;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The task screens driven like a user: the morning list, a visit's next step made a task, completing, creating. */
@ExtendWith(ApplicationExtension.class)
class TaskUiTest {
    @TempDir
    Path dir;
    private Services services;
    private TaskFixtures f;
    private FxTaskRunner tasks;
    private UUID visit;
    private Task overdue;

    @Start
    void start(Stage stage) {
        services = TestDatabases.open(Engine.H2, dir);
        f = new TaskFixtures(services);
        UUID company = f.company("北京智芯科技有限公司", f.team, f.me);
        visit = f.visit(company, "寄送中原区产业政策汇编并约定考察时间", TODAY.plusDays(2));
        overdue = f.task("报送本周走访企业清单", TODAY.minusDays(1));
        tasks = new FxTaskRunner(services.messages());
        FxDialogService dialogs = new FxDialogService(services.messages(), tasks);
        UiKit kit = new UiKit(services.messages(), dialogs, tasks, new LocalSettings(dir));
        TaskAreaView area = new TaskAreaView(kit, services.tasks(), services.taskLists(), services.session());
        Scene scene = new Scene(area.root(), 1280, 800);
        scene.getRoot().setStyle(Fonts.loadBundled());
        stage.setScene(scene);
        dialogs.setOwner(stage);
        stage.show();
    }

    @AfterEach
    void close() {
        tasks.close();
        services.close();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        // A list being rebuilt has no count label for a moment: that is "not yet", not a failure.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            try {
                return condition.getAsBoolean();
            } catch (org.testfx.service.query.EmptyNodeQueryException rebuilding) {
                return false;
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void aVisitsNextStepBecomesATaskInOneClickAndShowsInMyTasks(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#make-task-" + visit).tryQuery().isPresent());
        assertThat(text(robot, "#task-mine-count-THIS_WEEK")).isEqualTo("0");
        assertThat(text(robot, "#task-mine-count-steps")).isEqualTo("1");

        robot.clickOn("#make-task-" + visit);

        waitUntil(() -> robot.lookup("#make-task-" + visit).tryQuery().isEmpty()
                && text(robot, "#task-mine-count-THIS_WEEK").equals("1"));
        Task made = services.taskLists().page(TaskQuery.open(), null, 10).rows().stream().map(r -> r.task())
                .filter(t -> t.source() == TaskSource.VISIT).findFirst().orElseThrow();
        assertThat(made.interactionId()).isEqualTo(visit);
        assertThat(robot.lookup("#task-mine-item-" + made.id()).tryQuery()).isPresent();
        ListView<?> list = robot.lookup("#task-mine-list").queryAs(ListView.class);
        assertThat(list.getItems().get(list.getSelectionModel().getSelectedIndex() - 1))
                .isEqualTo(new MyTasksViewModel.Header(DueBucket.THIS_WEEK, 1));
        waitUntil(() -> robot.lookup("#task-detail-title").tryQuery().isPresent()
                && text(robot, "#task-detail-title").equals("寄送中原区产业政策汇编并约定考察时间"));
        assertThat(text(robot, "#task-detail-due")).contains("6月17日");
        assertThat(text(robot, "#task-mine-count-steps")).isEqualTo("0");
    }

    @Test
    void completingTheSelectedTaskTakesItOffMyList(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#task-detail-title").tryQuery().isPresent()
                && text(robot, "#task-detail-title").equals("报送本周走访企业清单"));
        assertThat(text(robot, "#task-detail-due")).contains("逾期 1 天");

        robot.clickOn("#task-action-complete");
        waitUntil(() -> robot.lookup("#task-note-input").tryQuery().isPresent());
        robot.clickOn("#task-note-input").write("已报送区商务局");
        robot.clickOn("#task-note-ok");

        waitUntil(() -> text(robot, "#task-mine-count-OVERDUE").equals("0"));
        Task done = services.taskLists().page(new TaskQuery(null, null, EnumSet.of(TaskStatus.DONE), false,
                null, null, null, null, null), null, 10).rows().get(0).task();
        assertThat(done.title()).isEqualTo("报送本周走访企业清单");
        assertThat(done.completionNote()).isEqualTo("已报送区商务局");
    }

    @Test
    void aNewTaskNeedsATitleAndThenAppearsInMyTasks(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#task-mine-count-LATER").tryQuery().isPresent());
        robot.clickOn("#task-new");
        waitUntil(() -> robot.lookup("#task-editor-save").tryQuery().isPresent());

        robot.clickOn("#task-editor-save");
        waitUntil(() -> text(robot, "#task-editor-error-title").equals("请填写任务标题。"));
        assertThat(services.taskLists().count(TaskQuery.open())).isEqualTo(1);

        robot.clickOn("#task-editor-title").write("邀请智芯科技来郑考察");
        robot.clickOn("#task-editor-save");

        waitUntil(() -> robot.lookup("#task-editor-save").tryQuery().isEmpty()
                && text(robot, "#task-mine-count-LATER").equals("1"));
        assertThat(services.taskLists().count(TaskQuery.open())).isEqualTo(2);
    }

    @Test
    void draggingATaskToAnotherDayInTheCalendarReschedulesIt(FxRobot robot) throws Exception {
        robot.clickOn("#task-tab-calendar");
        String entry = "#task-calendar-entry-" + overdue.id();
        waitUntil(() -> robot.lookup(entry).tryQuery().isPresent());
        assertThat(text(robot, "#task-calendar-title")).isEqualTo("2026年6月");

        robot.drag(entry).dropTo("#task-calendar-day-2026-06-18");

        waitUntil(() -> services.tasks().get(overdue.id()).dueOn().equals(TODAY.plusDays(3)));
        waitUntil(() -> robot.lookup("#task-calendar-day-2026-06-18 " + entry).tryQuery().isPresent());
        assertThat(services.tasks().get(overdue.id()).version()).isEqualTo(1);
    }
}
