package cn.zhaoshang.desk.map.db;

import static cn.zhaoshang.desk.generated.Tables.CHAIN_NODE;
import static cn.zhaoshang.desk.generated.Tables.COMPANY;
import static cn.zhaoshang.desk.generated.Tables.COMPANY_CHAIN_NODE;
import static cn.zhaoshang.desk.generated.Tables.DIVISION;
import static cn.zhaoshang.desk.generated.Tables.INTERACTION;
import static cn.zhaoshang.desk.generated.Tables.PROJECT;
import static cn.zhaoshang.desk.generated.Tables.TEAM;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.sum;

import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.EnumColumns;
import cn.zhaoshang.desk.common.db.PlanHints;
import cn.zhaoshang.desk.map.MapFilter;
import cn.zhaoshang.desk.map.RegionEntry;
import cn.zhaoshang.desk.security.CompanyAccess;
import cn.zhaoshang.desk.security.db.ScopeConditions;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Result;

/**
 * The map's figures, each one grouped query by the company's division code (at most ~3,000 groups however many
 * companies there are; the roll-up to provinces and prefectures is done on those few rows), and the lists behind
 * a region, selected by division-code prefix so the company_division index serves them.
 */
public final class MapRepository {
    // The map keys stages and statuses by their stored names, as its filter and entries carry them.
    private static final Field<String> STAGE_NAME = EnumColumns.names(PROJECT.STAGE);
    private static final Field<String> STATUS_NAME = EnumColumns.names(COMPANY.PURSUIT_STATUS);
    /** The key under which companies without a division code are counted. */
    public static final String NO_PLACE = "";
    private final Database database;
    private final CompanyAccess access;

    public MapRepository(Database database, CompanyAccess access) {
        this.database = database;
        this.access = access;
    }

    /** Live companies per division code. */
    public Map<String, Long> companies(MapFilter f) {
        return counts(database.dsl().select(COMPANY.DIVISION_CODE, count()).from(COMPANY)
                .where(COMPANY.DELETED_AT.isNull()).and(companyFilter(f, COMPANY.OWNER_TEAM_ID))
                .groupBy(COMPANY.DIVISION_CODE).fetch());
    }

    /** Visits in the period (corrections not counted again), by the visited company's division code. */
    public Map<String, Long> visits(MapFilter f) {
        return counts(database.dsl().select(COMPANY.DIVISION_CODE, count()).from(INTERACTION)
                .join(COMPANY).on(COMPANY.ID.eq(INTERACTION.COMPANY_ID))
                .where(INTERACTION.OCCURRED_ON.between(f.period().from(), f.period().to()))
                .and(PlanHints.filterOnly(INTERACTION.DELETED_AT.isNull().and(INTERACTION.CORRECTS_ID.isNull())))
                .and(f.teamId() == null ? noCondition() : INTERACTION.TEAM_ID.eq(f.teamId()))
                .and(companyFilter(f.withTeam(null), COMPANY.OWNER_TEAM_ID))
                .groupBy(COMPANY.DIVISION_CODE).fetch());
    }

    /** Live projects (the stage chosen, or any but 终止) by their company's division code. */
    public Map<String, Long> projects(MapFilter f) {
        return counts(database.dsl().select(COMPANY.DIVISION_CODE, count()).from(PROJECT)
                .join(COMPANY).on(COMPANY.ID.eq(PROJECT.COMPANY_ID))
                .where(projectCondition(f))
                .groupBy(COMPANY.DIVISION_CODE).fetch());
    }

    /** Contract amounts signed in the period, by the investor's division code. */
    public Map<String, BigDecimal> signed(MapFilter f) {
        Map<String, BigDecimal> out = new HashMap<>();
        database.dsl().select(COMPANY.DIVISION_CODE, sum(PROJECT.CONTRACT_AMOUNT)).from(PROJECT)
                .join(COMPANY).on(COMPANY.ID.eq(PROJECT.COMPANY_ID))
                .where(PROJECT.SIGNED_ON.between(f.period().from(), f.period().to()))
                .and(projectCondition(f.withStage(null)))
                .groupBy(COMPANY.DIVISION_CODE)
                .forEach(r -> {
                    if (r.value2() != null) {
                        out.put(r.value1() == null ? NO_PLACE : r.value1(), r.value2());
                    }
                });
        return out;
    }

    /** Companies of a region (division codes starting with {@code prefix}), by name. */
    public List<RegionEntry> companiesIn(String prefix, MapFilter f, int limit) {
        return database.dsl().select(COMPANY.ID, COMPANY.NAME, DIVISION.NAME, STATUS_NAME, COMPANY.REGISTERED_CAPITAL)
                .from(COMPANY).leftJoin(DIVISION).on(DIVISION.CODE.eq(COMPANY.DIVISION_CODE))
                .where(PlanHints.startsWith(COMPANY.DIVISION_CODE, prefix)).and(PlanHints.filterOnly(COMPANY.DELETED_AT.isNull()))
                .and(companyFilter(f, COMPANY.OWNER_TEAM_ID))
                .orderBy(COMPANY.NAME).limit(limit)
                .fetch(r -> new RegionEntry(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    /** Projects of companies in a region, largest contract first. */
    public List<RegionEntry> projectsIn(String prefix, MapFilter f, boolean signedInPeriod, int limit) {
        Condition when = signedInPeriod ? PROJECT.SIGNED_ON.between(f.period().from(), f.period().to()) : noCondition();
        return database.dsl().select(PROJECT.ID, PROJECT.NAME, COMPANY.NAME, STAGE_NAME, PROJECT.CONTRACT_AMOUNT)
                .from(PROJECT).join(COMPANY).on(COMPANY.ID.eq(PROJECT.COMPANY_ID))
                .where(projectCondition(signedInPeriod ? f.withStage(null) : f)).and(when)
                .and(PlanHints.startsWith(COMPANY.DIVISION_CODE, prefix))
                .orderBy(PROJECT.CONTRACT_AMOUNT.desc().nullsLast(), PROJECT.NAME).limit(limit)
                .fetch(r -> new RegionEntry(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    /** Teams' names and base cities (驻地). */
    public Map<String, String> teamBases() {
        return database.dsl().select(TEAM.NAME, TEAM.BASE_CITY).from(TEAM).where(TEAM.DELETED_AT.isNull())
                .orderBy(TEAM.NAME).fetchMap(TEAM.NAME, TEAM.BASE_CITY);
    }

    /** Division codes of prefecture- and province-level divisions by name (北京市, 深圳市 …; a repeated name keeps its first code). */
    public Map<String, String> upperDivisionsByName() {
        Map<String, String> out = new HashMap<>();
        database.dsl().select(DIVISION.NAME, DIVISION.CODE).from(DIVISION).where(DIVISION.DEPTH.le(2))
                .orderBy(DIVISION.CODE).forEach(r -> out.putIfAbsent(r.value1(), r.value2()));
        return out;
    }

    private Condition projectCondition(MapFilter f) {
        return PROJECT.DELETED_AT.isNull().and(PROJECT.ARCHIVED_AT.isNull())
                .and(f.stage() == null ? STAGE_NAME.ne("DROPPED") : STAGE_NAME.eq(f.stage()))
                .and(f.teamId() == null ? noCondition() : PROJECT.TEAM_ID.eq(f.teamId()))
                .and(companyFilter(f.withTeam(null), COMPANY.OWNER_TEAM_ID));
    }

    /** Team (owner), chain (a company tagged to one of its nodes) and what the user may see. */
    private Condition companyFilter(MapFilter f, Field<UUID> ownerTeam) {
        Condition chain = f.chainId() == null ? noCondition() : exists(selectOne().from(COMPANY_CHAIN_NODE)
                .join(CHAIN_NODE).on(CHAIN_NODE.ID.eq(COMPANY_CHAIN_NODE.NODE_ID))
                .where(COMPANY_CHAIN_NODE.COMPANY_ID.eq(COMPANY.ID)).and(CHAIN_NODE.CHAIN_ID.eq(f.chainId())));
        return (f.teamId() == null ? noCondition() : ownerTeam.eq(f.teamId())).and(chain)
                .and(ScopeConditions.visible(access.scope(), COMPANY.ID));
    }

    private static Map<String, Long> counts(Result<Record2<String, Integer>> rows) {
        Map<String, Long> out = new HashMap<>();
        rows.forEach(r -> out.put(r.value1() == null ? NO_PLACE : r.value1(), r.value2().longValue()));
        return out;
    }
}
