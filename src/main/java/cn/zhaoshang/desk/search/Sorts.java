package cn.zhaoshang.desk.search;

/** Sorting of primitive arrays the JDK does not offer: ints by a comparator, long keys with int values. */
final class Sorts {
    private Sorts() {
    }

    @FunctionalInterface
    interface IntComparator {
        int compare(int a, int b);
    }

    /** A stable merge sort of {@code a[0..n)} by {@code cmp}. */
    static void sort(int[] a, int n, IntComparator cmp) {
        sort(a, 0, n, cmp);
    }

    /** A stable merge sort of {@code a[from..to)} by {@code cmp}. */
    static void sort(int[] a, int from, int to, IntComparator cmp) {
        for (int lo = from; lo < to; lo += RUN) {
            insertionSort(a, lo, Math.min(lo + RUN, to), cmp);
        }
        int[] buffer = null;
        for (int width = RUN; width < to - from; width *= 2) {
            if (buffer == null) {
                buffer = new int[to - from];
            }
            for (int lo = from; lo < to - width; lo += 2 * width) {
                merge(a, buffer, from, lo, lo + width, Math.min(lo + 2 * width, to), cmp);
            }
        }
    }

    private static final int RUN = 32;

    private static void insertionSort(int[] a, int lo, int hi, IntComparator cmp) {
        for (int i = lo + 1; i < hi; i++) {
            int x = a[i];
            int j = i - 1;
            while (j >= lo && cmp.compare(a[j], x) > 0) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }

    /** Merges a[lo..mid) and a[mid..hi); {@code buffer[i - base]} mirrors {@code a[i]}. */
    private static void merge(int[] a, int[] buffer, int base, int lo, int mid, int hi, IntComparator cmp) {
        if (cmp.compare(a[mid - 1], a[mid]) <= 0) {
            return;
        }
        System.arraycopy(a, lo, buffer, lo - base, hi - lo);
        int i = lo;
        int j = mid;
        for (int k = lo; k < hi; k++) {
            if (i < mid && (j >= hi || cmp.compare(buffer[i - base], buffer[j - base]) <= 0)) {
                a[k] = buffer[i++ - base];
            } else {
                a[k] = buffer[j++ - base];
            }
        }
    }

    /** Sorts {@code keys[0..n)} ascending (signed) and moves {@code values} along. */
    static void sort(long[] keys, int[] values, int n) {
        quickSort(keys, values, 0, n - 1);
    }

    private static void quickSort(long[] keys, int[] values, int lo, int hi) {
        while (hi - lo > 16) {
            long pivot = median(keys[lo], keys[(lo + hi) >>> 1], keys[hi]);
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (keys[i] < pivot) {
                    i++;
                }
                while (keys[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    swap(keys, values, i++, j--);
                }
            }
            if (j - lo < hi - i) {
                quickSort(keys, values, lo, j);
                lo = i;
            } else {
                quickSort(keys, values, i, hi);
                hi = j;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            for (int j = i; j > lo && keys[j - 1] > keys[j]; j--) {
                swap(keys, values, j - 1, j);
            }
        }
    }

    private static long median(long a, long b, long c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }

    private static void swap(long[] keys, int[] values, int i, int j) {
        long k = keys[i];
        keys[i] = keys[j];
        keys[j] = k;
        int v = values[i];
        values[i] = values[j];
        values[j] = v;
    }
}
