package cn.zhaoshang.desk.sync.db;

import static cn.zhaoshang.desk.generated.Tables.CHAIN_NODE;
import static cn.zhaoshang.desk.generated.Tables.CLAIM;
import static cn.zhaoshang.desk.generated.Tables.COMPANY;
import static cn.zhaoshang.desk.generated.Tables.COMPANY_CHAIN_NODE;
import static cn.zhaoshang.desk.generated.Tables.PROJECT;
import static cn.zhaoshang.desk.generated.Tables.TASK;

import cn.zhaoshang.desk.sync.ShareContext;
import cn.zhaoshang.desk.sync.SyncTable;
import cn.zhaoshang.desk.sync.SyncTables;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** A user's share (decision 0015) as SQL conditions on the server's tables. */
final class ShareConditions {
    private ShareConditions() {
    }

    /** The rows of {@code table} that belong to the share. */
    static Condition of(SyncTable table, ShareContext share) {
        if (share.everything()) {
            return DSL.trueCondition();
        }
        return switch (table.share()) {
            case ALL, USERS -> DSL.trueCondition();
            case COMPANY -> companies(share);
            case PROJECT -> projects(share);
            case TASK -> tasks(share);
            case BY_OWNER -> {
                SyncTable owner = SyncTables.byName(table.ownerTable().getName()).orElseThrow();
                yield table.owner().in(DSL.select(RowStore.id(owner.table())).from(owner.table()).where(of(owner, share)));
            }
            case OWN_USER -> table.owner().eq(share.userId());
            case PUSH_ONLY, LOCAL -> DSL.falseCondition();
        };
    }

    private static Condition companies(ShareContext share) {
        Set<UUID> teams = new HashSet<>(share.teamIds());
        teams.addAll(share.briefcase().teams());
        Condition held = DSL.exists(DSL.selectOne().from(CLAIM).where(CLAIM.COMPANY_ID.eq(COMPANY.ID))
                .and(CLAIM.RELEASED_AT.isNull()).and(CLAIM.DELETED_AT.isNull()).and(CLAIM.EXPIRES_ON.ge(share.today()))
                .and(in(CLAIM.TEAM_ID, teams).or(person(CLAIM.PERSON_ID, share))));
        Condition onChains = share.briefcase().chains().isEmpty() ? DSL.falseCondition()
                : DSL.exists(DSL.selectOne().from(COMPANY_CHAIN_NODE).join(CHAIN_NODE)
                        .on(CHAIN_NODE.ID.eq(COMPANY_CHAIN_NODE.NODE_ID))
                        .where(COMPANY_CHAIN_NODE.COMPANY_ID.eq(COMPANY.ID))
                        .and(in(CHAIN_NODE.CHAIN_ID, share.briefcase().chains())));
        return in(COMPANY.OWNER_TEAM_ID, teams).or(person(COMPANY.OWNER_PERSON_ID, share)).or(held)
                .or(in(COMPANY.ID, share.briefcase().companies())).or(onChains);
    }

    private static Condition projects(ShareContext share) {
        return in(PROJECT.TEAM_ID, share.teamIds())
                .or(PROJECT.COMPANY_ID.in(DSL.select(COMPANY.ID).from(COMPANY).where(companies(share))));
    }

    private static Condition tasks(ShareContext share) {
        return person(TASK.ASSIGNEE_PERSON_ID, share).or(in(TASK.TEAM_ID, share.teamIds()))
                .or(TASK.COMPANY_ID.in(DSL.select(COMPANY.ID).from(COMPANY).where(companies(share))))
                .or(TASK.PROJECT_ID.in(DSL.select(PROJECT.ID).from(PROJECT).where(projects(share))));
    }

    private static Condition person(Field<UUID> column, ShareContext share) {
        return share.personId() == null ? DSL.falseCondition() : column.eq(share.personId());
    }

    private static Condition in(Field<UUID> column, Set<UUID> ids) {
        return ids.isEmpty() ? DSL.falseCondition() : RowStore.in(column, ids);
    }
}
