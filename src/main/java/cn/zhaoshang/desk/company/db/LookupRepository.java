package cn.zhaoshang.desk.company.db;

import static cn.zhaoshang.desk.generated.Tables.CHAIN;
import static cn.zhaoshang.desk.generated.Tables.CHAIN_NODE;
import static cn.zhaoshang.desk.generated.Tables.COMPANY;
import static cn.zhaoshang.desk.generated.Tables.COMPANY_TAG;
import static cn.zhaoshang.desk.generated.Tables.DIVISION;
import static cn.zhaoshang.desk.generated.Tables.INDUSTRY;
import static cn.zhaoshang.desk.generated.Tables.PERSON;
import static cn.zhaoshang.desk.generated.Tables.TEAM;
import static cn.zhaoshang.desk.generated.Tables.TEAM_MEMBERSHIP;

import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.company.Choice;
import cn.zhaoshang.desk.company.CodeChoice;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.impl.DSL;

/**
 * Names of what companies refer to (teams, people, chain nodes, regions, industries) and the
 * choices pickers offer. Read-only; the owning features write these tables. Region and industry
 * names are reference data and cached after the first read.
 */
public final class LookupRepository {
    private final Database database;
    private volatile Map<String, String> divisionNames;
    private volatile Map<String, String> industryNames;
    private volatile Map<String, List<String>> industryChildren;

    public LookupRepository(Database database) {
        this.database = database;
    }

    public List<Choice> teams() {
        return database.dsl().select(TEAM.ID, TEAM.NAME, TEAM.REGION).from(TEAM).where(TEAM.DELETED_AT.isNull())
                .orderBy(TEAM.NAME).fetch(r -> new Choice(r.value1(), r.value2(), null));
    }

    /** People who are members of the team on that day, or everybody when no team is given. */
    public List<Choice> people(UUID teamId, LocalDate day) {
        var dsl = database.dsl();
        if (teamId == null) {
            return dsl.select(PERSON.ID, PERSON.NAME, PERSON.TITLE).from(PERSON).where(PERSON.DELETED_AT.isNull())
                    .orderBy(PERSON.NAME).fetch(r -> new Choice(r.value1(), r.value2(), null));
        }
        return dsl.selectDistinct(PERSON.ID, PERSON.NAME).from(PERSON).join(TEAM_MEMBERSHIP)
                .on(TEAM_MEMBERSHIP.PERSON_ID.eq(PERSON.ID)).where(TEAM_MEMBERSHIP.TEAM_ID.eq(teamId))
                .and(TEAM_MEMBERSHIP.DELETED_AT.isNull()).and(PERSON.DELETED_AT.isNull())
                .and(TEAM_MEMBERSHIP.FROM_DATE.le(day))
                .and(TEAM_MEMBERSHIP.TO_DATE.isNull().or(TEAM_MEMBERSHIP.TO_DATE.ge(day)))
                .orderBy(PERSON.NAME).fetch(r -> new Choice(r.value1(), r.value2(), null));
    }

    /** The teams a person belongs to on that day (rotation: memberships have from/to dates). */
    public List<UUID> teamsOf(UUID personId, LocalDate day) {
        if (personId == null) {
            return List.of();
        }
        return database.dsl().select(TEAM_MEMBERSHIP.TEAM_ID).from(TEAM_MEMBERSHIP)
                .where(TEAM_MEMBERSHIP.PERSON_ID.eq(personId)).and(TEAM_MEMBERSHIP.DELETED_AT.isNull())
                .and(TEAM_MEMBERSHIP.FROM_DATE.le(day))
                .and(TEAM_MEMBERSHIP.TO_DATE.isNull().or(TEAM_MEMBERSHIP.TO_DATE.ge(day)))
                .fetch(TEAM_MEMBERSHIP.TEAM_ID);
    }

    public List<Choice> chainNodes() {
        return database.dsl().select(CHAIN_NODE.ID, CHAIN_NODE.NAME, CHAIN.NAME).from(CHAIN_NODE).join(CHAIN)
                .on(CHAIN.ID.eq(CHAIN_NODE.CHAIN_ID)).where(CHAIN_NODE.DELETED_AT.isNull()).and(CHAIN.DELETED_AT.isNull())
                .orderBy(CHAIN.SORT_ORDER, CHAIN.NAME, CHAIN_NODE.SORT_ORDER, CHAIN_NODE.NAME)
                .fetch(r -> new Choice(r.value1(), r.value2(), r.value3()));
    }

    /** The nodes and every node below them (a chain's nodes nest). */
    public Set<UUID> chainNodesUnder(Collection<UUID> nodes) {
        Map<UUID, List<UUID>> children = new HashMap<>();
        database.dsl().select(CHAIN_NODE.ID, CHAIN_NODE.PARENT_ID).from(CHAIN_NODE).where(CHAIN_NODE.PARENT_ID.isNotNull())
                .forEach(r -> children.computeIfAbsent(r.value2(), k -> new ArrayList<>()).add(r.value1()));
        return closure(nodes, children);
    }

    /** Tags in use, most used first. */
    public List<String> tags(int limit) {
        var count = DSL.count();
        return database.dsl().select(COMPANY_TAG.TAG, count).from(COMPANY_TAG).groupBy(COMPANY_TAG.TAG)
                .orderBy(count.desc(), COMPANY_TAG.TAG).limit(limit).fetch(COMPANY_TAG.TAG);
    }

    public Map<UUID, String> teamNames(Collection<UUID> ids) {
        return ids.isEmpty() ? Collections.emptyMap() : database.dsl().select(TEAM.ID, TEAM.NAME).from(TEAM).where(TEAM.ID.in(ids))
                .fetchMap(TEAM.ID, TEAM.NAME);
    }

    public Map<UUID, String> personNames(Collection<UUID> ids) {
        return ids.isEmpty() ? Collections.emptyMap() : database.dsl().select(PERSON.ID, PERSON.NAME).from(PERSON)
                .where(PERSON.ID.in(ids)).fetchMap(PERSON.ID, PERSON.NAME);
    }

    public Map<UUID, String> companyNames(Collection<UUID> ids) {
        return ids.isEmpty() ? Collections.emptyMap() : database.dsl().select(COMPANY.ID, COMPANY.NAME).from(COMPANY)
                .where(COMPANY.ID.in(ids)).fetchMap(COMPANY.ID, COMPANY.NAME);
    }

    /** Every region, ordered by code (a few thousand rows: pickers keep them in memory). */
    public List<CodeChoice> divisions() {
        return database.dsl().select(DIVISION.CODE, DIVISION.NAME, DIVISION.PARENT_CODE, DIVISION.DEPTH).from(DIVISION)
                .orderBy(DIVISION.CODE).fetch(r -> new CodeChoice(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** Every industry, sections (letters) and their codes. */
    public List<CodeChoice> industries() {
        return database.dsl().select(INDUSTRY.CODE, INDUSTRY.NAME, INDUSTRY.PARENT_CODE, INDUSTRY.DEPTH).from(INDUSTRY)
                .orderBy(INDUSTRY.DEPTH, INDUSTRY.CODE).fetch(r -> new CodeChoice(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** "郑州市中原区": a district's name with its city's (or province's) in front. */
    public String divisionName(String code) {
        return code == null ? null : divisionNames().get(code);
    }

    public String industryName(String code) {
        return code == null ? null : industryNames().get(code);
    }

    /** The industry codes and all codes below them (section C → 13 … 43 → …). */
    public Set<String> industryCodesUnder(Collection<String> codes) {
        return closure(codes, industryChildren());
    }

    private Map<String, String> divisionNames() {
        if (divisionNames == null) {
            Map<String, String> names = new HashMap<>();
            Map<String, String> plain = new HashMap<>();
            var rows = database.dsl().select(DIVISION.CODE, DIVISION.NAME, DIVISION.PARENT_CODE, DIVISION.DEPTH)
                    .from(DIVISION).fetch();
            rows.forEach(r -> plain.put(r.value1(), r.value2()));
            rows.forEach(r -> names.put(r.value1(), r.value4() >= 3 && r.value3() != null
                    ? plain.getOrDefault(r.value3(), "") + r.value2() : r.value2()));
            divisionNames = names;
        }
        return divisionNames;
    }

    private Map<String, String> industryNames() {
        if (industryNames == null) {
            industryNames = database.dsl().select(INDUSTRY.CODE, INDUSTRY.NAME).from(INDUSTRY)
                    .fetchMap(INDUSTRY.CODE, INDUSTRY.NAME);
        }
        return industryNames;
    }

    private Map<String, List<String>> industryChildren() {
        if (industryChildren == null) {
            Map<String, List<String>> children = new HashMap<>();
            database.dsl().select(INDUSTRY.CODE, INDUSTRY.PARENT_CODE).from(INDUSTRY).where(INDUSTRY.PARENT_CODE.isNotNull())
                    .forEach(r -> children.computeIfAbsent(r.value2(), k -> new ArrayList<>()).add(r.value1()));
            industryChildren = children;
        }
        return industryChildren;
    }

    private static <K> Set<K> closure(Collection<K> roots, Map<K, List<K>> children) {
        Set<K> all = new LinkedHashSet<>(roots);
        Deque<K> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            for (K child : children.getOrDefault(todo.pop(), List.of())) {
                if (all.add(child)) {
                    todo.push(child);
                }
            }
        }
        return all;
    }
}
