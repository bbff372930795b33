package cn.zhaoshang.desk.chain.db;

import static cn.zhaoshang.desk.generated.Tables.CHAIN;
import static cn.zhaoshang.desk.generated.Tables.CHAIN_NODE;
import static cn.zhaoshang.desk.generated.Tables.COMPANY;
import static cn.zhaoshang.desk.generated.Tables.COMPANY_CHAIN_NODE;
import static cn.zhaoshang.desk.generated.Tables.PROJECT;
import static cn.zhaoshang.desk.generated.Tables.PROJECT_CHAIN_NODE;

import cn.zhaoshang.desk.chain.NodeUsage;
import cn.zhaoshang.desk.common.change.ChangeKind;
import cn.zhaoshang.desk.common.db.AuditLog;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.FieldChange;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The links of companies and projects to chain nodes. A link row has no version or deleted_at of its
 * own (V1): it is there or not, so untagging removes the row; every change is audited under the
 * company's or project's id with the node as the changed field.
 */
public final class ChainTagRepository {
    /** Ids per IN list: far below PostgreSQL's bind limit, large enough to be quick. */
    private static final int CHUNK = 1_000;

    private final Database database;
    private final AuditLog audit;

    public ChainTagRepository(Database database, AuditLog audit) {
        this.database = database;
        this.audit = audit;
    }

    private DSLContext dsl() {
        return database.dsl();
    }

    public boolean companyExists(UUID companyId) {
        return dsl().fetchExists(COMPANY, COMPANY.ID.eq(companyId).and(COMPANY.DELETED_AT.isNull()));
    }

    public boolean projectExists(UUID projectId) {
        return dsl().fetchExists(PROJECT, PROJECT.ID.eq(projectId).and(PROJECT.DELETED_AT.isNull()));
    }

    /** (node id, chain leader) of a company's links to live nodes. */
    public Map<UUID, Boolean> companyLinks(UUID companyId) {
        return dsl().select(COMPANY_CHAIN_NODE.NODE_ID, COMPANY_CHAIN_NODE.CHAIN_LEADER).from(COMPANY_CHAIN_NODE)
                .join(CHAIN_NODE).on(CHAIN_NODE.ID.eq(COMPANY_CHAIN_NODE.NODE_ID))
                .join(CHAIN).on(CHAIN.ID.eq(CHAIN_NODE.CHAIN_ID))
                .where(COMPANY_CHAIN_NODE.COMPANY_ID.eq(companyId))
                .and(CHAIN_NODE.DELETED_AT.isNull()).and(CHAIN.DELETED_AT.isNull())
                .fetchMap(COMPANY_CHAIN_NODE.NODE_ID, COMPANY_CHAIN_NODE.CHAIN_LEADER);
    }

    public List<UUID> projectLinks(UUID projectId) {
        return dsl().select(PROJECT_CHAIN_NODE.NODE_ID).from(PROJECT_CHAIN_NODE)
                .join(CHAIN_NODE).on(CHAIN_NODE.ID.eq(PROJECT_CHAIN_NODE.NODE_ID))
                .join(CHAIN).on(CHAIN.ID.eq(CHAIN_NODE.CHAIN_ID))
                .where(PROJECT_CHAIN_NODE.PROJECT_ID.eq(projectId))
                .and(CHAIN_NODE.DELETED_AT.isNull()).and(CHAIN.DELETED_AT.isNull())
                .fetch(PROJECT_CHAIN_NODE.NODE_ID);
    }

    /** Adds or updates one company link; returns false when nothing changed. */
    public boolean tagCompany(UUID companyId, UUID nodeId, boolean chainLeader) {
        Boolean existing = dsl().select(COMPANY_CHAIN_NODE.CHAIN_LEADER).from(COMPANY_CHAIN_NODE)
                .where(COMPANY_CHAIN_NODE.COMPANY_ID.eq(companyId)).and(COMPANY_CHAIN_NODE.NODE_ID.eq(nodeId))
                .fetchOne(COMPANY_CHAIN_NODE.CHAIN_LEADER);
        if (existing == null) {
            dsl().insertInto(COMPANY_CHAIN_NODE).set(COMPANY_CHAIN_NODE.COMPANY_ID, companyId)
                    .set(COMPANY_CHAIN_NODE.NODE_ID, nodeId).set(COMPANY_CHAIN_NODE.CHAIN_LEADER, chainLeader).execute();
            companyLinksChanged(List.of(companyId));
            audit.record(AuditLog.Action.CREATE, "company_chain_node", companyId, Map.of(
                    "node_id", new FieldChange(null, nodeId.toString()),
                    "chain_leader", new FieldChange(null, String.valueOf(chainLeader))));
            return true;
        }
        if (existing != chainLeader) {
            dsl().update(COMPANY_CHAIN_NODE).set(COMPANY_CHAIN_NODE.CHAIN_LEADER, chainLeader)
                    .where(COMPANY_CHAIN_NODE.COMPANY_ID.eq(companyId)).and(COMPANY_CHAIN_NODE.NODE_ID.eq(nodeId))
                    .execute();
            companyLinksChanged(List.of(companyId));
            audit.record(AuditLog.Action.UPDATE, "company_chain_node", companyId, Map.of(
                    "node_id", new FieldChange(nodeId.toString(), nodeId.toString()),
                    "chain_leader", new FieldChange(String.valueOf(existing), String.valueOf(chainLeader))));
            return true;
        }
        return false;
    }

    public boolean untagCompany(UUID companyId, UUID nodeId) {
        int removed = dsl().deleteFrom(COMPANY_CHAIN_NODE).where(COMPANY_CHAIN_NODE.COMPANY_ID.eq(companyId))
                .and(COMPANY_CHAIN_NODE.NODE_ID.eq(nodeId)).execute();
        if (removed > 0) {
            companyLinksChanged(List.of(companyId));
            audit.record(AuditLog.Action.DELETE, "company_chain_node", companyId,
                    Map.of("node_id", new FieldChange(nodeId.toString(), null)));
        }
        return removed > 0;
    }

    public boolean tagProject(UUID projectId, UUID nodeId) {
        if (dsl().fetchExists(PROJECT_CHAIN_NODE, PROJECT_CHAIN_NODE.PROJECT_ID.eq(projectId)
                .and(PROJECT_CHAIN_NODE.NODE_ID.eq(nodeId)))) {
            return false;
        }
        dsl().insertInto(PROJECT_CHAIN_NODE).set(PROJECT_CHAIN_NODE.PROJECT_ID, projectId)
                .set(PROJECT_CHAIN_NODE.NODE_ID, nodeId).execute();
        projectLinksChanged(List.of(projectId));
        audit.record(AuditLog.Action.CREATE, "project_chain_node", projectId,
                Map.of("node_id", new FieldChange(null, nodeId.toString())));
        return true;
    }

    public boolean untagProject(UUID projectId, UUID nodeId) {
        int removed = dsl().deleteFrom(PROJECT_CHAIN_NODE).where(PROJECT_CHAIN_NODE.PROJECT_ID.eq(projectId))
                .and(PROJECT_CHAIN_NODE.NODE_ID.eq(nodeId)).execute();
        if (removed > 0) {
            projectLinksChanged(List.of(projectId));
            audit.record(AuditLog.Action.DELETE, "project_chain_node", projectId,
                    Map.of("node_id", new FieldChange(nodeId.toString(), null)));
        }
        return removed > 0;
    }

    /** Tags many live companies at once (set-based, chunked); already tagged ones are left as they are. */
    public int tagCompanies(Collection<UUID> companyIds, UUID nodeId) {
        int added = 0;
        for (List<UUID> chunk : chunks(companyIds)) {
            added += companyLinksChanged(dsl().insertInto(COMPANY_CHAIN_NODE, COMPANY_CHAIN_NODE.COMPANY_ID,
                            COMPANY_CHAIN_NODE.NODE_ID, COMPANY_CHAIN_NODE.CHAIN_LEADER)
                    .select(DSL.select(COMPANY.ID, DSL.val(nodeId), DSL.inline(false)).from(COMPANY)
                            .where(COMPANY.ID.in(chunk)).and(COMPANY.DELETED_AT.isNull())
                            .andNotExists(DSL.selectOne().from(COMPANY_CHAIN_NODE)
                                    .where(COMPANY_CHAIN_NODE.COMPANY_ID.eq(COMPANY.ID))
                                    .and(COMPANY_CHAIN_NODE.NODE_ID.eq(nodeId))))
                    .returningResult(COMPANY_CHAIN_NODE.COMPANY_ID).fetch(COMPANY_CHAIN_NODE.COMPANY_ID));
        }
        return added;
    }

    public int untagCompanies(Collection<UUID> companyIds, UUID nodeId) {
        int removed = 0;
        for (List<UUID> chunk : chunks(companyIds)) {
            removed += companyLinksChanged(dsl().deleteFrom(COMPANY_CHAIN_NODE).where(COMPANY_CHAIN_NODE.NODE_ID.eq(nodeId))
                    .and(COMPANY_CHAIN_NODE.COMPANY_ID.in(chunk))
                    .returningResult(COMPANY_CHAIN_NODE.COMPANY_ID).fetch(COMPANY_CHAIN_NODE.COMPANY_ID));
        }
        return removed;
    }

    public int tagProjects(Collection<UUID> projectIds, UUID nodeId) {
        int added = 0;
        for (List<UUID> chunk : chunks(projectIds)) {
            added += projectLinksChanged(dsl().insertInto(PROJECT_CHAIN_NODE, PROJECT_CHAIN_NODE.PROJECT_ID,
                            PROJECT_CHAIN_NODE.NODE_ID)
                    .select(DSL.select(PROJECT.ID, DSL.val(nodeId)).from(PROJECT)
                            .where(PROJECT.ID.in(chunk)).and(PROJECT.DELETED_AT.isNull())
                            .andNotExists(DSL.selectOne().from(PROJECT_CHAIN_NODE)
                                    .where(PROJECT_CHAIN_NODE.PROJECT_ID.eq(PROJECT.ID))
                                    .and(PROJECT_CHAIN_NODE.NODE_ID.eq(nodeId))))
                    .returningResult(PROJECT_CHAIN_NODE.PROJECT_ID).fetch(PROJECT_CHAIN_NODE.PROJECT_ID));
        }
        return added;
    }

    /** The distinct industry codes of live companies and projects (a few hundred at most). */
    public List<String> industryCodesInUse() {
        return dsl().selectDistinct(COMPANY.INDUSTRY_CODE).from(COMPANY)
                .where(COMPANY.INDUSTRY_CODE.isNotNull()).and(COMPANY.DELETED_AT.isNull())
                .union(DSL.selectDistinct(PROJECT.INDUSTRY_CODE).from(PROJECT)
                        .where(PROJECT.INDUSTRY_CODE.isNotNull()).and(PROJECT.DELETED_AT.isNull()))
                .fetch(0, String.class);
    }

    /** Industry code of each of these companies that has one. */
    public Map<UUID, String> companyIndustryCodes(Collection<UUID> companyIds) {
        Map<UUID, String> out = new HashMap<>();
        for (List<UUID> chunk : chunks(companyIds)) {
            out.putAll(dsl().select(COMPANY.ID, COMPANY.INDUSTRY_CODE).from(COMPANY).where(COMPANY.ID.in(chunk))
                    .and(COMPANY.INDUSTRY_CODE.isNotNull()).and(COMPANY.DELETED_AT.isNull())
                    .fetchMap(COMPANY.ID, COMPANY.INDUSTRY_CODE));
        }
        return out;
    }

    /**
     * Tags live companies of this industry code to a node unless they are already somewhere on its chain
     * (a user's choice wins over the rule). {@code onlyThese} narrows it to some companies (an import).
     */
    public int tagCompaniesByCode(String code, UUID nodeId, Collection<UUID> chainNodeIds, Collection<UUID> onlyThese) {
        if (onlyThese == null) {
            return tagCompaniesByCode(code, nodeId, chainNodeIds, DSL.trueCondition());
        }
        int added = 0;
        for (List<UUID> chunk : chunks(onlyThese)) {
            added += tagCompaniesByCode(code, nodeId, chainNodeIds, COMPANY.ID.in(chunk));
        }
        return added;
    }

    private int tagCompaniesByCode(String code, UUID nodeId, Collection<UUID> chainNodeIds, Condition scope) {
        return companyLinksChanged(dsl().insertInto(COMPANY_CHAIN_NODE, COMPANY_CHAIN_NODE.COMPANY_ID,
                        COMPANY_CHAIN_NODE.NODE_ID, COMPANY_CHAIN_NODE.CHAIN_LEADER)
                .select(DSL.select(COMPANY.ID, DSL.val(nodeId), DSL.inline(false)).from(COMPANY)
                        .where(COMPANY.INDUSTRY_CODE.eq(code)).and(COMPANY.DELETED_AT.isNull()).and(scope)
                        .andNotExists(DSL.selectOne().from(COMPANY_CHAIN_NODE)
                                .where(COMPANY_CHAIN_NODE.COMPANY_ID.eq(COMPANY.ID))
                                .and(COMPANY_CHAIN_NODE.NODE_ID.in(chainNodeIds))))
                .returningResult(COMPANY_CHAIN_NODE.COMPANY_ID).fetch(COMPANY_CHAIN_NODE.COMPANY_ID));
    }

    /** Like {@link #tagCompaniesByCode} for projects (their own industry code). */
    public int tagProjectsByCode(String code, UUID nodeId, Collection<UUID> chainNodeIds) {
        return projectLinksChanged(dsl().insertInto(PROJECT_CHAIN_NODE, PROJECT_CHAIN_NODE.PROJECT_ID,
                        PROJECT_CHAIN_NODE.NODE_ID)
                .select(DSL.select(PROJECT.ID, DSL.val(nodeId)).from(PROJECT)
                        .where(PROJECT.INDUSTRY_CODE.eq(code)).and(PROJECT.DELETED_AT.isNull())
                        .andNotExists(DSL.selectOne().from(PROJECT_CHAIN_NODE)
                                .where(PROJECT_CHAIN_NODE.PROJECT_ID.eq(PROJECT.ID))
                                .and(PROJECT_CHAIN_NODE.NODE_ID.in(chainNodeIds))))
                .returningResult(PROJECT_CHAIN_NODE.PROJECT_ID).fetch(PROJECT_CHAIN_NODE.PROJECT_ID));
    }

    /** Companies and projects tagged to the node itself, and its live children. */
    public NodeUsage usage(UUID nodeId) {
        int companies = dsl().fetchCount(COMPANY_CHAIN_NODE, COMPANY_CHAIN_NODE.NODE_ID.eq(nodeId));
        int projects = dsl().fetchCount(PROJECT_CHAIN_NODE, PROJECT_CHAIN_NODE.NODE_ID.eq(nodeId));
        int children = dsl().fetchCount(CHAIN_NODE, CHAIN_NODE.PARENT_ID.eq(nodeId).and(CHAIN_NODE.DELETED_AT.isNull()));
        return new NodeUsage(companies, projects, children);
    }

    /**
     * Moves every link of {@code from} to {@code to}: links the target already has are kept once, and a
     * chain-leader flag survives the move. Returns (companies, projects) moved.
     */
    public int[] moveLinks(UUID from, UUID to) {
        var other = COMPANY_CHAIN_NODE.as("other");
        int companies = companyLinksChanged(dsl().insertInto(COMPANY_CHAIN_NODE, COMPANY_CHAIN_NODE.COMPANY_ID,
                        COMPANY_CHAIN_NODE.NODE_ID, COMPANY_CHAIN_NODE.CHAIN_LEADER)
                .select(DSL.select(COMPANY_CHAIN_NODE.COMPANY_ID, DSL.val(to), COMPANY_CHAIN_NODE.CHAIN_LEADER)
                        .from(COMPANY_CHAIN_NODE).where(COMPANY_CHAIN_NODE.NODE_ID.eq(from))
                        .andNotExists(DSL.selectOne().from(other).where(other.COMPANY_ID.eq(COMPANY_CHAIN_NODE.COMPANY_ID))
                                .and(other.NODE_ID.eq(to))))
                .returningResult(COMPANY_CHAIN_NODE.COMPANY_ID).fetch(COMPANY_CHAIN_NODE.COMPANY_ID));
        companyLinksChanged(dsl().update(COMPANY_CHAIN_NODE).set(COMPANY_CHAIN_NODE.CHAIN_LEADER, true)
                .where(COMPANY_CHAIN_NODE.NODE_ID.eq(to)).and(COMPANY_CHAIN_NODE.CHAIN_LEADER.isFalse())
                .and(COMPANY_CHAIN_NODE.COMPANY_ID.in(DSL.select(other.COMPANY_ID).from(other)
                        .where(other.NODE_ID.eq(from)).and(other.CHAIN_LEADER.isTrue())))
                .returningResult(COMPANY_CHAIN_NODE.COMPANY_ID).fetch(COMPANY_CHAIN_NODE.COMPANY_ID));
        var otherProject = PROJECT_CHAIN_NODE.as("other_project");
        int projects = projectLinksChanged(dsl().insertInto(PROJECT_CHAIN_NODE, PROJECT_CHAIN_NODE.PROJECT_ID,
                        PROJECT_CHAIN_NODE.NODE_ID)
                .select(DSL.select(PROJECT_CHAIN_NODE.PROJECT_ID, DSL.val(to)).from(PROJECT_CHAIN_NODE)
                        .where(PROJECT_CHAIN_NODE.NODE_ID.eq(from))
                        .andNotExists(DSL.selectOne().from(otherProject)
                                .where(otherProject.PROJECT_ID.eq(PROJECT_CHAIN_NODE.PROJECT_ID))
                                .and(otherProject.NODE_ID.eq(to))))
                .returningResult(PROJECT_CHAIN_NODE.PROJECT_ID).fetch(PROJECT_CHAIN_NODE.PROJECT_ID));
        removeLinks(from);
        return new int[] {companies, projects};
    }

    /** Removes every link of a node; returns (companies, projects) removed. */
    public int[] removeLinks(UUID nodeId) {
        int companies = companyLinksChanged(dsl().deleteFrom(COMPANY_CHAIN_NODE).where(COMPANY_CHAIN_NODE.NODE_ID.eq(nodeId))
                .returningResult(COMPANY_CHAIN_NODE.COMPANY_ID).fetch(COMPANY_CHAIN_NODE.COMPANY_ID));
        int projects = projectLinksChanged(dsl().deleteFrom(PROJECT_CHAIN_NODE).where(PROJECT_CHAIN_NODE.NODE_ID.eq(nodeId))
                .returningResult(PROJECT_CHAIN_NODE.PROJECT_ID).fetch(PROJECT_CHAIN_NODE.PROJECT_ID));
        return new int[] {companies, projects};
    }

    /**
     * The link tables have no keys of their own: their changes go to the change log under the
     * company's (or project's) id, so that a subscriber reads that record's links again.
     */
    private int companyLinksChanged(List<UUID> companyIds) {
        database.recordChange(COMPANY_CHAIN_NODE.getName(), ChangeKind.UPDATE, companyIds);
        return companyIds.size();
    }

    private int projectLinksChanged(List<UUID> projectIds) {
        database.recordChange(PROJECT_CHAIN_NODE.getName(), ChangeKind.UPDATE, projectIds);
        return projectIds.size();
    }

    /** One summary line in the audit for a change of many links; the text is cut to the column's 60 characters. */
    public void auditBulk(AuditLog.Action action, String table, String what, UUID importId) {
        audit.recordBulk(action, table, what.length() > 60 ? what.substring(0, 60) : what, importId);
    }

    public void auditNode(AuditLog.Action action, UUID nodeId, Map<String, FieldChange> changes) {
        audit.record(action, "chain_node", nodeId, changes);
    }

    static <T> List<List<T>> chunks(Collection<T> all) {
        List<T> list = new ArrayList<>(new LinkedHashSet<>(all));
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i += CHUNK) {
            out.add(list.subList(i, Math.min(list.size(), i + CHUNK)));
        }
        return out;
    }
}
