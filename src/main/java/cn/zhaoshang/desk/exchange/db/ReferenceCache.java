package cn.zhaoshang.desk.exchange.db;

import static cn.zhaoshang.desk.generated.Tables.DIVISION;
import static cn.zhaoshang.desk.generated.Tables.INDUSTRY;
import static cn.zhaoshang.desk.generated.Tables.TEAM;

import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.exchange.rows.CellProblem;
import cn.zhaoshang.desk.exchange.rows.ReferenceLookup;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Divisions, industries and teams, read once per import (a few thousand rows) so that millions of
 * cells are checked without a query each.
 */
public final class ReferenceCache implements ReferenceLookup {
    private static final Pattern INDUSTRY_CODE = Pattern.compile("([A-T])?(\\d{2,4})");
    private static final String AMBIGUOUS = "";

    private final Set<String> divisionCodes = new HashSet<>();
    private final Map<String, String> divisionsByName = new HashMap<>();
    private final Set<String> industryCodes = new HashSet<>();
    private final Map<String, String> industriesByName = new HashMap<>();
    private final Map<String, UUID> teamsByName = new HashMap<>();

    public ReferenceCache(Database database) {
        var dsl = database.dsl();
        dsl.select(DIVISION.CODE, DIVISION.NAME).from(DIVISION).forEach(r -> {
            divisionCodes.add(r.value1());
            // Names repeat across cities (朝阳区): a repeated name is remembered as ambiguous.
            divisionsByName.merge(r.value2(), r.value1(), (a, b) -> AMBIGUOUS);
        });
        dsl.select(INDUSTRY.CODE, INDUSTRY.NAME).from(INDUSTRY).forEach(r -> {
            industryCodes.add(r.value1());
            industriesByName.putIfAbsent(r.value2(), r.value1());
        });
        dsl.select(TEAM.ID, TEAM.NAME).from(TEAM).where(TEAM.DELETED_AT.isNull())
                .forEach(r -> teamsByName.put(r.value2(), r.value1()));
    }

    @Override
    public String division(String value) {
        if (divisionCodes.contains(value)) {
            return value;
        }
        String code = divisionsByName.get(value);
        if (code == null) {
            throw new CellProblem("exchange.reason.unknownDivision", value);
        }
        if (code.equals(AMBIGUOUS)) {
            throw new CellProblem("exchange.reason.ambiguousDivision", value);
        }
        return code;
    }

    @Override
    public String industry(String value) {
        String v = value.toUpperCase(Locale.ROOT).replace(" ", "");
        if (industryCodes.contains(v)) {
            return v;
        }
        var m = INDUSTRY_CODE.matcher(v);
        if (m.matches() && industryCodes.contains(m.group(2).substring(0, 2))) {
            return m.group(2);
        }
        String byName = industriesByName.get(value);
        if (byName != null) {
            return byName;
        }
        throw new CellProblem("exchange.reason.unknownIndustry", value);
    }

    @Override
    public UUID team(String value) {
        UUID id = teamsByName.get(value);
        if (id == null) {
            throw new CellProblem("exchange.reason.unknownTeam", value);
        }
        return id;
    }
}
