package cn.zhaoshang.desk.project.db;

import static cn.zhaoshang.desk.generated.Tables.CARRIER;
import static cn.zhaoshang.desk.generated.Tables.COMPANY;
import static cn.zhaoshang.desk.generated.Tables.INDUSTRY;
import static cn.zhaoshang.desk.generated.Tables.PROJECT;
import static cn.zhaoshang.desk.generated.Tables.PROJECT_CHAIN_NODE;
import static cn.zhaoshang.desk.generated.Tables.TEAM;
import static cn.zhaoshang.desk.generated.Tables.UNIT;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.falseCondition;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.sum;

import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.project.ClockState;
import cn.zhaoshang.desk.project.ColumnSummary;
import cn.zhaoshang.desk.project.ListSort;
import cn.zhaoshang.desk.project.PageCursor;
import cn.zhaoshang.desk.project.ProjectCard;
import cn.zhaoshang.desk.project.ProjectFilter;
import cn.zhaoshang.desk.project.ProjectPage;
import cn.zhaoshang.desk.project.ProjectStage;
import cn.zhaoshang.desk.project.ProjectVisibility;
import cn.zhaoshang.desk.project.StageClock;
import cn.zhaoshang.desk.project.StageDeadline;
import cn.zhaoshang.desk.security.CompanyScope;
import cn.zhaoshang.desk.security.db.ScopeConditions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.SelectJoinStep;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The board's and the list's reads. Built to stay fast at 100,000 projects: column totals are one
 * aggregate query, a column or list page is a keyset query for a few dozen rows (index
 * {@code project (stage, stage_entered_on, id)}), and joins to names happen only for the rows shown.
 */
public final class ProjectQueries {
    /** What a card's amount is: the contract amount once signed, else the planned investment. */
    static final Field<BigDecimal> AMOUNT = coalesce(PROJECT.CONTRACT_AMOUNT, PROJECT.PLANNED_INVESTMENT);
    private static final String SORT_KEY = "sort_key";

    /** The viewer's rights and the stage clock, fixed for one query. */
    public record Context(boolean realNames, Map<ProjectStage, StageDeadline> deadlines, LocalDate today, CompanyScope scope) {
        /** Everything visible: for callers outside a user's session (tests of plans, background jobs). */
        public Context(boolean realNames, Map<ProjectStage, StageDeadline> deadlines, LocalDate today) {
            this(realNames, deadlines, today, null);
        }
    }

    private final Database database;

    public ProjectQueries(Database database) {
        this.database = database;
    }

    public List<ColumnSummary> summaries(ProjectFilter filter, Context ctx) {
        Condition where = condition(filter, ctx);
        return database.dsl().select(PROJECT.STAGE, count(), sum(AMOUNT)).from(PROJECT).where(where)
                .groupBy(PROJECT.STAGE)
                .fetch(r -> new ColumnSummary(r.value1(), r.value2(),
                        r.value3() == null ? BigDecimal.ZERO : r.value3()));
    }

    /**
     * How many projects of the filter are in {@code stage} past its deadline: one index range on
     * (stage, stage_entered_on), so the "三未" counts cost little whatever the table size.
     */
    public long overdueCount(ProjectFilter filter, ProjectStage stage, Context ctx) {
        StageDeadline deadline = ctx.deadlines().get(stage);
        if (deadline == null) {
            return 0;
        }
        Condition where = condition(filter.withStage(null).withClock(null), ctx).and(PROJECT.STAGE.eq(stage))
                .and(PROJECT.STAGE_ENTERED_ON.lt(ctx.today().minusDays(deadline.maxDays())));
        return database.dsl().fetchCount(PROJECT, where);
    }

    /** A board column: the projects longest in the stage first. */
    public ProjectPage column(ProjectFilter filter, ProjectStage stage, PageCursor after, int limit, Context ctx) {
        return page(columnKeys(filter, stage, after, limit, ctx), limit, ctx);
    }

    /**
     * The keys of a column page. The constant stage leads the order so that H2 sees the index
     * (stage, stage_entered_on, id) as already sorted and stops after the page instead of sorting
     * the whole stage (a test reads the plan).
     */
    ResultQuery<Record> columnKeys(ProjectFilter filter, ProjectStage stage, PageCursor after, int limit, Context ctx) {
        Condition where = condition(filter, ctx).and(PROJECT.STAGE.eq(stage));
        if (after != null) {
            where = where.and(row(PROJECT.STAGE_ENTERED_ON, PROJECT.ID).gt((LocalDate) after.key(), after.id()));
        }
        return keys(where, List.of(PROJECT.STAGE.asc(), PROJECT.STAGE_ENTERED_ON.asc(), PROJECT.ID.asc()),
                PROJECT.STAGE_ENTERED_ON, limit);
    }

    public ProjectPage list(ProjectFilter filter, ListSort sort, PageCursor after, int limit, Context ctx) {
        return page(listKeys(filter, sort, after, limit, ctx), limit, ctx);
    }

    /** The keys of a list page, each order a keyset on an index (the viewer's shown name excepted). */
    ResultQuery<Record> listKeys(ProjectFilter filter, ListSort sort, PageCursor after, int limit, Context ctx) {
        Condition where = condition(filter, ctx);
        Field<String> name = shownName(ctx.realNames());
        return switch (sort) {
            case LONGEST_IN_STAGE -> keys(after == null ? where : where.and(row(PROJECT.STAGE_ENTERED_ON, PROJECT.ID)
                            .gt((LocalDate) after.key(), after.id())),
                    List.of(PROJECT.STAGE_ENTERED_ON.asc(), PROJECT.ID.asc()), PROJECT.STAGE_ENTERED_ON, limit);
            case NAME -> keys(after == null ? where : where.and(row(name, PROJECT.ID).gt((String) after.key(), after.id())),
                    List.of(name.asc(), PROJECT.ID.asc()), name, limit);
            case RECENTLY_CHANGED -> keys(after == null ? where : where.and(row(PROJECT.UPDATED_AT, PROJECT.ID)
                            .lt((OffsetDateTime) after.key(), after.id())),
                    List.of(PROJECT.UPDATED_AT.desc(), PROJECT.ID.desc()), PROJECT.UPDATED_AT, limit);
        };
    }

    /**
     * Every row of the filter in list order, for an export; rows are handed over one at a time. Inside a
     * transaction: outside one, PostgreSQL's driver ignores the fetch size and reads every row into memory.
     */
    public void forEach(ProjectFilter filter, Context ctx, Consumer<ProjectCard> each) {
        database.transaction(() -> {
            try (var cursor = cardSelect(ctx).where(condition(filter, ctx))
                    .orderBy(PROJECT.STAGE_ENTERED_ON.asc(), PROJECT.ID.asc()).fetchSize(1000).fetchLazy()) {
                cursor.forEach(r -> each.accept(card(r, ctx)));
            }
        });
    }

    private ResultQuery<Record> keys(Condition where, List<SortField<?>> order, Field<?> key, int limit) {
        List<Field<?>> fields = List.of(PROJECT.ID, key.as(SORT_KEY));
        return database.dsl().select(fields).from(PROJECT).where(where).orderBy(order).limit(limit + 1);
    }

    /**
     * One page in two steps: the keys of the page from the project table alone (a short index
     * walk when the order has an index), then the names for just those rows. Joining first would
     * make the database join every matching project before it can sort and cut the page.
     */
    private ProjectPage page(ResultQuery<Record> keyQuery, int limit, Context ctx) {
        List<Record> keys = keyQuery.fetch();
        List<UUID> ids = keys.stream().limit(limit).map(r -> r.get(PROJECT.ID)).toList();
        Map<UUID, ProjectCard> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            cardSelect(ctx).where(PROJECT.ID.in(ids)).forEach(r -> byId.put(r.get(PROJECT.ID), card(r, ctx)));
        }
        List<ProjectCard> cards = ids.stream().map(byId::get).filter(Objects::nonNull).toList();
        PageCursor next = null;
        if (keys.size() > limit) {
            Record last = keys.get(limit - 1);
            next = new PageCursor(last.get(SORT_KEY), last.get(PROJECT.ID));
        }
        return new ProjectPage(cards, next);
    }

    private SelectJoinStep<Record> cardSelect(Context ctx) {
        return database.dsl().select(cardFields(ctx)).from(joined());
    }

    private static Table<?> joined() {
        return PROJECT.leftJoin(COMPANY).on(COMPANY.ID.eq(PROJECT.COMPANY_ID))
                .leftJoin(TEAM).on(TEAM.ID.eq(PROJECT.TEAM_ID))
                .leftJoin(UNIT).on(UNIT.ID.eq(PROJECT.RESPONSIBLE_UNIT_ID))
                .leftJoin(CARRIER).on(CARRIER.ID.eq(PROJECT.CARRIER_ID));
    }

    private static List<Field<?>> cardFields(Context ctx) {
        return List.of(PROJECT.ID, PROJECT.VERSION, PROJECT.NAME, PROJECT.CODE_NAME, COMPANY.NAME, PROJECT.STAGE, AMOUNT.as("amount"),
                TEAM.NAME, UNIT.NAME, CARRIER.NAME, PROJECT.LEADER_IN_CHARGE, PROJECT.STAGE_ENTERED_ON, PROJECT.MAJOR,
                PROJECT.ARCHIVED_AT);
    }

    private static ProjectCard card(Record r, Context ctx) {
        ProjectStage stage = r.get(PROJECT.STAGE);
        LocalDate entered = r.get(PROJECT.STAGE_ENTERED_ON);
        String codeName = r.get(PROJECT.CODE_NAME);
        return new ProjectCard(r.get(PROJECT.ID), r.get(PROJECT.VERSION),
                ProjectVisibility.shownName(r.get(PROJECT.NAME), codeName, ctx.realNames()),
                ProjectVisibility.isConfidential(codeName), r.get(COMPANY.NAME), stage, r.get("amount", BigDecimal.class),
                r.get(TEAM.NAME), r.get(UNIT.NAME), r.get(CARRIER.NAME), r.get(PROJECT.LEADER_IN_CHARGE), entered,
                StageClock.daysIn(entered, ctx.today()), StageClock.state(stage, entered, ctx.deadlines(), ctx.today()),
                Boolean.TRUE.equals(r.get(PROJECT.MAJOR)), r.get(PROJECT.ARCHIVED_AT) != null);
    }

    /** The name the viewer may see, as SQL: the code name when set, for those without the right. */
    static Field<String> shownName(boolean realNames) {
        return realNames ? PROJECT.NAME : coalesce(PROJECT.CODE_NAME, PROJECT.NAME);
    }

    Condition condition(ProjectFilter f, Context ctx) {
        Condition c = PROJECT.DELETED_AT.isNull().and(ScopeConditions.visible(ctx.scope(), PROJECT.COMPANY_ID));
        if (!f.includeArchived()) {
            c = c.and(PROJECT.ARCHIVED_AT.isNull());
        }
        if (f.teamId() != null) {
            c = c.and(PROJECT.TEAM_ID.eq(f.teamId()));
        }
        if (f.companyId() != null) {
            c = c.and(PROJECT.COMPANY_ID.eq(f.companyId()));
        }
        if (f.unitId() != null) {
            c = c.and(PROJECT.RESPONSIBLE_UNIT_ID.eq(f.unitId()));
        }
        if (f.carrierId() != null) {
            c = c.and(PROJECT.CARRIER_ID.in(carrierWithParts(f.carrierId())));
        }
        if (f.industryCode() != null) {
            c = c.and(industry(f.industryCode()));
        }
        if (f.chainNodeId() != null) {
            // Uncorrelated, so the node's links are read once through their index, not once per project.
            c = c.and(PROJECT.ID.in(DSL.select(PROJECT_CHAIN_NODE.PROJECT_ID).from(PROJECT_CHAIN_NODE)
                    .where(PROJECT_CHAIN_NODE.NODE_ID.eq(f.chainNodeId()))));
        }
        if (f.majorOnly()) {
            c = c.and(PROJECT.MAJOR.isTrue());
        }
        if (f.stage() != null) {
            c = c.and(PROJECT.STAGE.eq(f.stage()));
        }
        if (f.clock() != null) {
            c = c.and(clock(f.clock(), ctx));
        }
        if (f.text() != null) {
            c = c.and(text(f.text(), ctx.realNames()));
        }
        return c;
    }

    private static Condition industry(String code) {
        if (Character.isLetter(code.charAt(0))) {
            // A GB/T 4754 section (a letter): projects are coded by division, so match its divisions.
            return PROJECT.INDUSTRY_CODE.eq(code).or(PROJECT.INDUSTRY_CODE.in(
                    DSL.select(INDUSTRY.CODE).from(INDUSTRY).where(INDUSTRY.PARENT_CODE.eq(code))));
        }
        return PROJECT.INDUSTRY_CODE.startsWith(code);
    }

    private static Condition text(String q, boolean realNames) {
        Condition byCompany = exists(selectOne().from(COMPANY).where(COMPANY.ID.eq(PROJECT.COMPANY_ID))
                .and(COMPANY.NAME.containsIgnoreCase(q)));
        Condition byName = realNames
                ? PROJECT.NAME.containsIgnoreCase(q).or(PROJECT.CODE_NAME.containsIgnoreCase(q))
                : shownName(false).containsIgnoreCase(q);
        return byName.or(byCompany);
    }

    /** The same arithmetic as {@link StageClock#state}, per stage that has a deadline. */
    private static Condition clock(ClockState state, Context ctx) {
        Condition any = falseCondition();
        List<ProjectStage> clocked = new ArrayList<>();
        for (StageDeadline d : ctx.deadlines().values()) {
            if (d.stage().isSide() || d.stage() == ProjectStage.OPERATING) {
                continue;
            }
            clocked.add(d.stage());
            LocalDate dueLimit = ctx.today().minusDays(d.maxDays());
            LocalDate warnLimit = ctx.today().minusDays((long) d.maxDays() - d.warnDays());
            Condition stage = PROJECT.STAGE.eq(d.stage());
            any = any.or(switch (state) {
                case OVERDUE -> stage.and(PROJECT.STAGE_ENTERED_ON.lt(dueLimit));
                case DUE_SOON -> stage.and(PROJECT.STAGE_ENTERED_ON.between(dueLimit, warnLimit));
                case ON_TIME -> stage.and(PROJECT.STAGE_ENTERED_ON.gt(warnLimit));
                case NONE -> falseCondition();
            });
        }
        return state == ClockState.NONE ? (clocked.isEmpty() ? noCondition() : PROJECT.STAGE.notIn(clocked)) : any;
    }

    /** A carrier and every carrier inside it (园中园); carriers are few, so this is read whole. */
    private List<UUID> carrierWithParts(UUID root) {
        Map<UUID, UUID> parentOf = new HashMap<>();
        database.dsl().select(CARRIER.ID, CARRIER.PARENT_ID).from(CARRIER).where(CARRIER.DELETED_AT.isNull())
                .forEach(r -> parentOf.put(r.value1(), r.value2()));
        List<UUID> result = new ArrayList<>();
        for (UUID id : parentOf.keySet()) {
            UUID at = id;
            for (int depth = 0; at != null && depth < 16; depth++, at = parentOf.get(at)) {
                if (at.equals(root)) {
                    result.add(id);
                    break;
                }
            }
        }
        if (result.isEmpty()) {
            result.add(root);
        }
        return result;
    }
}
