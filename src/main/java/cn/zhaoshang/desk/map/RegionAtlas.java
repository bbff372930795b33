package cn.zhaoshang.desk.map;

import cn.zhaoshang.desk.reference.SeedFiles;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/**
 * The outlines of China's provinces and prefectures (seeds/map/china-regions.csv, see seeds/README.md for the
 * source and licence), and the rule that rolls a company's GB/T 2260 division code up to the region it is
 * drawn in. Immutable; load once and share.
 */
public final class RegionAtlas {
    private final Map<String, Region> byCode;

    private RegionAtlas(Map<String, Region> byCode) {
        this.byCode = byCode;
    }

    /** Reads the seed file (about 170 KB; a few tens of milliseconds). */
    public static RegionAtlas load() {
        Map<String, Region> regions = new LinkedHashMap<>();
        for (CSVRecord row : SeedFiles.read("map/china-regions.csv")) {
            Region r = new Region(row.get("code"), Integer.parseInt(row.get("level")), row.get("name"),
                    Double.parseDouble(row.get("label_lon")), Double.parseDouble(row.get("label_lat")), rings(row.get("shape")));
            regions.put(r.level() + ":" + r.code(), r);
        }
        return new RegionAtlas(Collections.unmodifiableMap(regions));
    }

    /**
     * Outlines written as integer hundredths of a degree: the first point absolute, the rest as differences,
     * "x y dx dy dx dy …", rings separated by ";".
     */
    static List<double[]> rings(String shape) {
        List<double[]> rings = new ArrayList<>();
        for (String ring : shape.split(";")) {
            String[] numbers = ring.trim().split(" ");
            double[] points = new double[numbers.length];
            long x = 0;
            long y = 0;
            for (int i = 0; i + 1 < numbers.length; i += 2) {
                x += Long.parseLong(numbers[i]);
                y += Long.parseLong(numbers[i + 1]);
                points[i] = x / 100.0;
                points[i + 1] = y / 100.0;
            }
            rings.add(points);
        }
        return rings;
    }

    public List<Region> provinces() {
        return level(Region.PROVINCE);
    }

    /** The prefecture-level regions of one province (for a municipality: the municipality itself). */
    public List<Region> prefecturesOf(String provinceCode) {
        return level(Region.PREFECTURE).stream().filter(r -> r.provinceCode().equals(provinceCode)).toList();
    }

    public List<Region> prefectures() {
        return level(Region.PREFECTURE);
    }

    /** The South China Sea inset drawn beside the national map. */
    public List<Region> insets() {
        return level(Region.INSET);
    }

    private List<Region> level(int level) {
        return byCode.values().stream().filter(r -> r.level() == level).toList();
    }

    public Region region(int level, String code) {
        return byCode.get(level + ":" + code);
    }

    /**
     * The region of {@code level} a division code is counted in, or null when it has none on the map (三沙,
     * a code from before a renaming): level 1 by the first two digits; level 2 by the code itself when it is
     * a county-level city drawn on its own (济源 419001), else by its prefecture (4101xx → 410100), else by
     * its province for municipalities (110105 → 110000).
     */
    public String regionOf(String divisionCode, int level) {
        if (divisionCode == null || divisionCode.length() != 6) {
            return null;
        }
        String province = divisionCode.substring(0, 2) + "0000";
        if (level == Region.PROVINCE) {
            return byCode.containsKey("1:" + province) ? province : null;
        }
        for (String candidate : List.of(divisionCode, divisionCode.substring(0, 4) + "00", province)) {
            if (byCode.containsKey("2:" + candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
