package cn.zhaoshang.desk.demo.db;

import static cn.zhaoshang.desk.generated.Tables.APP_USER;
import static cn.zhaoshang.desk.generated.Tables.CLAIM;
import static cn.zhaoshang.desk.generated.Tables.COMPANY;
import static cn.zhaoshang.desk.generated.Tables.COMPANY_CHAIN_NODE;
import static cn.zhaoshang.desk.generated.Tables.COMPANY_LADDER;
import static cn.zhaoshang.desk.generated.Tables.COMPANY_TAG;
import static cn.zhaoshang.desk.generated.Tables.CONTACT;
import static cn.zhaoshang.desk.generated.Tables.INTERACTION;
import static cn.zhaoshang.desk.generated.Tables.PERSON;
import static cn.zhaoshang.desk.generated.Tables.PROJECT;
import static cn.zhaoshang.desk.generated.Tables.PROJECT_CHAIN_NODE;
import static cn.zhaoshang.desk.generated.Tables.PROJECT_FUND;
import static cn.zhaoshang.desk.generated.Tables.PROJECT_STAGE_HISTORY;
import static cn.zhaoshang.desk.generated.Tables.TARGET;
import static cn.zhaoshang.desk.generated.Tables.TASK;
import static cn.zhaoshang.desk.generated.Tables.TEAM_MEMBERSHIP;

import cn.zhaoshang.desk.common.change.ChangeKind;
import cn.zhaoshang.desk.common.db.Database;
import java.util.List;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableField;

/**
 * Takes back a demo-data run that did not finish: every row it wrote has a key in the run's range
 * ({@link DemoRows#keyRange}), so its rows are deleted by range, children before parents, a chunk per
 * transaction. Generated rows were never anyone's work, so they are deleted, not put in the trash;
 * running it again after a crash of its own simply finds less to delete.
 */
public final class DemoSweep {
    private static final int CHUNK = 2_500;

    /** Tables with their own key, in the order their rows can go (the rest hang on companies or projects). */
    private static final List<Table<?>> LEAVES = List.of(INTERACTION, TASK, PROJECT_FUND, PROJECT_STAGE_HISTORY);
    private static final List<Table<?>> COMPANY_CHILDREN = List.of(CLAIM, COMPANY_LADDER, CONTACT);
    private static final List<Table<?>> PEOPLE = List.of(TARGET, APP_USER, TEAM_MEMBERSHIP, PERSON);

    private final Database database;
    private final UUID first;
    private final UUID last;

    private DemoSweep(Database database, UUID first, UUID last) {
        this.database = database;
        this.first = first;
        this.last = last;
    }

    /** Sweeps the run whose key range {@code range} is ("first/last", as the run recorded it). */
    public static void sweep(Database database, String range) {
        String[] ends = range.split("/");
        new DemoSweep(database, UUID.fromString(ends[0]), UUID.fromString(ends[1])).sweep();
    }

    private void sweep() {
        LEAVES.forEach(this::deleteByKey);
        deleteWithLinks(PROJECT.ID, List.of(PROJECT_CHAIN_NODE.PROJECT_ID));
        COMPANY_CHILDREN.forEach(this::deleteByKey);
        deleteWithLinks(COMPANY.ID, List.of(COMPANY_TAG.COMPANY_ID, COMPANY_CHAIN_NODE.COMPANY_ID));
        PEOPLE.forEach(this::deleteByKey);
    }

    private void deleteByKey(Table<?> table) {
        @SuppressWarnings("unchecked")
        Field<UUID> id = (Field<UUID>) table.field("id");
        int deleted;
        do {
            deleted = database.transaction(() -> {
                List<UUID> gone = database.dsl().deleteFrom(table)
                        .where(id.in(database.dsl().select(id).from(table).where(id.between(first, last)).limit(CHUNK)))
                        .returningResult(id).fetch(id);
                database.recordChange(table.getName(), ChangeKind.PURGE, gone);
                return gone.size();
            });
        } while (deleted > 0);
    }

    /** Rows keyed by {@code id} in the range, with the link rows (no key of their own) that hang on them. */
    private void deleteWithLinks(TableField<?, UUID> id, List<TableField<?, UUID>> links) {
        Table<?> table = id.getTable();
        List<UUID> chunk;
        do {
            chunk = database.dsl().select(id).from(table).where(id.between(first, last)).limit(CHUNK).fetch(id);
            List<UUID> ids = chunk;
            if (!ids.isEmpty()) {
                database.transaction(() -> {
                    links.forEach(link -> database.dsl().deleteFrom(link.getTable()).where(link.in(ids)).execute());
                    database.dsl().deleteFrom(table).where(id.in(ids)).execute();
                    database.recordChange(table.getName(), ChangeKind.PURGE, ids);
                });
            }
        } while (!chunk.isEmpty());
    }
}
