package cn.zhaoshang.desk.talent;

import cn.zhaoshang.desk.common.db.AuditLog;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.RecordWriter;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.i18n.FieldInputException;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.pick.Choice;
import cn.zhaoshang.desk.common.text.TextNormalizer;
import cn.zhaoshang.desk.exchange.db.ExportLogRepository;
import cn.zhaoshang.desk.search.SearchService;
import cn.zhaoshang.desk.security.AccessPolicy;
import cn.zhaoshang.desk.talent.db.TalentRepository;
import cn.zhaoshang.desk.talent.db.TalentTargetRepository;
import cn.zhaoshang.desk.talent.db.UnitRepository;
import java.nio.file.Path;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Talent ledgers (人才台账, the talent half of 双招双引): the inventory of notable people in the
 * district's companies (底数台账) and the targets per year and unit (目标台账), with actuals counted from
 * the inventory: a person counts for the unit in the year of arrival, at the person's level.
 * Mobile and e-mail are personal information: the inventory export masks them and is logged.
 */
public final class TalentService {
    /** The inventory list shows at most this many rows; the count says how many match. */
    public static final int PAGE = 1_000;

    private final Database database;
    private final TalentRepository talents;
    private final TalentTargetRepository targets;
    private final UnitRepository units;
    private final ExportLogRepository exportLog;
    private final AuditLog audit;
    private final SearchService search;
    private final Clock clock;
    private final AccessPolicy access;

    public TalentService(Database database, RecordWriter writer, AuditLog audit, SearchService search,
                         Clock clock, AccessPolicy access) {
        this.access = access;
        this.database = database;
        this.talents = new TalentRepository(database, writer);
        this.targets = new TalentTargetRepository(database, writer);
        this.units = new UnitRepository(database);
        this.exportLog = new ExportLogRepository(database);
        this.audit = audit;
        this.search = search;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** One page of the inventory and how many match in all. */
    public record Page(List<Talent> rows, int total) { }

    public Page list(TalentFilter filter) {
        return database.transaction(() -> new Page(talents.find(filter, PAGE), talents.count(filter)));
    }

    public Talent get(UUID id) {
        return talents.findLive(id).orElseThrow(() -> new DeskException("talent.error.notFound"));
    }

    public Talent save(Talent input) {
        access.requireSignedIn();
        Talent t = cleaned(input);
        TalentRules.check(t, today()).ifPresent(e -> {
            throw e;
        });
        return database.transaction(() -> {
            if (t.isNew()) {
                return get(talents.insert(t));
            }
            talents.update(t);
            return get(t.id());
        });
    }

    public void delete(UUID id, int version) {
        talents.softDelete(id, version);
    }

    public List<Choice> units() {
        return units.live();
    }

    /** Companies for the form's picker, through the company search (name, pinyin, credit code). */
    public List<CompanyRef> findCompanies(String text, int limit) {
        return search.search(text, limit).stream().map(h -> new CompanyRef(h.companyId(), h.name())).toList();
    }

    /** Companies already located in the district, by name. */
    public List<CompanyRef> companiesInDistrict(int limit) {
        return units.companiesInDistrict(limit);
    }

    // Targets

    public List<TalentTarget> targets(int year) {
        return targets.ofYear(year);
    }

    /**
     * Sets a unit's target for a year and level (null level: any level): creates it, changes its count
     * ({@code expectedVersion} of the row the user saw, or -1 for a new entry), or brings back one that
     * was moved to the trash.
     */
    public void setTarget(int year, UUID unitId, TalentLevel level, Integer count, int expectedVersion) {
        access.requireSignedIn();
        TalentRules.checkTarget(year, unitId, count).ifPresent(e -> {
            throw e;
        });
        database.transaction(() -> {
            var existing = targets.findAny(year, unitId, level);
            if (existing.isEmpty()) {
                targets.insert(year, unitId, level, count);
                return;
            }
            var row = existing.get();
            if (row.trashed()) {
                targets.restore(row.id(), row.version());
                targets.setCount(row.id(), row.version() + 1, count);
            } else if (expectedVersion < 0) {
                throw new FieldInputException("unit", "talent.error.targetExists");
            } else {
                targets.setCount(row.id(), expectedVersion, count);
            }
        });
    }

    public void deleteTarget(UUID id, int version) {
        targets.softDelete(id, version);
    }

    /**
     * Each unit's target for the year against the people who arrived that year (of the target's level,
     * or of any level when the target names none); units with arrivals but no target come last with a
     * target of 0. By unit name, then level. This is what the dashboard shows beside the investment figures.
     */
    public List<TalentProgress> progress(int year) {
        return database.transaction(() -> {
            Map<UUID, Map<String, Integer>> arrivals = talents.arrivals(year);
            List<TalentProgress> rows = new ArrayList<>();
            Set<UUID> withTarget = new HashSet<>();
            for (TalentTarget t : targets.ofYear(year)) {
                Map<String, Integer> byLevel = arrivals.getOrDefault(t.unitId(), Map.of());
                int actual = t.level() == null ? byLevel.values().stream().mapToInt(Integer::intValue).sum()
                        : byLevel.getOrDefault(t.level().name(), 0);
                rows.add(new TalentProgress(t.id(), t.unitId(), t.unitName(), t.level(), t.targetCount(), actual));
                withTarget.add(t.unitId());
            }
            Map<UUID, String> names = new HashMap<>();
            units.live().forEach(u -> names.put(u.id(), u.name()));
            arrivals.forEach((unitId, byLevel) -> {
                if (!withTarget.contains(unitId) && names.containsKey(unitId)) {
                    int actual = byLevel.values().stream().mapToInt(Integer::intValue).sum();
                    rows.add(new TalentProgress(null, unitId, names.get(unitId), null, 0, actual));
                }
            });
            rows.sort(Comparator.comparing((TalentProgress p) -> p.targetId() == null)
                    .thenComparing(TalentProgress::unitName, Collator.getInstance(Locale.CHINA))
                    .thenComparing(p -> p.level() == null ? -1 : p.level().ordinal()));
            return rows;
        });
    }

    /**
     * Writes the people matching the filter to a .csv (UTF-8 with BOM, for Excel) or .xlsx file, headers in
     * the exporting person's {@code language}, mobile and e-mail masked, and logs the export. Returns the
     * number of people written.
     */
    public int export(TalentFilter filter, Path file, Messages language) {
        List<Talent> rows = talents.find(filter, Integer.MAX_VALUE);
        TalentCsv.write(rows, file, language);
        String fileName = file.getFileName().toString();
        // The one export log every personal-data export writes (exchange owns it), and a line in the audit.
        database.transaction(() -> {
            exportLog.record(audit.now(), audit.userName(), "TALENT", describe(filter), rows.size(), true, fileName);
            audit.recordBulk(AuditLog.Action.EXPORT, "talent", "TALENT: " + rows.size() + " → " + fileName, null);
        });
        return rows.size();
    }

    private static String describe(TalentFilter f) {
        return "text=" + (f.text() == null ? "" : f.text()) + "; unit=" + (f.unitId() == null ? "" : f.unitId())
                + "; level=" + (f.level() == null ? "" : f.level()) + "; year=" + (f.arrivalYear() == null ? "" : f.arrivalYear());
    }

    private static Talent cleaned(Talent t) {
        return new Talent(t.id(), t.version(), TextNormalizer.clean(t.name()), t.companyId(), t.companyName(), t.unitId(),
                t.unitName(), TextNormalizer.clean(t.field()), t.level(), TextNormalizer.clean(t.title()),
                TextNormalizer.clean(t.honours()), t.arrivedOn(), TextNormalizer.clean(t.mobile()),
                TextNormalizer.clean(t.email()));
    }
}
