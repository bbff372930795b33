package cn.zhaoshang.desk.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Reads JavaFX state on the FX thread. A wait condition that streams a table's items from the test
 * thread races the FX thread replacing them (ConcurrentModificationException under load).
 */
public final class OnFx {
    private OnFx() {
    }

    public static <T> T read(Supplier<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read::get).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A condition for {@code WaitForAsyncUtils.waitFor} evaluated on the FX thread. */
    public static Callable<Boolean> condition(Supplier<Boolean> test) {
        return () -> read(test);
    }
}
