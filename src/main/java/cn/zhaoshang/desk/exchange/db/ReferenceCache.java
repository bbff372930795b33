package cn.zhaoshang.desk.exchange.db;

import static cn.zhaoshang.desk.generated.Tables.CARRIER;
import static cn.zhaoshang.desk.generated.Tables.DIVISION;
import static cn.zhaoshang.desk.generated.Tables.INDUSTRY;
import static cn.zhaoshang.desk.generated.Tables.TEAM;
import static cn.zhaoshang.desk.generated.Tables.UNIT;
import static cn.zhaoshang.desk.generated.Tables.VOCABULARY_WORD;

import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.text.TextNormalizer;
import cn.zhaoshang.desk.exchange.rows.CellProblem;
import cn.zhaoshang.desk.exchange.rows.ReferenceLookup;
import cn.zhaoshang.desk.exchange.rows.Vocabulary;
import cn.zhaoshang.desk.reference.ReferenceDataService.Word;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Divisions, industries, teams, units, carriers and the vocabulary, read once per import (a few
 * thousand rows) so that millions of cells are checked without a query each.
 */
public final class ReferenceCache implements ReferenceLookup {
    private static final Pattern INDUSTRY_CODE = Pattern.compile("([A-T])?(\\d{2,4})");

    private record Division(String code, String name, String parent) { }

    private final Map<String, Division> divisions = new HashMap<>();
    private final Map<String, List<Division>> divisionsByName = new HashMap<>();
    private final Map<String, List<Division>> divisionsByKey = new HashMap<>();
    private final Map<List<String>, Object> places = new HashMap<>();
    private final Set<String> industryCodes = new HashSet<>();
    private final Map<String, String> industriesByName = new HashMap<>();
    private final Map<String, UUID> teamsByName = new HashMap<>();
    private final Map<String, UUID> unitsByName = new HashMap<>();
    private final Map<String, UUID> carriersByName = new HashMap<>();
    private final Vocabulary vocabulary;

    /** Reads the tables; words of {@code types} are known in the stored vocabulary and in {@code languages}. */
    public ReferenceCache(Database database, Collection<Class<? extends Enum<?>>> types, List<Messages> languages) {
        var dsl = database.dsl();
        dsl.select(DIVISION.CODE, DIVISION.NAME, DIVISION.PARENT_CODE).from(DIVISION).forEach(r -> {
            Division d = new Division(r.value1(), r.value2(), r.value3());
            divisions.put(d.code(), d);
            divisionsByName.computeIfAbsent(d.name(), k -> new ArrayList<>(1)).add(d);
            divisionsByKey.computeIfAbsent(placeKey(d.name()), k -> new ArrayList<>(1)).add(d);
        });
        dsl.select(INDUSTRY.CODE, INDUSTRY.NAME).from(INDUSTRY).forEach(r -> {
            industryCodes.add(r.value1());
            industriesByName.putIfAbsent(industryKey(r.value2()), r.value1());
        });
        dsl.select(TEAM.ID, TEAM.NAME).from(TEAM).where(TEAM.DELETED_AT.isNull())
                .forEach(r -> teamsByName.put(r.value2(), r.value1()));
        dsl.select(UNIT.ID, UNIT.NAME).from(UNIT).where(UNIT.DELETED_AT.isNull())
                .forEach(r -> unitsByName.put(r.value2(), r.value1()));
        dsl.select(CARRIER.ID, CARRIER.NAME).from(CARRIER).where(CARRIER.DELETED_AT.isNull())
                .forEach(r -> carriersByName.merge(r.value2(), r.value1(), (a, b) -> a));
        List<Word> words = dsl.selectFrom(VOCABULARY_WORD)
                .fetch(r -> new Word(r.getKind(), r.getWord(), r.getMeaning()));
        this.vocabulary = new Vocabulary(types, words, languages);
    }

    @Override
    public String division(String value) {
        String v = TextNormalizer.foldWidth(value).strip();
        if (divisions.containsKey(v)) {
            return v;
        }
        List<Division> named = divisionsByName.getOrDefault(v, List.of());
        if (named.isEmpty()) {
            throw new CellProblem("exchange.reason.unknownDivision", value);
        }
        if (named.size() > 1) {
            throw new CellProblem("exchange.reason.ambiguousDivision", value);
        }
        return named.get(0).code();
    }

    @Override
    public Place place(String province, String city, String county) {
        // Rows repeat the same few places: each combination is settled once.
        Object known = places.computeIfAbsent(Arrays.asList(province, city, county), k -> {
            try {
                return settle(province, city, county);
            } catch (CellProblem p) {
                return p;
            }
        });
        if (known instanceof CellProblem p) {
            throw p;
        }
        return (Place) known;
    }

    private Place settle(String province, String city, String county) {
        Division p = province == null ? null : unique(matching(province, null));
        Division c = city == null ? null : unique(matching(city, p));
        if (county != null) {
            List<Division> candidates = matching(county, c != null ? c : p);
            if (candidates.size() == 1) {
                return new Place(candidates.get(0).code(), candidates.get(0).name(), null);
            }
        }
        Division settled = c != null ? c : p;
        String unsettled = county != null ? county : city != null && c == null ? city : null;
        if (settled == null) {
            if (unsettled == null && province != null) {
                unsettled = province;
            }
            throw new CellProblem(unsettled != null && divisionsByName.getOrDefault(unsettled, List.of()).size() > 1
                    ? "exchange.reason.ambiguousDivision" : "exchange.reason.unknownDivision",
                    unsettled == null ? "" : unsettled);
        }
        return new Place(settled.code(), settled.name(), unsettled);
    }

    /** Divisions whose name is the given one, in full or without its 省/市/区/县 ending, inside {@code within}. */
    private List<Division> matching(String name, Division within) {
        List<Division> found = new ArrayList<>();
        for (Division d : divisionsByKey.getOrDefault(placeKey(name), List.of())) {
            if (within == null || isInside(d, within)) {
                found.add(d);
            }
        }
        return found;
    }

    private boolean isInside(Division d, Division within) {
        for (Division up = d; up != null; up = up.parent() == null ? null : divisions.get(up.parent())) {
            if (up.code().equals(within.code())) {
                return true;
            }
        }
        return false;
    }

    private static Division unique(List<Division> found) {
        return found.size() == 1 ? found.get(0) : null;
    }

    /** 北京市 and 北京, 广西壮族自治区 and 广西 read alike; 朝阳区 keeps its 区 (朝阳县 is another place). */
    private static String placeKey(String name) {
        String n = TextNormalizer.foldWidth(name).strip();
        return n.replaceAll("(壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|省|市)$", "");
    }

    @Override
    public String industry(String value) {
        String v = TextNormalizer.foldWidth(value).toUpperCase(Locale.ROOT).replace(" ", "");
        if (industryCodes.contains(v)) {
            return v;
        }
        var m = INDUSTRY_CODE.matcher(v);
        if (m.matches() && industryCodes.contains(m.group(2).substring(0, 2))) {
            return m.group(2);
        }
        String byName = industriesByName.get(industryKey(value));
        if (byName != null) {
            return byName;
        }
        throw new CellProblem("exchange.reason.unknownIndustry", value);
    }

    /** Industry names compare without punctuation and width ("信息传输、软件和信息技术服务业"). */
    private static String industryKey(String name) {
        return TextNormalizer.foldWidth(name).replaceAll("[\\s、,，()（）]", "");
    }

    @Override
    public UUID team(String value) {
        return named(teamsByName, value, "exchange.reason.unknownTeam");
    }

    @Override
    public UUID unit(String value) {
        return named(unitsByName, value, "exchange.reason.unknownUnit");
    }

    @Override
    public UUID carrier(String value) {
        return named(carriersByName, value, "exchange.reason.unknownCarrier");
    }

    private static UUID named(Map<String, UUID> byName, String value, String unknown) {
        UUID id = byName.get(value.strip());
        if (id == null) {
            throw new CellProblem(unknown, value);
        }
        return id;
    }

    @Override
    public VisitFor visitFor(String value) {
        UUID team = teamsByName.get(value.strip());
        if (team != null) {
            return new VisitFor(team, null);
        }
        UUID unit = unitsByName.get(value.strip());
        if (unit != null) {
            return new VisitFor(null, unit);
        }
        throw new CellProblem("exchange.reason.unknownVisitFor", value);
    }

    @Override
    public String word(Class<? extends Enum<?>> type, String value) {
        return vocabulary.lookup(type, value);
    }
}
