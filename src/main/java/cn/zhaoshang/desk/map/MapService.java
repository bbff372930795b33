package cn.zhaoshang.desk.map;

import cn.zhaoshang.desk.chain.ChainService;
import cn.zhaoshang.desk.dashboard.DashboardService;
import cn.zhaoshang.desk.dashboard.Period;
import cn.zhaoshang.desk.map.db.MapRepository;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The investment map (招商地图): where the targets, visits, projects and signings are, by province and
 * prefecture, and where the resident teams are stationed. Figures come from grouped SQL by division code and
 * are rolled up here, so the cost does not grow with the number of companies beyond one index scan per measure.
 */
public final class MapService {
    /** The most rows the list behind a region shows. */
    public static final int LIST_LIMIT = 500;

    private final MapRepository repository;
    private final DashboardService dashboard;
    private final ChainService chains;
    private volatile RegionAtlas atlas;

    public MapService(MapRepository repository, DashboardService dashboard, ChainService chains) {
        this.repository = repository;
        this.dashboard = dashboard;
        this.chains = chains;
    }

    /** The outlines (read from the seed file on first use). */
    public RegionAtlas atlas() {
        RegionAtlas a = atlas;
        if (a == null) {
            a = RegionAtlas.load();
            atlas = a;
        }
        return a;
    }

    /** This year, all teams, chains and stages: what the screen opens with. */
    public MapFilter defaultFilter() {
        return new MapFilter(Period.yearOf(dashboard.today()), null, null, null);
    }

    /** Today in the office's time zone (periods are shifted around it). */
    public LocalDate today() {
        return dashboard.today();
    }

    /** The four figures of every region under the filter (run in the background). */
    public MapFigures figures(MapFilter filter) {
        Map<String, RegionFigures> byCode = new HashMap<>();
        merge(byCode, repository.companies(filter), n -> new RegionFigures(n, 0, 0, BigDecimal.ZERO));
        merge(byCode, repository.visits(filter), n -> new RegionFigures(0, n, 0, BigDecimal.ZERO));
        merge(byCode, repository.projects(filter), n -> new RegionFigures(0, 0, n, BigDecimal.ZERO));
        merge(byCode, repository.signed(filter), a -> new RegionFigures(0, 0, 0, a));
        RegionAtlas regions = atlas();
        Map<String, RegionFigures> provinces = new HashMap<>();
        Map<String, RegionFigures> prefectures = new HashMap<>();
        RegionFigures unplaced = RegionFigures.NONE;
        for (Map.Entry<String, RegionFigures> e : byCode.entrySet()) {
            String province = regions.regionOf(e.getKey(), Region.PROVINCE);
            if (province == null) {
                unplaced = unplaced.plus(e.getValue());
                continue;
            }
            provinces.merge(province, e.getValue(), RegionFigures::plus);
            String prefecture = regions.regionOf(e.getKey(), Region.PREFECTURE);
            if (prefecture != null) {
                prefectures.merge(prefecture, e.getValue(), RegionFigures::plus);
            }
        }
        return new MapFigures(filter, provinces, prefectures, unplaced);
    }

    private static <T> void merge(Map<String, RegionFigures> into, Map<String, T> values, Function<T, RegionFigures> figures) {
        values.forEach((code, v) -> into.merge(code, figures.apply(v), RegionFigures::plus));
    }

    /**
     * The list behind a region: its companies for companies and visits, its projects for projects (in the
     * filter's stage) and signed amounts (signed in the period), at most {@link #LIST_LIMIT}.
     */
    public List<RegionEntry> entries(Region region, MapMeasure measure, MapFilter filter) {
        String prefix = prefix(region);
        return switch (measure) {
            case COMPANIES, VISITS -> repository.companiesIn(prefix, filter, LIST_LIMIT);
            case PROJECTS -> repository.projectsIn(prefix, filter, false, LIST_LIMIT);
            case SIGNED_AMOUNT -> repository.projectsIn(prefix, filter, true, LIST_LIMIT);
        };
    }

    /** The division-code prefix a region covers: 41 for 河南省, 4101 for 郑州市, 11 for 北京市, 419001 for 济源市. */
    static String prefix(Region region) {
        String code = region.code();
        if (code.endsWith("0000")) {
            return code.substring(0, 2);
        }
        return code.endsWith("00") ? code.substring(0, 4) : code;
    }

    /**
     * The teams' stations, placed at their base city's region (a base city is written as people say it:
     * 北京, 深圳 or 深圳市). A team whose city the map does not know is left off.
     */
    public List<Station> stations() {
        Map<String, String> codes = repository.upperDivisionsByName();
        List<Station> out = new ArrayList<>();
        repository.teamBases().forEach((team, city) -> {
            String code = codes.get(city);
            if (code == null) {
                code = codes.get(city + "市");
            }
            Region region = code == null ? null : placeOf(code);
            if (region != null) {
                out.add(new Station(team, city, region.code(), region.labelLon(), region.labelLat()));
            }
        });
        return out;
    }

    private Region placeOf(String code) {
        RegionAtlas regions = atlas();
        String prefecture = regions.regionOf(code, Region.PREFECTURE);
        return prefecture == null ? null : regions.region(Region.PREFECTURE, prefecture);
    }

    public Map<UUID, String> teams() {
        return dashboard.teams();
    }

    public Map<UUID, String> chains() {
        Map<UUID, String> out = new LinkedHashMap<>();
        chains.chains().forEach(c -> out.put(c.id(), c.name()));
        return out;
    }
}
