package cn.zhaoshang.desk.dashboard.db;

import static cn.zhaoshang.desk.generated.Tables.RANKING_WEIGHT;
import static cn.zhaoshang.desk.generated.Tables.TARGET;

import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.RecordWriter;
import cn.zhaoshang.desk.dashboard.Indicator;
import cn.zhaoshang.desk.dashboard.OwnerKind;
import cn.zhaoshang.desk.dashboard.TargetLine;
import cn.zhaoshang.desk.generated.tables.records.TargetRecord;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Targets (one row per owner, indicator and period) and the ranking weights. */
public final class TargetRepository {
    private final Database database;
    private final RecordWriter writer;

    public TargetRepository(Database database, RecordWriter writer) {
        this.database = database;
        this.writer = writer;
    }

    public List<TargetLine> targets(int year, OwnerKind kind) {
        return database.dsl().selectFrom(TARGET)
                .where(TARGET.TARGET_YEAR.eq(year)).and(TARGET.OWNER_KIND.eq(kind)).and(TARGET.DELETED_AT.isNull())
                .orderBy(TARGET.INDICATOR, TARGET.PERIOD_KIND.desc(), TARGET.PERIOD_NO)
                .fetch(TargetRepository::line);
    }

    /** Inserts or updates one amount; an update carries the version the user saw (stale saves refused). */
    public TargetLine save(TargetLine line) {
        TargetRecord stored = database.dsl().selectFrom(TARGET)
                .where(TARGET.TARGET_YEAR.eq(line.year())).and(TARGET.OWNER_KIND.eq(line.ownerKind()))
                .and(TARGET.OWNER_ID.eq(line.ownerId())).and(TARGET.INDICATOR.eq(line.indicator()))
                .and(TARGET.PERIOD_KIND.eq(line.periodKind())).and(TARGET.PERIOD_NO.eq(line.periodNo()))
                .fetchOne();
        if (stored == null) {
            TargetRecord r = database.dsl().newRecord(TARGET);
            r.setTargetYear(line.year());
            r.setOwnerKind(line.ownerKind());
            r.setOwnerId(line.ownerId());
            r.setIndicator(line.indicator());
            r.setPeriodKind(line.periodKind());
            r.setPeriodNo(line.periodNo());
            r.setAmount(line.amount());
            return line(writer.insert(r));
        }
        if (line.id() != null) {
            stored.setVersion(line.version());
        }
        stored.setAmount(line.amount());
        stored.setDeletedAt(null);
        return line(writer.update(stored));
    }

    public Map<Indicator, BigDecimal> weights() {
        Map<Indicator, BigDecimal> weights = new EnumMap<>(Indicator.class);
        database.dsl().selectFrom(RANKING_WEIGHT).forEach(r -> weights.put(r.getIndicator(), r.getWeight()));
        return weights;
    }

    /** Weights have no version column: the table is tiny reference data edited by the administrator. */
    public void saveWeight(Indicator indicator, BigDecimal weight) {
        int updated = database.dsl().update(RANKING_WEIGHT).set(RANKING_WEIGHT.WEIGHT, weight)
                .where(RANKING_WEIGHT.INDICATOR.eq(indicator)).execute();
        if (updated == 0) {
            database.dsl().insertInto(RANKING_WEIGHT).set(RANKING_WEIGHT.INDICATOR, indicator)
                    .set(RANKING_WEIGHT.WEIGHT, weight).execute();
        }
    }

    private static TargetLine line(TargetRecord r) {
        return new TargetLine(r.getId(), r.getVersion(), r.getTargetYear(), r.getOwnerKind(),
                r.getOwnerId(), r.getIndicator(), r.getPeriodKind(),
                r.getPeriodNo(), r.getAmount());
    }
}
