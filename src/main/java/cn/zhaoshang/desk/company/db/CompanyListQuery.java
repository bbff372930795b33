package cn.zhaoshang.desk.company.db;

import static cn.zhaoshang.desk.generated.Tables.CLAIM;
import static cn.zhaoshang.desk.generated.Tables.COMPANY;
import static cn.zhaoshang.desk.generated.Tables.COMPANY_CHAIN_NODE;
import static cn.zhaoshang.desk.generated.Tables.COMPANY_LADDER;
import static cn.zhaoshang.desk.generated.Tables.COMPANY_TAG;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.selectOne;

import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.company.ClaimState;
import cn.zhaoshang.desk.company.CompanyColumn;
import cn.zhaoshang.desk.company.CompanyFilter;
import cn.zhaoshang.desk.company.CompanyFlag;
import cn.zhaoshang.desk.company.CompanyPage;
import cn.zhaoshang.desk.company.CompanyRow;
import cn.zhaoshang.desk.company.CompanySort;
import cn.zhaoshang.desk.company.PageKey;
import cn.zhaoshang.desk.security.CompanyScope;
import cn.zhaoshang.desk.security.db.ScopeConditions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The company list as pages, counts and filtered look-ups. Pages are keyset-paged: each page starts
 * after the last row of the one before ({@code (column, id) > (value, id)}), walking the (column, id)
 * index, so page 5,000 costs what page 1 does. Rows without a value in the sort column form a second
 * part, after all others in either direction, walked by key.
 */
public final class CompanyListQuery {
    private final Database database;
    private final LookupRepository lookups;
    private final ClaimRepository claims;
    /** Up to this many matches, a filter counts as narrow (see {@link #source}). */
    private static final int NARROW = 5_000;
    private final Map<PlanKey, Boolean> broadFilters = new ConcurrentHashMap<>();

    /**
     * Who asks: for "claimed by me or my team", and which companies they may read at all
     * ({@link CompanyScope}, from the access policy).
     */
    public record Viewer(UUID personId, List<UUID> teamIds, LocalDate today, CompanyScope scope) {
    }

    public CompanyListQuery(Database database, LookupRepository lookups, ClaimRepository claims) {
        this.database = database;
        this.lookups = lookups;
        this.claims = claims;
    }

    public CompanyPage page(CompanyFilter filter, CompanySort sort, PageKey after, int limit, Viewer viewer) {
        Condition where = conditions(filter, viewer);
        Field<Object> column = sortField(sort.column());
        boolean nullable = isNullable(sort.column());
        Table<?> source = source(filter, sort.column(), viewer);
        List<Record> rows = new ArrayList<>();
        boolean inEmptyPart = after != null && after.inEmptyPart();
        if (!inEmptyPart) {
            Condition part = nullable ? where.and(column.isNotNull()) : where;
            if (after != null) {
                part = part.and(sort.ascending() ? row(column, COMPANY.ID).gt(after.value(), after.id())
                        : row(column, COMPANY.ID).lt(after.value(), after.id()));
            } else if (nullable && !sort.ascending() && database.engine() == Engine.H2) {
                // H2 keeps empty values at the high end of the index; without an upper bound a descending
                // walk would step over every one of them before the first value.
                part = part.and(belowHighest(column, sort.column()));
            }
            rows.addAll(fetch(source, part, List.of(order(column, sort.ascending()), order(COMPANY.ID, sort.ascending())),
                    limit));
            if (rows.size() == limit) {
                return new CompanyPage(decorate(rows, viewer.today()), keyOf(rows.get(limit - 1), column, false));
            }
        }
        if (nullable) {
            Condition part = where.and(column.isNull());
            if (inEmptyPart) {
                part = part.and(sort.ascending() ? COMPANY.ID.gt(after.id()) : COMPANY.ID.lt(after.id()));
            }
            int wanted = limit - rows.size();
            // Ordered by (column, id) although the column is null here: H2 then walks the (column, id)
            // index instead of sorting every empty row.
            List<Record> empty = fetch(source, part, List.of(order(column, sort.ascending()),
                    order(COMPANY.ID, sort.ascending())), wanted);
            rows.addAll(empty);
            if (empty.size() == wanted) {
                return new CompanyPage(decorate(rows, viewer.today()), keyOf(rows.get(rows.size() - 1), column, true));
            }
        }
        return new CompanyPage(decorate(rows, viewer.today()), null);
    }

    /**
     * How many companies the filter lets through. Without a filter: all rows minus the trash (both
     * answered from indexes); with one, a full count, so callers run it in the background.
     */
    public int count(CompanyFilter filter, Viewer viewer) {
        var dsl = database.dsl();
        if (filter.isEmpty() && (viewer.scope() == null || viewer.scope().everything())) {
            return dsl.fetchCount(COMPANY) - dsl.fetchCount(COMPANY, COMPANY.DELETED_AT.isNotNull());
        }
        return dsl.selectCount().from(COMPANY).where(conditions(filter, viewer)).fetchOne(0, int.class);
    }

    /** The rows of these companies that pass the filter, in the order of {@code ids} (search results). */
    public List<CompanyRow> rows(List<UUID> ids, CompanyFilter filter, Viewer viewer) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Record> found = fetch(COMPANY, conditions(filter, viewer).and(COMPANY.ID.in(ids)), List.of(), ids.size());
        Map<UUID, Integer> rank = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            rank.putIfAbsent(ids.get(i), i);
        }
        found.sort(Comparator.comparing(r -> rank.get(r.get(COMPANY.ID))));
        return decorate(found, viewer.today());
    }

    /**
     * Where a page is read from. H2 tends to pick a filter's index and then sort every match, which
     * for a broad filter (two statuses: a third of a million rows) takes many seconds; walking the
     * sort column's index instead finds 200 matches at once. Walking is wrong for a narrow filter
     * (a rare tag: the walk crosses the whole index). So on H2 the filter's matches are first
     * counted up to {@value #NARROW}, which an index answers in milliseconds: at most that many, and
     * H2 chooses its plan and sorts them; more, and the sort index is prescribed. The choice is
     * remembered per filter. PostgreSQL weighs LIMIT itself and gets no hint.
     */
    private Table<?> source(CompanyFilter f, CompanyColumn sortColumn, Viewer viewer) {
        if (database.engine() != Engine.H2 || (!f.isEmpty() && !isBroad(f, viewer))) {
            return COMPANY;
        }
        return COMPANY.useIndex(sortIndex(sortColumn));
    }

    private boolean isBroad(CompanyFilter f, Viewer viewer) {
        if (broadFilters.size() > 64) {
            broadFilters.clear();
        }
        return broadFilters.computeIfAbsent(new PlanKey(f, viewer), k -> database.dsl().fetchCount(
                database.dsl().select(COMPANY.ID).from(COMPANY).where(conditions(f, viewer)).limit(NARROW + 1)) > NARROW);
    }

    private record PlanKey(CompanyFilter filter, Viewer viewer) {
    }

    /** The (column, id) indexes of migrations V1 and V10. */
    private static String sortIndex(CompanyColumn column) {
        return switch (column) {
            case NAME -> "company_name_id";
            case USCC -> "company_uscc_id";
            case STATUS -> "company_status_id";
            case CHANNEL -> "company_channel_id";
            case DIVISION -> "company_division_id";
            case INDUSTRY -> "company_industry_id";
            case CAPITAL -> "company_capital";
            case FOUNDED -> "company_founded";
            case OWNER_TEAM -> "company_owner_team_id";
            case OWNER_PERSON -> "company_owner_person_id";
            case SCORE -> "company_score_id";
            case UPDATED -> "company_updated";
            default -> throw new IllegalArgumentException("Not sortable: " + column);
        };
    }

    /** A value above every real one of the column (H2 compares strings and UUIDs by code unit / bits). */
    private static Object highest(CompanyColumn column) {
        return switch (column) {
            case CAPITAL -> new BigDecimal("99999999999999.9999");
            case SCORE -> Integer.MAX_VALUE;
            case FOUNDED -> LocalDate.of(9999, 12, 31);
            case OWNER_TEAM, OWNER_PERSON -> new UUID(-1L, -1L);
            default -> "\uffff";
        };
    }

    /**
     * The column at most {@link #highest}, compared in the form the column stores: an enum column's (decision 0172)
     * bound is text above every name, which no constant of the enum is.
     */
    @SuppressWarnings("unchecked")
    private static Condition belowHighest(Field<Object> column, CompanyColumn sortColumn) {
        Class<?> storedType = column.getConverter().fromType();
        Field<Object> stored = storedType == column.getType() ? column : (Field<Object>) column.coerce(storedType);
        return stored.le(DSL.val(highest(sortColumn), stored.getDataType()));
    }

    private List<Record> fetch(Table<?> source, Condition where, List<SortField<?>> order, int limit) {
        return new ArrayList<>(database.dsl().select(COMPANY.ID, COMPANY.USCC, COMPANY.NAME, COMPANY.SHORT_NAME,
                        COMPANY.LEGAL_REP, COMPANY.PURSUIT_STATUS, COMPANY.SOURCE_CHANNEL, COMPANY.DIVISION_CODE,
                        COMPANY.INDUSTRY_CODE, COMPANY.REGISTERED_CAPITAL, COMPANY.FOUNDED_ON, COMPANY.OWNER_TEAM_ID,
                        COMPANY.OWNER_PERSON_ID, COMPANY.SCORE, COMPANY.UPDATED_AT)
                .from(source).where(where).orderBy(order).limit(limit).fetch());
    }

    private static SortField<?> order(Field<?> field, boolean ascending) {
        return ascending ? field.asc() : field.desc();
    }

    private static PageKey keyOf(Record last, Field<Object> column, boolean inEmptyPart) {
        return new PageKey(inEmptyPart ? null : last.get(column), last.get(COMPANY.ID), inEmptyPart);
    }

    @SuppressWarnings("unchecked")
    static Field<Object> sortField(CompanyColumn column) {
        Field<?> field = switch (column) {
            case NAME -> COMPANY.NAME;
            case USCC -> COMPANY.USCC;
            case STATUS -> COMPANY.PURSUIT_STATUS;
            case CHANNEL -> COMPANY.SOURCE_CHANNEL;
            case DIVISION -> COMPANY.DIVISION_CODE;
            case INDUSTRY -> COMPANY.INDUSTRY_CODE;
            case CAPITAL -> COMPANY.REGISTERED_CAPITAL;
            case FOUNDED -> COMPANY.FOUNDED_ON;
            case OWNER_TEAM -> COMPANY.OWNER_TEAM_ID;
            case OWNER_PERSON -> COMPANY.OWNER_PERSON_ID;
            case SCORE -> COMPANY.SCORE;
            case UPDATED -> COMPANY.UPDATED_AT;
            default -> throw new IllegalArgumentException("Not sortable: " + column);
        };
        return (Field<Object>) field;
    }

    private static boolean isNullable(CompanyColumn column) {
        return column != CompanyColumn.NAME && column != CompanyColumn.STATUS && column != CompanyColumn.UPDATED;
    }

    Condition conditions(CompanyFilter f, Viewer viewer) {
        List<Condition> all = new ArrayList<>();
        all.add(COMPANY.DELETED_AT.isNull());
        if (viewer.scope() != null && !viewer.scope().everything()) {
            all.add(ScopeConditions.visible(viewer.scope(), COMPANY.ID));
        }
        if (!f.industryCodes().isEmpty()) {
            all.add(COMPANY.INDUSTRY_CODE.in(lookups.industryCodesUnder(f.industryCodes())));
        }
        // Link-table filters as semi-joins: a rare tag or node is then found from its own index.
        if (!f.chainNodeIds().isEmpty()) {
            all.add(COMPANY.ID.in(DSL.select(COMPANY_CHAIN_NODE.COMPANY_ID).from(COMPANY_CHAIN_NODE)
                    .where(COMPANY_CHAIN_NODE.NODE_ID.in(lookups.chainNodesUnder(f.chainNodeIds())))));
        }
        if (f.divisionCode() != null) {
            all.add(divisionCondition(f.divisionCode()));
        }
        if (!f.ladderTiers().isEmpty()) {
            all.add(COMPANY.ID.in(DSL.select(COMPANY_LADDER.COMPANY_ID).from(COMPANY_LADDER)
                    .where(COMPANY_LADDER.DELETED_AT.isNull())
                    .and(COMPANY_LADDER.TIER.in(f.ladderTiers()))));
        }
        for (CompanyFlag flag : f.flags()) {
            all.add(switch (flag) {
                case LOCATED_IN_DISTRICT -> COMPANY.LOCATED_IN_DISTRICT.isTrue();
                case SPECIALIZED -> COMPANY.SPECIALIZED.isTrue();
                case LISTED -> COMPANY.LISTED.isTrue();
                case FORTUNE500 -> COMPANY.FORTUNE500.isTrue();
            });
        }
        if (!f.statuses().isEmpty()) {
            all.add(COMPANY.PURSUIT_STATUS.in(f.statuses()));
        }
        if (!f.channels().isEmpty()) {
            all.add(COMPANY.SOURCE_CHANNEL.in(f.channels()));
        }
        if (f.ownerTeamId() != null) {
            all.add(COMPANY.OWNER_TEAM_ID.eq(f.ownerTeamId()));
        }
        if (f.ownerPersonId() != null) {
            all.add(COMPANY.OWNER_PERSON_ID.eq(f.ownerPersonId()));
        }
        if (f.claimState() != null) {
            all.add(claimCondition(f.claimState(), viewer));
        }
        if (!f.tags().isEmpty()) {
            all.add(COMPANY.ID.in(DSL.select(COMPANY_TAG.COMPANY_ID).from(COMPANY_TAG).where(COMPANY_TAG.TAG.in(f.tags()))));
        }
        if (f.capitalMin() != null) {
            all.add(COMPANY.REGISTERED_CAPITAL.ge(f.capitalMin()));
        }
        if (f.capitalMax() != null) {
            all.add(COMPANY.REGISTERED_CAPITAL.le(f.capitalMax()));
        }
        if (f.foundedFrom() != null) {
            all.add(COMPANY.FOUNDED_ON.ge(f.foundedFrom()));
        }
        if (f.foundedTo() != null) {
            all.add(COMPANY.FOUNDED_ON.le(f.foundedTo()));
        }
        return DSL.and(all);
    }

    /** GB/T 2260: 41xxxx is a province, 4101xx a city in it, 410102 a district. */
    private static Condition divisionCondition(String code) {
        if (code.endsWith("0000")) {
            return COMPANY.DIVISION_CODE.like(code.substring(0, 2) + "%");
        }
        if (code.endsWith("00")) {
            return COMPANY.DIVISION_CODE.like(code.substring(0, 4) + "%");
        }
        return COMPANY.DIVISION_CODE.eq(code);
    }

    private static Condition claimCondition(ClaimState state, Viewer viewer) {
        Condition active = CLAIM.COMPANY_ID.eq(COMPANY.ID).and(CLAIM.DELETED_AT.isNull()).and(CLAIM.RELEASED_AT.isNull())
                .and(CLAIM.EXPIRES_ON.ge(viewer.today()));
        return switch (state) {
            case POOL -> notExists(selectOne().from(CLAIM).where(active));
            case CLAIMED -> COMPANY.ID.in(DSL.select(CLAIM.COMPANY_ID).from(CLAIM).where(CLAIM.DELETED_AT.isNull())
                    .and(CLAIM.RELEASED_AT.isNull()).and(CLAIM.EXPIRES_ON.ge(viewer.today())));
            case MINE -> {
                // A few claims among many companies: found through the claim table, then by key.
                Condition mine = DSL.falseCondition();
                if (viewer.personId() != null) {
                    mine = mine.or(CLAIM.PERSON_ID.eq(viewer.personId()));
                }
                if (!viewer.teamIds().isEmpty()) {
                    mine = mine.or(CLAIM.TEAM_ID.in(viewer.teamIds()));
                }
                yield COMPANY.ID.in(DSL.select(CLAIM.COMPANY_ID).from(CLAIM).where(CLAIM.DELETED_AT.isNull())
                        .and(CLAIM.RELEASED_AT.isNull()).and(CLAIM.EXPIRES_ON.ge(viewer.today())).and(mine));
            }
        };
    }

    /** Adds names, the current claim holder and tags to a page of rows (a few small look-ups by key). */
    private List<CompanyRow> decorate(List<Record> rows, LocalDate today) {
        List<UUID> ids = rows.stream().map(r -> r.get(COMPANY.ID)).toList();
        Map<UUID, String> teams = lookups.teamNames(distinct(rows, COMPANY.OWNER_TEAM_ID));
        Map<UUID, String> people = lookups.personNames(distinct(rows, COMPANY.OWNER_PERSON_ID));
        Map<UUID, ClaimRepository.Holder> holders = claims.holders(ids, today);
        Map<UUID, List<String>> tags = new HashMap<>();
        if (!ids.isEmpty()) {
            database.dsl().select(COMPANY_TAG.COMPANY_ID, COMPANY_TAG.TAG).from(COMPANY_TAG)
                    .where(COMPANY_TAG.COMPANY_ID.in(ids)).orderBy(COMPANY_TAG.TAG)
                    .forEach(r -> tags.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        }
        List<CompanyRow> result = new ArrayList<>(rows.size());
        for (Record r : rows) {
            UUID id = r.get(COMPANY.ID);
            ClaimRepository.Holder holder = holders.get(id);
            result.add(new CompanyRow(id, r.get(COMPANY.USCC), r.get(COMPANY.NAME), r.get(COMPANY.SHORT_NAME),
                    r.get(COMPANY.LEGAL_REP), r.get(COMPANY.PURSUIT_STATUS),
                    r.get(COMPANY.SOURCE_CHANNEL), r.get(COMPANY.DIVISION_CODE),
                    lookups.divisionName(r.get(COMPANY.DIVISION_CODE)), r.get(COMPANY.INDUSTRY_CODE),
                    lookups.industryName(r.get(COMPANY.INDUSTRY_CODE)), r.get(COMPANY.REGISTERED_CAPITAL),
                    r.get(COMPANY.FOUNDED_ON), teams.get(r.get(COMPANY.OWNER_TEAM_ID)),
                    people.get(r.get(COMPANY.OWNER_PERSON_ID)), holder == null ? null : holder.name(),
                    holder == null ? null : holder.until(), tags.getOrDefault(id, List.of()), r.get(COMPANY.SCORE),
                    r.get(COMPANY.UPDATED_AT)));
        }
        return result;
    }

    private static List<UUID> distinct(List<Record> rows, Field<UUID> field) {
        return rows.stream().map(r -> r.get(field)).filter(Objects::nonNull).distinct().toList();
    }
}
