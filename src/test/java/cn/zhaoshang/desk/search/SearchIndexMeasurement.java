package cn.zhaoshang.desk.search;

import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.text.PinyinText;
import cn.zhaoshang.desk.common.text.Uscc;
import cn.zhaoshang.desk.demo.DemoNames;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A measurement to run by hand (not a test: no timing belongs in tests). Generates companies with
 * the demo generator's name material, builds the index, and prints build time, heap and query
 * latencies (p50/p95 per kind of query, hits' names included):
 *
 * <pre>
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx1g -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     cn.zhaoshang.desk.search.SearchIndexMeasurement 1000000
 * </pre>
 */
public final class SearchIndexMeasurement {
    private static final long SEED = 20261126L;
    private static final int LIMIT = 20;

    private SearchIndexMeasurement() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        DemoNames names = new DemoNames();
        PinyinText.full("华润新能源"); // the pinyin library's dictionaries belong to the app, not to the index
        Readings.inPair('华', '润');
        long heapBefore = usedHeap();
        CompanyIndex index = new CompanyIndex();
        long g0 = System.nanoTime();
        generate(names, Math.min(n, 100_000), e -> { });
        double generateMs = (System.nanoTime() - g0) / 1e6 * n / Math.min(n, 100_000);
        long t0 = System.nanoTime();
        long cpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        index.replaceAll(sink -> generate(names, n, sink), Progress.NONE);
        double buildMs = (System.nanoTime() - t0) / 1e6;
        double buildCpuMs = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0) / 1e6;
        long heapAfter = usedHeap();
        System.out.printf("companies            %,d (≈%,d contacts)%n", index.size(), n * 3L);
        System.out.printf("build                %,.0f ms wall, %,.0f ms cpu, of which generating the names ≈%,.0f ms%n",
                buildMs, buildCpuMs, generateMs);
        System.out.printf("heap of the index    %,.1f MB measured, %,.1f MB estimated%n",
                (heapAfter - heapBefore) / 1e6, index.estimatedBytes() / 1e6);
        index.memoryParts().forEach((part, bytes) -> System.out.printf("  %-32s %,8.1f MB%n", part, bytes / 1e6));

        Map<String, List<String>> queries = queries(names, n);
        measure(index, queries, rounds, "segment only");

        Random rnd = new Random(SEED + 1);
        int writes = CompanyIndex.TAIL_LIMIT - 96;
        List<CompanySearchEntry> written = new ArrayList<>();
        for (int i = 0; i < writes; i++) {
            written.add(entry(names, rnd, n + i));
        }
        long w0 = System.nanoTime();
        long wc0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        written.forEach(index::put);
        System.out.printf("%n%,d single writes: %.1f µs wall, %.1f µs cpu each%n", writes,
                (System.nanoTime() - w0) / 1e3 / writes,
                (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - wc0) / 1e3 / writes);
        measure(index, queries, rounds, "with a tail of " + writes + " documents");
        long c0 = System.nanoTime();
        long cc0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        index.compact();
        System.out.printf("%ncompaction of %,d companies: %,.0f ms wall, %,.0f ms cpu%n", index.size(),
                (System.nanoTime() - c0) / 1e6, (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cc0) / 1e6);
    }

    private static void measure(CompanyIndex index, Map<String, List<String>> queries, int rounds, String title) {
        for (int warm = 0; warm < 3; warm++) {
            queries.values().forEach(list -> list.forEach(q -> index.search(q, LIMIT)));
        }
        System.out.printf("%nqueries, %s (limit %d, %d rounds)%n", title, LIMIT, rounds);
        System.out.println("(wall: elapsed time; cpu: the thread's own CPU time, which other processes on a busy"
                + " machine do not inflate)");
        System.out.printf("%-18s %5s %9s %9s %9s %9s %9s  %s%n", "kind", "count", "wall p50", "wall p95", "cpu p50",
                "cpu p95", "cpu max", "example → first hit");
        List<Double> allWall = new ArrayList<>();
        List<Double> allCpu = new ArrayList<>();
        var threads = ManagementFactory.getThreadMXBean();
        for (Map.Entry<String, List<String>> kind : queries.entrySet()) {
            List<Double> wall = new ArrayList<>();
            List<Double> cpu = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                for (String q : kind.getValue()) {
                    long c = threads.getCurrentThreadCpuTime();
                    long t = System.nanoTime();
                    index.search(q, LIMIT);
                    wall.add((System.nanoTime() - t) / 1e6);
                    cpu.add((threads.getCurrentThreadCpuTime() - c) / 1e6);
                }
            }
            allWall.addAll(wall);
            allCpu.addAll(cpu);
            String example = kind.getValue().get(0);
            List<SearchHit> hits = index.search(example, LIMIT);
            System.out.printf("%-18s %5d %9.3f %9.3f %9.3f %9.3f %9.3f  %s → %s%n", kind.getKey(), kind.getValue().size(),
                    percentile(wall, 50), percentile(wall, 95), percentile(cpu, 50), percentile(cpu, 95),
                    percentile(cpu, 100), example, hits.isEmpty() ? "-" : hits.get(0).name() + " (" + hits.size() + ")");
        }
        slowest(index, queries, threads);
        System.out.printf("%-18s %5d %9.3f %9.3f %9.3f %9.3f %9.3f%n", "ALL", allWall.size() / rounds,
                percentile(allWall, 50), percentile(allWall, 95), percentile(allCpu, 50), percentile(allCpu, 95),
                percentile(allCpu, 100));
    }

    /** The five queries with the highest median CPU time, to see where time goes. */
    private static void slowest(CompanyIndex index, Map<String, List<String>> queries,
                                ThreadMXBean threads) {
        if (!Boolean.getBoolean("slowest")) {
            return;
        }
        Map<String, Double> medians = new HashMap<>();
        queries.values().forEach(list -> list.forEach(q -> {
            List<Double> cpu = new ArrayList<>();
            for (int r = 0; r < 5; r++) {
                long c = threads.getCurrentThreadCpuTime();
                index.search(q, LIMIT);
                cpu.add((threads.getCurrentThreadCpuTime() - c) / 1e6);
            }
            medians.put(q, percentile(cpu, 50));
        }));
        medians.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(8)
                .forEach(e -> System.out.printf("    slow: %-16s %7.3f ms cpu%n", e.getKey(), e.getValue()));
    }

    /** The fixed query list: Chinese substrings of 1–6 characters, pinyin, initials, codes, contacts. */
    static Map<String, List<String>> queries(DemoNames names, int n) {
        Random rnd = new Random(SEED + 7);
        Map<String, List<String>> queries = new LinkedHashMap<>();
        for (int length = 1; length <= 6; length++) {
            List<String> list = new ArrayList<>(List.of());
            for (int i = 0; i < 30; i++) {
                String name = entry(names, new Random(SEED + rnd.nextInt(n)), 0).name();
                int from = rnd.nextInt(Math.max(1, name.length() - length));
                list.add(name.substring(from, Math.min(name.length(), from + length)));
            }
            queries.put("chinese " + length + " char" + (length > 1 ? "s" : ""), list);
        }
        queries.get("chinese 2 chars").set(0, "华润");
        queries.get("chinese 3 chars").set(0, "新能源");
        queries.get("chinese 1 char").set(0, "润");
        List<String> full = new ArrayList<>();
        List<String> initials = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        List<String> contacts = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            int k = rnd.nextInt(n);
            CompanySearchEntry e = entry(names, new Random(SEED + k), k);
            String brand = e.shortName();
            String pinyin = PinyinText.full(brand);
            full.add(i % 2 == 0 ? pinyin : pinyin.substring(0, Math.max(2, pinyin.length() - 2)));
            String letters = PinyinText.initials(e.name().substring(0, Math.min(e.name().length(), 2 + i % 4)));
            initials.add(letters);
            codes.add(e.uscc().substring(0, 4 + (i % 4) * 3));
            contacts.add(e.contactNames().get(0).substring(0, i % 3 == 0 ? 1 : e.contactNames().get(0).length()));
        }
        full.set(0, "huarun");
        full.set(1, "huarunxinneng");
        initials.set(0, "hrxny");
        initials.set(1, "hr");
        codes.set(0, "9144");
        queries.put("full pinyin", full);
        queries.put("initials", initials);
        queries.put("uscc prefix", codes);
        queries.put("contact name", contacts);
        return queries;
    }

    /** Companies 0..n-1, each from its own seeded random, so that any one can be recreated alone. */
    private static void generate(DemoNames names, int n, Consumer<CompanySearchEntry> sink) {
        for (int i = 0; i < n; i++) {
            sink.accept(entry(names, new Random(SEED + i), i));
        }
    }

    static CompanySearchEntry entry(DemoNames names, Random rnd, int i) {
        DemoNames.Stem stem = DemoNames.pick(names.stems, rnd);
        DemoNames.City city = DemoNames.pick(names.cities, rnd);
        String brand = stem.stem();
        if (rnd.nextInt(100) < 35) {
            brand += DemoNames.pick(names.stems, rnd).stem();
        }
        String branch = rnd.nextInt(100) < 6 ? "(" + DemoNames.pick(names.cities, rnd).prefix() + ")" : "";
        String name = city.prefix() + brand + branch + names.suffix(stem.industryCode(), rnd);
        String first17 = "91" + city.divisionCode() + String.format("%08d", (i * 48_271L + 12_345L) % 100_000_000L) + "0";
        List<String> contacts = new ArrayList<>();
        for (int k = 1 + rnd.nextInt(5); k > 0; k--) {
            contacts.add(names.personName(rnd));
        }
        return new CompanySearchEntry(new UUID(rnd.nextLong(), rnd.nextLong()), first17 + Uscc.checkChar(first17), name, brand,
                contacts);
    }

    private static double percentile(List<Double> times, int p) {
        double[] sorted = times.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
