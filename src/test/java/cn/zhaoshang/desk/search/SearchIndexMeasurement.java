package cn.zhaoshang.desk.search;

import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.text.PinyinText;
import cn.zhaoshang.desk.common.text.Uscc;
import cn.zhaoshang.desk.demo.DemoNames;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
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
        Readings.of('华');
        long heapBefore = usedHeap();
        CompanyIndex index = new CompanyIndex();
        long t0 = System.nanoTime();
        index.replaceAll(sink -> generate(names, n, sink), Progress.NONE);
        double buildMs = (System.nanoTime() - t0) / 1e6;
        long heapAfter = usedHeap();
        System.out.printf("companies            %,d (≈%,d contacts)%n", index.size(), n * 3L);
        System.out.printf("build (incl. generating the names) %,.0f ms%n", buildMs);
        System.out.printf("heap of the index    %,.1f MB measured, %,.1f MB estimated%n",
                (heapAfter - heapBefore) / 1e6, index.estimatedBytes() / 1e6);

        Map<String, List<String>> queries = queries(names, n);
        measure(index, queries, rounds, "segment only");

        Random rnd = new Random(SEED + 1);
        long w0 = System.nanoTime();
        int writes = CompanyIndex.TAIL_LIMIT - 96;
        for (int i = 0; i < writes; i++) {
            index.put(entry(names, rnd, n + i));
        }
        System.out.printf("%n%,d single writes: %.1f µs each%n", writes, (System.nanoTime() - w0) / 1e3 / writes);
        measure(index, queries, rounds, "with a tail of " + writes + " documents");
        long c0 = System.nanoTime();
        index.compact();
        System.out.printf("%ncompaction of %,d companies: %,.0f ms%n", index.size(), (System.nanoTime() - c0) / 1e6);
    }

    private static void measure(CompanyIndex index, Map<String, List<String>> queries, int rounds, String title) {
        for (int warm = 0; warm < 3; warm++) {
            queries.values().forEach(list -> list.forEach(q -> index.search(q, LIMIT)));
        }
        System.out.printf("%nqueries, %s (limit %d, %d rounds)%n", title, LIMIT, rounds);
        System.out.printf("%-22s %6s %9s %9s %9s  %s%n", "kind", "count", "p50 ms", "p95 ms", "max ms", "example → first hit");
        List<Double> all = new ArrayList<>();
        for (Map.Entry<String, List<String>> kind : queries.entrySet()) {
            List<Double> times = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                for (String q : kind.getValue()) {
                    long t = System.nanoTime();
                    index.search(q, LIMIT);
                    times.add((System.nanoTime() - t) / 1e6);
                }
            }
            all.addAll(times);
            String example = kind.getValue().get(0);
            List<SearchHit> hits = index.search(example, LIMIT);
            System.out.printf("%-22s %6d %9.3f %9.3f %9.3f  %s → %s%n", kind.getKey(), kind.getValue().size(),
                    percentile(times, 50), percentile(times, 95), percentile(times, 100), example,
                    hits.isEmpty() ? "-" : hits.get(0).name() + " (" + hits.size() + ")");
        }
        System.out.printf("%-22s %6d %9.3f %9.3f %9.3f%n", "ALL", all.size() / rounds, percentile(all, 50),
                percentile(all, 95), percentile(all, 100));
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
        String name = city.prefix() + brand + branch + names.suffix(rnd);
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
