package cn.zhaoshang.desk.talent.db;

import static cn.zhaoshang.desk.generated.Tables.COMPANY;
import static cn.zhaoshang.desk.generated.Tables.TALENT;
import static cn.zhaoshang.desk.generated.Tables.UNIT;

import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.RecordWriter;
import cn.zhaoshang.desk.generated.tables.records.TalentRecord;
import cn.zhaoshang.desk.talent.Talent;
import cn.zhaoshang.desk.talent.TalentFilter;
import cn.zhaoshang.desk.talent.TalentLevel;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** The talent inventory: filtered pages, single rows, and arrivals counted per unit and level. */
public final class TalentRepository {
    private final Database database;
    private final RecordWriter writer;

    public TalentRepository(Database database, RecordWriter writer) {
        this.database = database;
        this.writer = writer;
    }

    /** Up to {@code limit} people matching the filter, latest arrival first. */
    public List<Talent> find(TalentFilter filter, int limit) {
        return database.dsl().select(TALENT.asterisk(), COMPANY.NAME, UNIT.NAME)
                .from(TALENT)
                .leftJoin(COMPANY).on(COMPANY.ID.eq(TALENT.COMPANY_ID))
                .leftJoin(UNIT).on(UNIT.ID.eq(TALENT.UNIT_ID))
                .where(condition(filter))
                .orderBy(TALENT.ARRIVED_ON.desc().nullsLast(), TALENT.NAME, TALENT.ID)
                .limit(limit)
                .fetch(TalentRepository::toTalent);
    }

    public int count(TalentFilter filter) {
        return database.dsl().selectCount().from(TALENT).leftJoin(COMPANY).on(COMPANY.ID.eq(TALENT.COMPANY_ID))
                .where(condition(filter)).fetchOne(0, Integer.class);
    }

    public Optional<Talent> findLive(UUID id) {
        return database.dsl().select(TALENT.asterisk(), COMPANY.NAME, UNIT.NAME)
                .from(TALENT)
                .leftJoin(COMPANY).on(COMPANY.ID.eq(TALENT.COMPANY_ID))
                .leftJoin(UNIT).on(UNIT.ID.eq(TALENT.UNIT_ID))
                .where(TALENT.ID.eq(id)).and(TALENT.DELETED_AT.isNull())
                .fetchOptional(TalentRepository::toTalent);
    }

    private static Condition condition(TalentFilter f) {
        Condition c = TALENT.DELETED_AT.isNull();
        if (f.text() != null && !f.text().isBlank()) {
            // The inventory holds thousands of people, not millions: a scan answers in milliseconds.
            String p = "%" + f.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            c = c.and(TALENT.NAME.like(p, '\\').or(COMPANY.NAME.like(p, '\\')).or(TALENT.FIELD.like(p, '\\'))
                    .or(TALENT.TITLE.like(p, '\\')).or(TALENT.HONOURS.like(p, '\\')));
        }
        if (f.unitId() != null) {
            c = c.and(TALENT.UNIT_ID.eq(f.unitId()));
        }
        if (f.level() != null) {
            c = c.and(TALENT.TALENT_LEVEL.eq(f.level().name()));
        }
        if (f.arrivalYear() != null) {
            c = c.and(TALENT.ARRIVED_ON.between(LocalDate.of(f.arrivalYear(), 1, 1), LocalDate.of(f.arrivalYear(), 12, 31)));
        }
        return c;
    }

    public UUID insert(Talent t) {
        TalentRecord r = new TalentRecord();
        fill(r, t);
        return writer.insert(r).getId();
    }

    public void update(Talent t) {
        TalentRecord r = writer.load(TALENT, t.id());
        fill(r, t);
        r.setVersion(t.version());
        writer.update(r);
    }

    public void softDelete(UUID id, int version) {
        writer.softDelete(TALENT, id, version);
    }

    /** People who arrived in the year, per unit and level (a null level counted under null). */
    public Map<UUID, Map<String, Integer>> arrivals(int year) {
        Map<UUID, Map<String, Integer>> counts = new HashMap<>();
        database.dsl().select(TALENT.UNIT_ID, TALENT.TALENT_LEVEL, DSL.count()).from(TALENT)
                .where(TALENT.DELETED_AT.isNull()).and(TALENT.UNIT_ID.isNotNull())
                .and(TALENT.ARRIVED_ON.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
                .groupBy(TALENT.UNIT_ID, TALENT.TALENT_LEVEL)
                .forEach(r -> counts.computeIfAbsent(r.value1(), k -> new HashMap<>()).put(r.value2(), r.value3()));
        return counts;
    }

    private static void fill(TalentRecord r, Talent t) {
        r.setName(t.name());
        r.setCompanyId(t.companyId());
        r.setUnitId(t.unitId());
        r.setField(t.field());
        r.setTalentLevel(t.level() == null ? null : t.level().name());
        r.setTitle(t.title());
        r.setHonours(t.honours());
        r.setArrivedOn(t.arrivedOn());
        r.setMobile(t.mobile());
        r.setEmail(t.email());
    }

    private static Talent toTalent(Record rec) {
        TalentRecord r = rec.into(TALENT);
        return new Talent(r.getId(), r.getVersion(), r.getName(), r.getCompanyId(), rec.get(COMPANY.NAME), r.getUnitId(),
                rec.get(UNIT.NAME), r.getField(), TalentLevel.of(r.getTalentLevel()).orElse(null), r.getTitle(),
                r.getHonours(), r.getArrivedOn(), r.getMobile(), r.getEmail());
    }
}
