package cn.zhaoshang.desk.dashboard;

import cn.zhaoshang.desk.common.db.AuditLog;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.FieldChange;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.dashboard.db.TargetRepository;
import cn.zhaoshang.desk.security.AccessPolicy;
import cn.zhaoshang.desk.security.Permission;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Targets (目标任务) per year for each team and unit and indicator, split into quarters and months
 * (以月保季、以季保年): setting a year target splits it evenly; a quarter or month can then be edited
 * on its own. Also the ranking weights (红黑榜权重) the administrator sets. Managers and administrators
 * set targets (the domain doc: leaders set targets); only administrators change the weights.
 */
public final class TargetService {
    private final Database database;
    private final TargetRepository targets;
    private final AuditLog audit;
    private final AccessPolicy access;

    public TargetService(Database database, TargetRepository targets, AuditLog audit, AccessPolicy access) {
        this.database = database;
        this.targets = targets;
        this.audit = audit;
        this.access = access;
    }

    /** Managers and administrators set targets. */
    public boolean maySetTargets() {
        return access.may(Permission.SET_TARGETS);
    }

    /** Only the administrator weighs the ranking. */
    public boolean maySetWeights() {
        return access.may(Permission.SET_WEIGHTS);
    }

    private void requireTargetRights() {
        access.require(Permission.SET_TARGETS);
    }

    public List<TargetLine> targets(int year, OwnerKind kind) {
        return targets.targets(year, kind);
    }

    /**
     * Sets the year amount and splits it evenly into 4 quarters and 12 months (amounts rounded to
     * 4 decimals; the last quarter and month take the rounding rest so the parts add up).
     */
    public List<TargetLine> setYearTarget(int year, OwnerKind kind, UUID ownerId, Indicator indicator, BigDecimal amount) {
        requireTargetRights();
        requireValid(amount);
        return database.transaction(() -> {
            List<TargetLine> saved = new ArrayList<>();
            saved.add(targets.save(new TargetLine(null, 0, year, kind, ownerId, indicator, PeriodKind.YEAR, 1, amount)));
            saved.addAll(split(year, kind, ownerId, indicator, amount, PeriodKind.QUARTER, 4));
            saved.addAll(split(year, kind, ownerId, indicator, amount, PeriodKind.MONTH, 12));
            return saved;
        });
    }

    private List<TargetLine> split(int year, OwnerKind kind, UUID owner, Indicator indicator, BigDecimal amount,
                                   PeriodKind periodKind, int parts) {
        List<BigDecimal> values = evenSplit(amount, parts);
        List<TargetLine> saved = new ArrayList<>();
        for (int no = 1; no <= parts; no++) {
            saved.add(targets.save(new TargetLine(null, 0, year, kind, owner, indicator, periodKind, no, values.get(no - 1))));
        }
        return saved;
    }

    /**
     * The default split: {@code parts} equal shares rounded down to 4 decimals, the last share taking
     * the rest, so that the parts always add up to the whole.
     */
    public static List<BigDecimal> evenSplit(BigDecimal amount, int parts) {
        BigDecimal part = amount.divide(BigDecimal.valueOf(parts), 4, RoundingMode.DOWN);
        List<BigDecimal> values = new ArrayList<>();
        for (int no = 1; no <= parts; no++) {
            values.add(no < parts ? part : amount.subtract(part.multiply(BigDecimal.valueOf(parts - 1))));
        }
        return values;
    }

    /** Saves one edited amount (a quarter or month); a stale version is refused. */
    public TargetLine save(TargetLine line) {
        requireTargetRights();
        requireValid(line.amount());
        return targets.save(line);
    }

    /**
     * Saves the edited amounts of one owner (year, quarters, months, any indicators) together: all
     * or none, each carrying the version the user saw, so a target changed meanwhile refuses the lot.
     */
    public List<TargetLine> saveAll(List<TargetLine> lines) {
        requireTargetRights();
        lines.forEach(l -> requireValid(l.amount()));
        return database.transaction(() -> lines.stream().map(targets::save).toList());
    }

    private static void requireValid(BigDecimal amount) {
        if (amount == null || amount.signum() < 0) {
            throw new DeskException("dashboard.target.error.negative");
        }
    }

    public Map<Indicator, BigDecimal> weights() {
        return targets.weights();
    }

    /** Changes one ranking weight (0–1); audited like any other change. */
    public void setWeight(Indicator indicator, BigDecimal weight) {
        access.require(Permission.SET_WEIGHTS);
        if (weight == null || weight.signum() < 0 || weight.compareTo(BigDecimal.ONE) > 0) {
            throw new DeskException("dashboard.weight.error.range");
        }
        database.transaction(() -> {
            BigDecimal old = targets.weights().get(indicator);
            targets.saveWeight(indicator, weight);
            audit.record(AuditLog.Action.UPDATE, "ranking_weight", indicator.name(),
                    Map.of("weight", new FieldChange(old == null ? null : old.toPlainString(), weight.toPlainString())));
        });
    }
}
