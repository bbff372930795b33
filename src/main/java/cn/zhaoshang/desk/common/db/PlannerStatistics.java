package cn.zhaoshang.desk.common.db;

import cn.zhaoshang.desk.common.change.Change;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings PostgreSQL's planner statistics up to date right after a transaction that changed many rows
 * of a table (decision 0173). The server's own auto-analyze comes a minute or more later; until then
 * the planner believes a table that an import or demo data just filled is as small as before, picks
 * nested loops over hundreds of thousands of rows, and the next screens wait minutes. H2 analyses by
 * itself as rows change, so nothing is done there.
 */
final class PlannerStatistics {
    private static final Logger LOG = LoggerFactory.getLogger(PlannerStatistics.class);
    /** Rows one transaction must change in a table before it is analysed (ANALYZE samples at most 30,000). */
    static final int ROWS = 10_000;

    private final DSLContext dsl;
    private final boolean enabled;

    PlannerStatistics(DSLContext dsl, Engine engine) {
        this.dsl = dsl;
        this.enabled = engine == Engine.POSTGRES;
    }

    /** After the commit of {@code changes}, outside any transaction; a failure is logged, never thrown. */
    void afterCommit(List<Change> changes) {
        if (!enabled) {
            return;
        }
        for (String table : tablesChangedMuch(changes)) {
            try {
                dsl.query("analyze {0}", DSL.name(table)).execute();
            } catch (RuntimeException e) {
                LOG.warn("Could not refresh the planner statistics of {}; the server's auto-analyze will", table, e);
            }
        }
    }

    static List<String> tablesChangedMuch(List<Change> changes) {
        Map<String, Integer> rows = new TreeMap<>();
        for (Change change : changes) {
            rows.merge(change.table(), change.ids().size(), Integer::sum);
        }
        return rows.entrySet().stream().filter(e -> e.getValue() >= ROWS).map(Map.Entry::getKey).toList();
    }
}
