package cn.zhaoshang.desk.task.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.task.StageDeadlineJob;
import cn.zhaoshang.desk.task.TaskReminders.Digest;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReminderTextsTest {
    private final ReminderTexts texts = new ReminderTexts(new TaskTexts(TestDatabases.chinese()));

    @Test
    void theFirstReminderSumsUp() {
        assertThat(texts.describe(new Digest(true, 3, 2, List.of(), List.of()))).isEqualTo("你有 3 项任务已逾期，2 项今天到期。");
        assertThat(texts.describe(new Digest(true, 0, 1, List.of(), List.of()))).isEqualTo("你有 1 项任务今天到期。");
        assertThat(texts.describe(new Digest(true, 0, 0, List.of(), List.of()))).isNull();
        assertThat(texts.describe(new Digest(true, 1, 0, List.of(), List.of(), 2, List.of())))
                .isEqualTo("你有 1 项任务已逾期。\n有 2 项逾期事项已升级给你督办。");
        assertThat(texts.describe(new Digest(true, 0, 0, List.of(), List.of(), 1, List.of())))
                .isEqualTo("有 1 项逾期事项已升级给你督办。");
    }

    @Test
    void laterRemindersNameWhatChangedAndCountTheRest() {
        String text = texts.describe(new Digest(false, 5, 1, List.of("回访华润"), List.of("报送进展", "约见企业", "整理名单", "寄送材料")));
        assertThat(text).isEqualTo("已逾期（4 项）：报送进展、约见企业、整理名单 等\n今天到期（1 项）：回访华润");
        assertThat(texts.describe(new Digest(false, 5, 1, List.of(), List.of()))).isNull();
        assertThat(texts.describe(new Digest(false, 0, 0, List.of(), List.of(), 3, List.of("用地指标"))))
                .isEqualTo("升级督办给你（1 项）：用地指标");
    }

    @Test
    void newSupervisionItemsFromTheStageClockAreAnnounced() {
        assertThat(texts.describe(new StageDeadlineJob.Result(12, 12))).isEqualTo("已为 12 个超出阶段时限的项目生成督办任务。");
        assertThat(texts.describe(new StageDeadlineJob.Result(0, 0))).isNull();
    }
}
