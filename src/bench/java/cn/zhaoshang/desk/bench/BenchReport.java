package cn.zhaoshang.desk.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What one benchmark run found: figures (a value, its unit, how many runs it is the median of, and
 * the target it is held against) and ratios against the raw references. Written as a table for the
 * console, as JSON for machines (CI, comparisons) and as Markdown for docs/PERFORMANCE.md.
 */
public final class BenchReport {
    /**
     * One measured figure.
     *
     * @param target the target in the figure's unit (at 1M companies), or null
     * @param lowerIsBetter whether staying below the target meets it (true for times and sizes)
     */
    public record Figure(String id, String label, double value, String unit, int runs, Double target,
                         boolean lowerIsBetter, String note) {
        public Boolean met() {
            return target == null ? null : lowerIsBetter ? value <= target : value >= target;
        }
    }

    /** A figure divided by its reference (how many times slower we are than the raw engine). */
    public record Ratio(String id, String label, String figure, String reference, double value, Double target) {
        public Boolean met() {
            return target == null ? null : value <= target;
        }
    }

    private final Map<String, Object> header = new LinkedHashMap<>();
    private final Map<String, Object> data = new LinkedHashMap<>();
    private final List<Figure> figures = new ArrayList<>();
    private final List<Ratio> ratios = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public void header(String key, Object value) {
        header.put(key, value);
    }

    public void data(String key, Object value) {
        data.put(key, value);
    }

    public void note(String text) {
        notes.add(text);
    }

    public Figure add(String id, String label, double value, String unit, int runs, Double target, String note) {
        Figure f = new Figure(id, label, Timing.round(value), unit, runs, target, true, note);
        figures.add(f);
        return f;
    }

    public Figure add(String id, String label, double value, String unit, int runs, Double target) {
        return add(id, label, value, unit, runs, target, null);
    }

    public double value(String id) {
        return figures.stream().filter(f -> f.id().equals(id)).findFirst().map(Figure::value)
                .orElseThrow(() -> new IllegalArgumentException("No figure " + id));
    }

    public boolean has(String id) {
        return figures.stream().anyMatch(f -> f.id().equals(id));
    }

    /** Adds figure / reference as a ratio (nothing when the reference is zero or missing). */
    public void ratio(String id, String label, String figure, String reference, Double target) {
        if (!has(figure) || !has(reference) || value(reference) <= 0) {
            return;
        }
        double r = value(figure) / value(reference);
        ratios.add(new Ratio(id, label, figure, reference, r < 0.1 ? Math.round(r * 10_000) / 10_000.0 : Math.round(r * 1000) / 1000.0, target));
    }

    public List<Figure> figures() {
        return List.copyOf(figures);
    }

    public List<Ratio> ratios() {
        return List.copyOf(ratios);
    }

    public Map<String, Object> asJson() {
        Map<String, Object> json = new LinkedHashMap<>(header);
        json.put("data", data);
        Map<String, Object> fs = new LinkedHashMap<>();
        for (Figure f : figures) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("label", f.label());
            one.put("value", f.value());
            one.put("unit", f.unit());
            one.put("runs", f.runs());
            one.put("target", f.target());
            one.put("met", f.met());
            if (f.note() != null) {
                one.put("note", f.note());
            }
            fs.put(f.id(), one);
        }
        json.put("figures", fs);
        Map<String, Object> rs = new LinkedHashMap<>();
        for (Ratio r : ratios) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("label", r.label());
            one.put("value", r.value());
            one.put("figure", r.figure());
            one.put("reference", r.reference());
            one.put("target", r.target());
            one.put("met", r.met());
            rs.put(r.id(), one);
        }
        json.put("ratios", rs);
        json.put("notes", notes);
        return json;
    }

    public void writeJson(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), asJson());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void writeMarkdown(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, markdown());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The figures as Markdown tables (the same text goes into docs/PERFORMANCE.md). */
    public String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("## Benchmark run\n\n");
        header.forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
        md.append("\n### Data\n\n| table | rows |\n|---|---:|\n");
        data.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(format(v)).append(" |\n"));
        md.append("\n### Figures\n\n| figure | value | runs | target | met |\n|---|---:|---:|---:|:---:|\n");
        for (Figure f : figures) {
            md.append("| ").append(f.label()).append(" | ").append(number(f.value())).append(' ').append(f.unit())
                    .append(" | ").append(f.runs()).append(" | ").append(f.target() == null ? "" : "≤ " + number(f.target()))
                    .append(" | ").append(mark(f.met())).append(" |\n");
        }
        md.append("\n### Ratios against the raw references\n\n| ratio | value | target | met |\n|---|---:|---:|:---:|\n");
        for (Ratio r : ratios) {
            md.append("| ").append(r.label()).append(" | ").append(number(r.value())).append("× | ")
                    .append(r.target() == null ? "" : "≤ " + number(r.target()) + "×").append(" | ").append(mark(r.met())).append(" |\n");
        }
        if (!notes.isEmpty()) {
            md.append("\n### Notes\n\n");
            notes.forEach(n -> md.append("- ").append(n).append('\n'));
        }
        return md.toString();
    }

    /** The console table. */
    public void print(PrintWriter out) {
        out.println();
        header.forEach((k, v) -> out.printf("%-18s %s%n", k, v));
        out.println();
        out.printf("%-58s %14s %5s %12s %4s%n", "figure", "value", "runs", "target", "met");
        for (Figure f : figures) {
            out.printf("%-58s %14s %5d %12s %4s%n", f.label(), number(f.value()) + " " + f.unit(), f.runs(),
                    f.target() == null ? "" : "≤ " + number(f.target()), mark(f.met()));
        }
        out.println();
        for (Ratio r : ratios) {
            out.printf("%-58s %14s %5s %12s %4s%n", r.label(), number(r.value()) + "×", "",
                    r.target() == null ? "" : "≤ " + number(r.target()) + "×", mark(r.met()));
        }
        notes.forEach(n -> out.println("note: " + n));
        out.flush();
    }

    private static String mark(Boolean met) {
        return met == null ? "" : met ? "yes" : "NO";
    }

    private static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        return Math.abs(v) < 10 ? String.format(Locale.ROOT, "%.3f", v) : String.format(Locale.ROOT, "%,.1f", v);
    }

    private static String format(Object v) {
        return v instanceof Number n ? String.format(Locale.ROOT, "%,d", n.longValue()) : String.valueOf(v);
    }
}
