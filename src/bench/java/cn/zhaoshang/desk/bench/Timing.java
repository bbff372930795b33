package cn.zhaoshang.desk.bench;

import java.util.Arrays;
import java.util.concurrent.Callable;

/**
 * Wall-clock measurements: a few warm-up runs (thrown away: JIT, caches), then the median of the
 * measured runs. Medians rather than means because the machine is shared and one slow run says
 * more about a neighbour than about us.
 */
public final class Timing {
    private Timing() {
    }

    /** Milliseconds of one run of {@code work}. */
    public static double once(Callable<?> work) {
        long start = System.nanoTime();
        try {
            work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return (System.nanoTime() - start) / 1e6;
    }

    /** Median milliseconds of {@code runs} runs after {@code warmups} unmeasured ones. */
    public static double median(int warmups, int runs, Callable<?> work) {
        return median(warmups, runs, () -> null, work);
    }

    /** Like {@link #median(int, int, Callable)}, with {@code before} run untimed before every run. */
    public static double median(int warmups, int runs, Callable<?> before, Callable<?> work) {
        for (int i = 0; i < warmups; i++) {
            once(before);
            once(work);
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            once(before);
            times[i] = once(work);
        }
        return percentile(times, 50);
    }

    /** The p-th percentile (nearest rank) of the samples; 0 for none. */
    public static double percentile(double[] samples, double p) {
        if (samples.length == 0) {
            return 0;
        }
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.clamp(rank - 1, 0, sorted.length - 1)];
    }

    /** Rounds for the report: three significant decimals below 10, one above. */
    public static double round(double ms) {
        double scale = Math.abs(ms) < 10 ? 1000 : 10;
        return Math.round(ms * scale) / scale;
    }
}
