package cn.zhaoshang.desk.common.db;

import cn.zhaoshang.desk.common.background.Progress;
import java.sql.PreparedStatement;
import java.util.Iterator;
import java.util.List;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.conf.ParamType;

/**
 * Fast path for many rows: one prepared statement rendered by jOOQ for the engine, JDBC batches
 * of {@value #BATCH}. Measured on H2 at about 1.5× the speed of jOOQ's own batch API (STACK.md).
 * Inside a caller's transaction every batch joins it (all or nothing); without one, each batch
 * commits by itself, which is how a {@link WriteRuns run} keeps its commits small enough that a
 * crash loses only the unfinished batch. Callers keep the audit entry for the whole batch.
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
        long written = 0;
        while (rows.hasNext()) {
            written += database.transaction(() -> writeBatch(sql, rows));
            progress.update(written, expectedTotal);
            if (rows.hasNext()) {
                progress.checkCancelled();
            }
        }
        progress.update(written, expectedTotal);
        return written;
    }

    /** Up to {@value #BATCH} rows in one JDBC batch, in the current transaction. */
    private int writeBatch(String sql, Iterator<Object[]> rows) {
        int[] inBatch = {0};
        database.dsl().connection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                while (inBatch[0] < BATCH && rows.hasNext()) {
                    Object[] row = rows.next();
                    for (int i = 0; i < row.length; i++) {
                        statement.setObject(i + 1, JdbcValues.toJdbc(row[i]));
                    }
                    statement.addBatch();
                    inBatch[0]++;
                }
                statement.executeBatch();
            }
        });
        return inBatch[0];
    }
}
