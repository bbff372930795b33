package cn.zhaoshang.desk.demo;

import cn.zhaoshang.desk.reference.SeedFiles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.csv.CSVRecord;

/** Name material from {@code seeds/demo/}, picked at random (weighted where the file has weights). */
public final class DemoNames {
    public record Stem(String stem, String industryCode, String chain, String node) { }
    public record City(String prefix, String divisionCode, String region) { }

    public final List<Stem> stems = new ArrayList<>();
    public final List<City> cities = new ArrayList<>();
    /** Name suffixes that suit each two-digit industry code (a 餐饮 stem never becomes a 科技有限公司). */
    private final Map<String, Weighted<String>> suffixesByIndustry = new HashMap<>();
    private final Weighted<String> surnames = new Weighted<>();
    public final List<String> givenChars = new ArrayList<>();
    public final List<String> titles = new ArrayList<>();
    private final Map<String, List<String>> phrases = new HashMap<>();

    public DemoNames() {
        for (CSVRecord r : SeedFiles.read("demo/company_stems.csv")) {
            stems.add(new Stem(r.get("stem"), SeedFiles.value(r, "industry_code"), SeedFiles.value(r, "chain"),
                    SeedFiles.value(r, "node")));
        }
        SeedFiles.read("demo/city_prefixes.csv").forEach(r -> cities.add(new City(r.get("prefix"), r.get("division_code"),
                SeedFiles.value(r, "region"))));
        for (CSVRecord r : SeedFiles.read("demo/company_suffixes.csv")) {
            String industries = SeedFiles.value(r, "industries");
            for (int code = 1; code <= 99; code++) {
                String two = String.format("%02d", code);
                if (industries == null || suits(industries, code)) {
                    suffixesByIndustry.computeIfAbsent(two, k -> new Weighted<>()).add(r.get("suffix"),
                            Integer.parseInt(r.get("weight")));
                }
            }
        }
        SeedFiles.read("demo/surnames.csv").forEach(r -> surnames.add(r.get("surname"), Integer.parseInt(r.get("weight"))));
        SeedFiles.read("demo/given_names.csv").forEach(r -> givenChars.add(r.get("chars")));
        SeedFiles.read("demo/job_titles.csv").forEach(r -> titles.add(r.get("title")));
        SeedFiles.read("demo/phrases.csv").forEach(r -> phrases.computeIfAbsent(r.get("kind"), k -> new ArrayList<>()).add(r.get("text")));
    }

    /** A suffix that suits the industry (a GB/T 4754 code; its first two digits decide). */
    public String suffix(String industryCode, Random rnd) {
        return suffixesByIndustry.get(industryCode.substring(0, 2)).pick(rnd);
    }

    /** "13-46|63-65|74": ranges and single two-digit codes. */
    static boolean suits(String industries, int code) {
        for (String part : industries.split("\\|")) {
            String[] ends = part.strip().split("-");
            int from = Integer.parseInt(ends[0]);
            int to = Integer.parseInt(ends[ends.length - 1]);
            if (code >= from && code <= to) {
                return true;
            }
        }
        return false;
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
