package cn.zhaoshang.desk.project.db;

import static cn.zhaoshang.desk.generated.Tables.CARRIER;
import static cn.zhaoshang.desk.generated.Tables.CHAIN;
import static cn.zhaoshang.desk.generated.Tables.CHAIN_NODE;
import static cn.zhaoshang.desk.generated.Tables.COMPANY;
import static cn.zhaoshang.desk.generated.Tables.INDUSTRY;
import static cn.zhaoshang.desk.generated.Tables.POLICY;
import static cn.zhaoshang.desk.generated.Tables.TEAM;
import static cn.zhaoshang.desk.generated.Tables.UNIT;
import static org.jooq.impl.DSL.row;

import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.pick.Choice;
import cn.zhaoshang.desk.common.text.Uscc;
import cn.zhaoshang.desk.project.CompanyChoice;
import cn.zhaoshang.desk.project.IndustryChoice;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.Condition;

/**
 * Read-only look-ups the project screens pick from: teams, units, carriers, chain nodes, policies
 * and investor companies. Small own queries, so the project library does not wait for the
 * libraries that own those tables.
 */
public final class ProjectLookups {
    private final Database database;

    public ProjectLookups(Database database) {
        this.database = database;
    }

    public List<Choice> teams() {
        return database.dsl().select(TEAM.ID, TEAM.NAME).from(TEAM).where(TEAM.DELETED_AT.isNull()).orderBy(TEAM.NAME)
                .fetch(r -> new Choice(r.value1(), r.value2()));
    }

    public List<Choice> units() {
        return database.dsl().select(UNIT.ID, UNIT.NAME).from(UNIT).where(UNIT.DELETED_AT.isNull())
                .orderBy(UNIT.KIND, UNIT.NAME).fetch(r -> new Choice(r.value1(), r.value2()));
    }

    /** Carriers with the park they belong to (园中园): "华润新能源总部基地 / 新能源企业加速器". */
    public List<Choice> carriers() {
        Map<UUID, String> names = new HashMap<>();
        Map<UUID, UUID> parents = new HashMap<>();
        database.dsl().select(CARRIER.ID, CARRIER.NAME, CARRIER.PARENT_ID).from(CARRIER).where(CARRIER.DELETED_AT.isNull())
                .forEach(r -> {
                    names.put(r.value1(), r.value2());
                    parents.put(r.value1(), r.value3());
                });
        return names.keySet().stream().map(id -> {
            UUID parent = parents.get(id);
            String path = parent != null && names.containsKey(parent) ? names.get(parent) + " / " + names.get(id) : names.get(id);
            return new Choice(id, path);
        }).sorted(Comparator.comparing(Choice::name)).toList();
    }

    /** Sections, each followed by its divisions (projects are coded by division). */
    public List<IndustryChoice> industries() {
        var rows = database.dsl().select(INDUSTRY.CODE, INDUSTRY.NAME, INDUSTRY.PARENT_CODE, INDUSTRY.DEPTH).from(INDUSTRY)
                .where(INDUSTRY.DEPTH.le(2)).orderBy(INDUSTRY.CODE).fetch();
        List<IndustryChoice> ordered = new ArrayList<>();
        for (var section : rows) {
            if (section.value4() == 1) {
                ordered.add(new IndustryChoice(section.value1(), section.value2(), 1));
                rows.stream().filter(d -> d.value4() == 2 && section.value1().equals(d.value3()))
                        .forEach(d -> ordered.add(new IndustryChoice(d.value1(), d.value2(), 2)));
            }
        }
        return ordered;
    }

    /** Chain nodes as "chain · node", in chain and node order. */
    public List<Choice> chainNodes() {
        return database.dsl().select(CHAIN_NODE.ID, CHAIN.NAME, CHAIN_NODE.NAME).from(CHAIN_NODE)
                .join(CHAIN).on(CHAIN.ID.eq(CHAIN_NODE.CHAIN_ID))
                .where(CHAIN_NODE.DELETED_AT.isNull()).and(CHAIN.DELETED_AT.isNull())
                .orderBy(CHAIN.SORT_ORDER, CHAIN.NAME, CHAIN_NODE.SORT_ORDER, CHAIN_NODE.NAME)
                .fetch(r -> new Choice(r.value1(), r.value2() + " · " + r.value3()));
    }

    /** Policies in force: the current version of each. */
    public List<Choice> policies() {
        return database.dsl().select(POLICY.ID, POLICY.NAME, POLICY.VERSION_NO).from(POLICY)
                .where(POLICY.DELETED_AT.isNull()).and(POLICY.SUPERSEDED_AT.isNull())
                .orderBy(POLICY.NAME).fetch(r -> new Choice(r.value1(), r.value2()));
    }

    /**
     * Investor companies for the picker: by USCC prefix when the text looks like a code, else by
     * name substring; at most {@code limit}, in name order, continuing after {@code afterName}/{@code afterId}.
     */
    public List<CompanyChoice> companies(String query, String afterName, UUID afterId, int limit) {
        String q = query == null ? "" : query.strip();
        Condition where = COMPANY.DELETED_AT.isNull();
        String code = Uscc.normalize(q);
        if (code != null && code.length() >= 4 && code.chars().allMatch(ch -> Uscc.ALPHABET.indexOf(ch) >= 0)
                && code.chars().anyMatch(Character::isDigit)) {
            where = where.and(COMPANY.USCC.startsWith(code));
        } else if (!q.isEmpty()) {
            where = where.and(COMPANY.NAME.contains(q));
        }
        if (afterName != null && afterId != null) {
            where = where.and(row(COMPANY.NAME, COMPANY.ID).gt(afterName, afterId));
        }
        return database.dsl().select(COMPANY.ID, COMPANY.NAME, COMPANY.USCC).from(COMPANY).where(where)
                .orderBy(COMPANY.NAME, COMPANY.ID).limit(limit)
                .fetch(r -> new CompanyChoice(r.value1(), r.value2(), r.value3()));
    }

    public CompanyChoice company(UUID id) {
        return database.dsl().select(COMPANY.ID, COMPANY.NAME, COMPANY.USCC).from(COMPANY).where(COMPANY.ID.eq(id))
                .fetchOne(r -> new CompanyChoice(r.value1(), r.value2(), r.value3()));
    }

    public boolean companyExists(UUID id) {
        return database.dsl().fetchExists(COMPANY, COMPANY.ID.eq(id).and(COMPANY.DELETED_AT.isNull()));
    }
}
