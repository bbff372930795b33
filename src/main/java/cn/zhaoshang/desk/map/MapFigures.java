package cn.zhaoshang.desk.map;

import java.util.Map;

/**
 * The figures of every region at both levels, rolled up from one grouped query per measure; {@code unplaced}
 * holds what has no region on the map (no division code, or one the map does not draw, such as 三沙).
 */
public record MapFigures(MapFilter filter, Map<String, RegionFigures> provinces, Map<String, RegionFigures> prefectures,
                         RegionFigures unplaced) {
    public RegionFigures of(Region region) {
        Map<String, RegionFigures> level = region.level() == Region.PROVINCE ? provinces : prefectures;
        return level.getOrDefault(region.code(), RegionFigures.NONE);
    }

    /** The largest value of a measure among the regions of one level (what the darkest colour stands for). */
    public double max(MapMeasure measure, int level) {
        Map<String, RegionFigures> figures = level == Region.PROVINCE ? provinces : prefectures;
        return figures.values().stream().mapToDouble(f -> f.value(measure)).max().orElse(0);
    }

    public RegionFigures total() {
        return provinces.values().stream().reduce(unplaced, RegionFigures::plus);
    }
}
