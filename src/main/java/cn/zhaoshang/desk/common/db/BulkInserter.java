package cn.zhaoshang.desk.common.db;

import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.change.ChangeKind;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.conf.ParamType;

/**
 * Fast path for many rows: one prepared statement rendered by jOOQ for the engine, JDBC batches
 * of {@value #BATCH} in the caller's transaction. Measured on H2 at about 1.5× the speed of jOOQ's
 * own batch API (STACK.md). Callers keep the audit entry for the whole batch; the rows' keys (a
 * {@code uuid} column named {@code id}) go to the change log.
 */
public final class BulkInserter {
    public static final int BATCH = 5_000;
    private final Database database;

    public BulkInserter(Database database) {
        this.database = database;
    }

    /** Inserts every row (values in the order of {@code fields}); returns how many were written. */
    public long insert(Table<?> table, List<Field<?>> fields, Iterator<Object[]> rows, Progress progress, long expectedTotal) {
        Object[] placeholders = new Object[fields.size()];
        String sql = database.dsl().insertInto(table).columns(fields).values(placeholders).getSQL(ParamType.INDEXED);
        long[] written = {0};
        int idColumn = idColumn(fields);
        List<UUID> ids = new ArrayList<>();
        database.transaction(() -> database.dsl().connection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int inBatch = 0;
                while (rows.hasNext()) {
                    Object[] row = rows.next();
                    for (int i = 0; i < row.length; i++) {
                        statement.setObject(i + 1, JdbcValues.toJdbc(row[i]));
                    }
                    statement.addBatch();
                    if (idColumn >= 0) {
                        ids.add((UUID) row[idColumn]);
                    }
                    if (++inBatch == BATCH) {
                        statement.executeBatch();
                        written[0] += inBatch;
                        inBatch = 0;
                        progress.update(written[0], expectedTotal);
                        progress.checkCancelled();
                    }
                }
                if (inBatch > 0) {
                    statement.executeBatch();
                    written[0] += inBatch;
                }
            }
            database.recordChange(table.getName(), ChangeKind.CREATE, ids);
        }));
        progress.update(written[0], expectedTotal);
        return written[0];
    }

    /** Where the row's key is among the fields, or -1 for a table without a uuid key. */
    private static int idColumn(List<Field<?>> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).getName().equals("id") && fields.get(i).getType() == UUID.class) {
                return i;
            }
        }
        return -1;
    }
}
