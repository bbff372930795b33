package cn.zhaoshang.desk.demo;

import cn.zhaoshang.desk.reference.SeedFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVRecord;

/** Name material from {@code seeds/demo/}, picked at random (weighted where the file has weights). */
public final class DemoNames {
    public record Stem(String stem, String industryCode, String chain, String node) { }
    public record City(String prefix, String divisionCode) { }

    public final List<Stem> stems = new ArrayList<>();
    public final List<City> cities = new ArrayList<>();
    private final Weighted<String> suffixes = new Weighted<>();
    private final Weighted<String> surnames = new Weighted<>();
    public final List<String> givenChars = new ArrayList<>();
    public final List<String> titles = new ArrayList<>();
    private final java.util.Map<String, List<String>> phrases = new java.util.HashMap<>();

    public DemoNames() {
        for (CSVRecord r : SeedFiles.read("demo/company_stems.csv")) {
            stems.add(new Stem(r.get("stem"), SeedFiles.value(r, "industry_code"), SeedFiles.value(r, "chain"),
                    SeedFiles.value(r, "node")));
        }
        SeedFiles.read("demo/city_prefixes.csv").forEach(r -> cities.add(new City(r.get("prefix"), r.get("division_code"))));
        SeedFiles.read("demo/company_suffixes.csv").forEach(r -> suffixes.add(r.get("suffix"), Integer.parseInt(r.get("weight"))));
        SeedFiles.read("demo/surnames.csv").forEach(r -> surnames.add(r.get("surname"), Integer.parseInt(r.get("weight"))));
        SeedFiles.read("demo/given_names.csv").forEach(r -> givenChars.add(r.get("chars")));
        SeedFiles.read("demo/job_titles.csv").forEach(r -> titles.add(r.get("title")));
        SeedFiles.read("demo/phrases.csv").forEach(r -> phrases.computeIfAbsent(r.get("kind"), k -> new ArrayList<>()).add(r.get("text")));
    }

    public String suffix(Random rnd) {
        return suffixes.pick(rnd);
    }

    public String personName(Random rnd) {
        String given = givenChars.get(rnd.nextInt(givenChars.size()));
        if (rnd.nextInt(3) > 0) {
            given += givenChars.get(rnd.nextInt(givenChars.size()));
        }
        return surnames.pick(rnd) + given;
    }

    public String phrase(String kind, Random rnd) {
        List<String> list = phrases.get(kind);
        return list.get(rnd.nextInt(list.size()));
    }

    public static <T> T pick(List<T> list, Random rnd) {
        return list.get(rnd.nextInt(list.size()));
    }

    /** A cumulative-weight picker. */
    static final class Weighted<T> {
        private final List<T> items = new ArrayList<>();
        private final List<Integer> cumulative = new ArrayList<>();
        private int total;

        void add(T item, int weight) {
            total += weight;
            items.add(item);
            cumulative.add(total);
        }

        T pick(Random rnd) {
            int x = rnd.nextInt(total);
            for (int i = 0; i < items.size(); i++) {
                if (x < cumulative.get(i)) {
                    return items.get(i);
                }
            }
            return items.get(items.size() - 1);
        }
    }
}
