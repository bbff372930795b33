package cn.zhaoshang.desk.chain.db;

import static cn.zhaoshang.desk.generated.Tables.COMPANY;
import static cn.zhaoshang.desk.generated.Tables.COMPANY_CHAIN_NODE;
import static cn.zhaoshang.desk.generated.Tables.DIVISION;
import static cn.zhaoshang.desk.generated.Tables.PROJECT;
import static cn.zhaoshang.desk.generated.Tables.PROJECT_CHAIN_NODE;

import cn.zhaoshang.desk.chain.CandidateSource;
import cn.zhaoshang.desk.chain.GapCandidate;
import cn.zhaoshang.desk.chain.NodeCompany;
import cn.zhaoshang.desk.chain.NodeCompanyScope;
import cn.zhaoshang.desk.chain.NodePage;
import cn.zhaoshang.desk.chain.NodeProject;
import cn.zhaoshang.desk.chain.ProjectStages;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.EnumColumns;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Row2;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The chain map's figures, counted in the database with one GROUP BY per map (never by loading the
 * companies), and the lists behind a node. A node's figures cover its subtree: the service passes
 * (node, ancestor-or-self) pairs, joined as a VALUES table, so a company tagged twice in one subtree
 * counts once.
 */
public final class ChainFiguresRepository {
    /** Pursuit statuses of a target being worked on (在招). */
    public static final List<String> PURSUED = List.of("NEW", "FOLLOWING", "NEGOTIATING");
    public static final List<String> DORMANT = List.of("PAUSED", "ABANDONED");
    // Stage and status by their stored names: the chain map counts by name (see ProjectStages), so it needs
    // neither the project nor the company library's enum.
    private static final Field<String> STAGE_NAME = EnumColumns.names(PROJECT.STAGE);
    private static final Field<String> STATUS_NAME = EnumColumns.names(COMPANY.PURSUIT_STATUS);

    private final Database database;

    public ChainFiguresRepository(Database database) {
        this.database = database;
    }

    private DSLContext dsl() {
        return database.dsl();
    }

    /** Local (本地): located in the district, or landed there through our work. */
    static Condition local() {
        return COMPANY.LOCATED_IN_DISTRICT.isTrue().or(STATUS_NAME.eq("LANDED"));
    }

    /** Company counts per ancestor node: local, pursued, dormant, chain leaders, local chain leaders. */
    public Map<UUID, int[]> companyFigures(List<UUID[]> ancestorPairs) {
        Map<UUID, int[]> out = new HashMap<>();
        if (ancestorPairs.isEmpty()) {
            return out;
        }
        Table<Record2<UUID, UUID>> anc = pairs(ancestorPairs);
        Field<UUID> ancNode = anc.field("node_id", UUID.class);
        Field<UUID> ancestor = anc.field("ancestor_id", UUID.class);
        Condition local = local();
        Condition leader = COMPANY_CHAIN_NODE.CHAIN_LEADER.isTrue();
        dsl().select(ancestor,
                        DSL.countDistinct(DSL.when(local, COMPANY.ID)),
                        DSL.countDistinct(DSL.when(DSL.not(local).and(STATUS_NAME.in(PURSUED)), COMPANY.ID)),
                        DSL.countDistinct(DSL.when(DSL.not(local).and(STATUS_NAME.in(DORMANT)), COMPANY.ID)),
                        DSL.countDistinct(DSL.when(leader, COMPANY.ID)),
                        DSL.countDistinct(DSL.when(leader.and(local), COMPANY.ID)))
                .from(COMPANY_CHAIN_NODE)
                .join(anc).on(ancNode.eq(COMPANY_CHAIN_NODE.NODE_ID))
                .join(COMPANY).on(COMPANY.ID.eq(COMPANY_CHAIN_NODE.COMPANY_ID))
                .where(COMPANY.DELETED_AT.isNull())
                .groupBy(ancestor)
                .forEach(r -> out.put(r.value1(), new int[] {r.value2(), r.value3(), r.value4(), r.value5(), r.value6()}));
        return out;
    }

    /** Project counts per ancestor node and stage (archived and deleted projects left out). */
    public Map<UUID, Map<String, Integer>> projectFigures(List<UUID[]> ancestorPairs) {
        Map<UUID, Map<String, Integer>> out = new HashMap<>();
        if (ancestorPairs.isEmpty()) {
            return out;
        }
        Table<Record2<UUID, UUID>> anc = pairs(ancestorPairs);
        Field<UUID> ancNode = anc.field("node_id", UUID.class);
        Field<UUID> ancestor = anc.field("ancestor_id", UUID.class);
        dsl().select(ancestor, STAGE_NAME, DSL.countDistinct(PROJECT.ID))
                .from(PROJECT_CHAIN_NODE)
                .join(anc).on(ancNode.eq(PROJECT_CHAIN_NODE.NODE_ID))
                .join(PROJECT).on(PROJECT.ID.eq(PROJECT_CHAIN_NODE.PROJECT_ID))
                .where(PROJECT.DELETED_AT.isNull()).and(PROJECT.ARCHIVED_AT.isNull())
                .groupBy(ancestor, STAGE_NAME)
                .forEach(r -> out.computeIfAbsent(r.value1(), k -> new HashMap<>()).put(r.value2(), r.value3()));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Table<Record2<UUID, UUID>> pairs(List<UUID[]> pairs) {
        Row2<UUID, UUID>[] rows = pairs.stream().map(p -> DSL.row(p[0], p[1])).toArray(Row2[]::new);
        return DSL.values(rows).as("anc", "node_id", "ancestor_id");
    }

    /** One page of the companies tagged to these nodes: local first, chain leaders first, then by name. */
    public NodePage<NodeCompany> companies(Collection<UUID> nodeIds, Function<UUID, String> nodeNames,
                                           NodeCompanyScope filter, int offset, int limit) {
        Condition where = COMPANY_CHAIN_NODE.NODE_ID.in(nodeIds).and(COMPANY.DELETED_AT.isNull()).and(filter(filter));
        int total = dsl().fetchCount(DSL.select(COMPANY_CHAIN_NODE.COMPANY_ID, COMPANY_CHAIN_NODE.NODE_ID)
                .from(COMPANY_CHAIN_NODE).join(COMPANY).on(COMPANY.ID.eq(COMPANY_CHAIN_NODE.COMPANY_ID)).where(where));
        Field<Boolean> isLocal = DSL.field(local());
        List<NodeCompany> rows = dsl().select(COMPANY.ID, COMPANY.NAME, DIVISION.NAME, isLocal, STATUS_NAME,
                        COMPANY_CHAIN_NODE.CHAIN_LEADER, COMPANY.REGISTERED_CAPITAL, COMPANY_CHAIN_NODE.NODE_ID)
                .from(COMPANY_CHAIN_NODE)
                .join(COMPANY).on(COMPANY.ID.eq(COMPANY_CHAIN_NODE.COMPANY_ID))
                .leftJoin(DIVISION).on(DIVISION.CODE.eq(COMPANY.DIVISION_CODE))
                .where(where)
                .orderBy(DSL.when(local(), DSL.inline(0)).else_(DSL.inline(1)),
                        DSL.when(COMPANY_CHAIN_NODE.CHAIN_LEADER.isTrue(), DSL.inline(0)).else_(DSL.inline(1)),
                        COMPANY.NAME, COMPANY.ID, COMPANY_CHAIN_NODE.NODE_ID)
                .offset(offset).limit(limit)
                .fetch(r -> new NodeCompany(r.value1(), r.value2(), r.value3(), Boolean.TRUE.equals(r.value4()),
                        r.value5(), Boolean.TRUE.equals(r.value6()), r.value7(), r.value8(), nodeNames.apply(r.value8())));
        return new NodePage<>(rows, total);
    }

    private static Condition filter(NodeCompanyScope filter) {
        return switch (filter) {
            case ALL -> DSL.trueCondition();
            case LOCAL -> local();
            case PURSUED -> DSL.not(local()).and(STATUS_NAME.in(PURSUED));
            case CHAIN_LEADERS -> COMPANY_CHAIN_NODE.CHAIN_LEADER.isTrue();
        };
    }

    /** The projects tagged to these nodes, in pipeline order. */
    public NodePage<NodeProject> projects(Collection<UUID> nodeIds, Function<UUID, String> nodeNames, int limit) {
        Condition where = PROJECT_CHAIN_NODE.NODE_ID.in(nodeIds).and(PROJECT.DELETED_AT.isNull())
                .and(PROJECT.ARCHIVED_AT.isNull());
        int total = dsl().fetchCount(DSL.select(PROJECT_CHAIN_NODE.PROJECT_ID, PROJECT_CHAIN_NODE.NODE_ID)
                .from(PROJECT_CHAIN_NODE).join(PROJECT).on(PROJECT.ID.eq(PROJECT_CHAIN_NODE.PROJECT_ID)).where(where));
        List<NodeProject> rows = new ArrayList<>(dsl().select(PROJECT.ID, PROJECT.NAME, STAGE_NAME, COMPANY.NAME,
                        PROJECT.PLANNED_INVESTMENT, PROJECT_CHAIN_NODE.NODE_ID)
                .from(PROJECT_CHAIN_NODE)
                .join(PROJECT).on(PROJECT.ID.eq(PROJECT_CHAIN_NODE.PROJECT_ID))
                .leftJoin(COMPANY).on(COMPANY.ID.eq(PROJECT.COMPANY_ID))
                .where(where)
                .orderBy(PROJECT.PLANNED_INVESTMENT.desc().nullsLast(), PROJECT.NAME, PROJECT.ID)
                .limit(limit)
                .fetch(r -> new NodeProject(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        nodeNames.apply(r.value6()))));
        rows.sort(Comparator.comparingInt(p -> ProjectStages.rank(p.stage())));
        return new NodePage<>(rows, total);
    }

    /** Projects tagged to these nodes that are on hold or dropped. */
    public int inactiveProjects(Collection<UUID> nodeIds) {
        return dsl().fetchCount(DSL.selectDistinct(PROJECT.ID).from(PROJECT_CHAIN_NODE)
                .join(PROJECT).on(PROJECT.ID.eq(PROJECT_CHAIN_NODE.PROJECT_ID))
                .where(PROJECT_CHAIN_NODE.NODE_ID.in(nodeIds)).and(PROJECT.DELETED_AT.isNull())
                .and(STAGE_NAME.in(ProjectStages.INACTIVE)));
    }

    /**
     * Candidates for a gap: companies outside the district tagged to the nodes, then companies outside
     * the district not tagged anywhere on the chain whose industry code starts with one of the codes;
     * best scored and largest first.
     */
    public List<GapCandidate> gapCandidates(Collection<UUID> nodeIds, Collection<UUID> chainNodeIds,
                                            Collection<String> industryCodes, int limit) {
        List<GapCandidate> out = new ArrayList<>(dsl().selectDistinct(COMPANY.ID, COMPANY.NAME, DIVISION.NAME,
                        STATUS_NAME, COMPANY.REGISTERED_CAPITAL, COMPANY.SCORE)
                .from(COMPANY_CHAIN_NODE)
                .join(COMPANY).on(COMPANY.ID.eq(COMPANY_CHAIN_NODE.COMPANY_ID))
                .leftJoin(DIVISION).on(DIVISION.CODE.eq(COMPANY.DIVISION_CODE))
                .where(COMPANY_CHAIN_NODE.NODE_ID.in(nodeIds)).and(COMPANY.DELETED_AT.isNull()).and(DSL.not(local()))
                .orderBy(COMPANY.SCORE.desc().nullsLast(), COMPANY.REGISTERED_CAPITAL.desc().nullsLast(), COMPANY.NAME)
                .limit(limit)
                .fetch(r -> new GapCandidate(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        CandidateSource.TAGGED)));
        if (out.size() >= limit || industryCodes.isEmpty()) {
            return out;
        }
        Condition byCode = DSL.or(industryCodes.stream().map(c -> COMPANY.INDUSTRY_CODE.startsWith(c)).toList());
        out.addAll(dsl().select(COMPANY.ID, COMPANY.NAME, DIVISION.NAME, STATUS_NAME,
                        COMPANY.REGISTERED_CAPITAL)
                .from(COMPANY)
                .leftJoin(DIVISION).on(DIVISION.CODE.eq(COMPANY.DIVISION_CODE))
                .where(byCode).and(COMPANY.DELETED_AT.isNull()).and(DSL.not(local()))
                .and(STATUS_NAME.ne("ABANDONED"))
                .andNotExists(DSL.selectOne().from(COMPANY_CHAIN_NODE)
                        .where(COMPANY_CHAIN_NODE.COMPANY_ID.eq(COMPANY.ID))
                        .and(COMPANY_CHAIN_NODE.NODE_ID.in(chainNodeIds)))
                .orderBy(COMPANY.SCORE.desc().nullsLast(), COMPANY.REGISTERED_CAPITAL.desc().nullsLast(), COMPANY.NAME)
                .limit(limit - out.size())
                .fetch(r -> new GapCandidate(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        CandidateSource.INDUSTRY_RULE)));
        return out;
    }
}
