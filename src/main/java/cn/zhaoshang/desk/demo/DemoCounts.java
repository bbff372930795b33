package cn.zhaoshang.desk.demo;

import java.util.LinkedHashMap;
import java.util.Map;

/** How many rows the demo generator wrote, per table. */
public final class DemoCounts {
    private final Map<String, Long> counts = new LinkedHashMap<>();

    public void add(String table, long n) {
        counts.merge(table, n, Long::sum);
    }

    public long get(String table) {
        return counts.getOrDefault(table, 0L);
    }

    public Map<String, Long> asMap() {
        return Map.copyOf(counts).isEmpty() ? Map.of() : new LinkedHashMap<>(counts);
    }
}
