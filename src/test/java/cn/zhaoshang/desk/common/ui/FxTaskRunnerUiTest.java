package cn.zhaoshang.desk.common.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.testing.TestDatabases;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.concurrent.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** Background jobs after the window closed: a late refresh is dropped, not thrown at the FX thread. */
class FxTaskRunnerUiTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aJobAskedForAfterCloseIsDroppedQuietlyAndOneBeforeRunsToTheEnd() throws Exception {
        FxTaskRunner runner = new FxTaskRunner(TestDatabases.chinese());
        CountDownLatch done = new CountDownLatch(1);
        runner.run("before", progress -> 42, value -> done.countDown(), failure -> { });
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        runner.close();

        AtomicBoolean anyCallback = new AtomicBoolean();
        Task<Integer> late = runner.start("late", progress -> 7, value -> anyCallback.set(true), failure -> anyCallback.set(true));

        Thread.sleep(300);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(late.isRunning()).isFalse();
        assertThat(late.isDone()).isFalse();
        assertThat(anyCallback).isFalse();
        assertThat(runner.running()).isEmpty();
    }
}
