package cn.zhaoshang.desk.reference.db;

import static cn.zhaoshang.desk.generated.Tables.CARRIER;
import static cn.zhaoshang.desk.generated.Tables.CHAIN;
import static cn.zhaoshang.desk.generated.Tables.CHAIN_NODE;
import static cn.zhaoshang.desk.generated.Tables.DIVISION;
import static cn.zhaoshang.desk.generated.Tables.INDUSTRY;
import static cn.zhaoshang.desk.generated.Tables.TEAM;
import static cn.zhaoshang.desk.generated.Tables.UNIT;
import static cn.zhaoshang.desk.generated.Tables.VOCABULARY_WORD;
import static cn.zhaoshang.desk.reference.SeedFiles.value;

import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.change.ChangeKind;
import cn.zhaoshang.desk.common.db.AuditLog;
import cn.zhaoshang.desk.common.db.BulkInserter;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.Ids;
import cn.zhaoshang.desk.reference.ReferenceDataService.Division;
import cn.zhaoshang.desk.reference.ReferenceDataService.Industry;
import cn.zhaoshang.desk.reference.ReferenceDataService.Word;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.commons.csv.CSVRecord;
import org.jooq.DSLContext;
import org.jooq.Field;

/** Writes the seed files into empty reference tables and reads the code tables back. */
public final class SeedWriter {
    private final Database database;
    private final BulkInserter bulk;
    private final AuditLog audit;

    public SeedWriter(Database database, BulkInserter bulk, AuditLog audit) {
        this.database = database;
        this.bulk = bulk;
        this.audit = audit;
    }

    private DSLContext dsl() {
        return database.dsl();
    }

    public void loadDivisionsIfEmpty(List<CSVRecord> rows) {
        if (dsl().fetchCount(DIVISION) > 0) {
            return;
        }
        List<Field<?>> fields = List.of(DIVISION.CODE, DIVISION.NAME, DIVISION.PARENT_CODE, DIVISION.DEPTH);
        bulk.insert(DIVISION, fields, rows.stream().map(r -> new Object[] {
                r.get("code"), r.get("name"), value(r, "parent_code"), Integer.parseInt(r.get("level"))}).iterator(),
                Progress.NONE, rows.size());
        audit.recordBulk(AuditLog.Action.IMPORT, "division", "seeds/divisions.csv: " + rows.size(), null);
    }

    public void loadIndustriesIfEmpty(List<CSVRecord> rows) {
        if (dsl().fetchCount(INDUSTRY) > 0) {
            return;
        }
        List<Field<?>> fields = List.of(INDUSTRY.CODE, INDUSTRY.NAME, INDUSTRY.PARENT_CODE, INDUSTRY.DEPTH);
        bulk.insert(INDUSTRY, fields, rows.stream().map(r -> new Object[] {
                r.get("code"), r.get("name"), value(r, "parent_code"), Integer.parseInt(r.get("level"))}).iterator(),
                Progress.NONE, rows.size());
        audit.recordBulk(AuditLog.Action.IMPORT, "industry", "seeds/industries.csv: " + rows.size(), null);
    }

    public void loadUnitsIfEmpty(List<CSVRecord> rows) {
        if (dsl().fetchCount(UNIT) > 0) {
            return;
        }
        OffsetDateTime now = audit.now();
        List<UUID> created = new ArrayList<>();
        for (CSVRecord r : rows) {
            UUID id = Ids.next();
            created.add(id);
            dsl().insertInto(UNIT).set(UNIT.ID, id).set(UNIT.CREATED_AT, now).set(UNIT.UPDATED_AT, now)
                    .set(UNIT.VERSION, 0).set(UNIT.NAME, r.get("name")).set(UNIT.KIND, r.get("kind")).execute();
        }
        database.recordChange(UNIT.getName(), ChangeKind.CREATE, created);
        audit.recordBulk(AuditLog.Action.IMPORT, "unit", "seeds/units.csv: " + rows.size(), null);
    }

    public void loadTeamsIfEmpty(List<CSVRecord> rows) {
        if (dsl().fetchCount(TEAM) > 0) {
            return;
        }
        OffsetDateTime now = audit.now();
        List<UUID> created = new ArrayList<>();
        for (CSVRecord r : rows) {
            UUID id = Ids.next();
            created.add(id);
            dsl().insertInto(TEAM).set(TEAM.ID, id).set(TEAM.CREATED_AT, now).set(TEAM.UPDATED_AT, now)
                    .set(TEAM.VERSION, 0).set(TEAM.NAME, r.get("name")).set(TEAM.BASE_CITY, r.get("base_city"))
                    .set(TEAM.REGION, value(r, "region")).execute();
        }
        database.recordChange(TEAM.getName(), ChangeKind.CREATE, created);
        audit.recordBulk(AuditLog.Action.IMPORT, "team", "seeds/teams.csv: " + rows.size(), null);
    }

    /** Carriers may name a parent carrier (园中园); parents come first in the file or are resolved after. */
    public void loadCarriersIfEmpty(List<CSVRecord> rows) {
        if (dsl().fetchCount(CARRIER) > 0) {
            return;
        }
        OffsetDateTime now = audit.now();
        Map<String, UUID> ids = new HashMap<>();
        rows.forEach(r -> ids.put(r.get("name"), Ids.next()));
        for (CSVRecord r : rows) {
            dsl().insertInto(CARRIER).set(CARRIER.ID, ids.get(r.get("name"))).set(CARRIER.CREATED_AT, now)
                    .set(CARRIER.UPDATED_AT, now).set(CARRIER.VERSION, 0).set(CARRIER.NAME, r.get("name"))
                    .set(CARRIER.KIND, stored(CARRIER.KIND, r.get("kind"))).set(CARRIER.ADDRESS, value(r, "address"))
                    .set(CARRIER.FOCUS_INDUSTRIES, value(r, "focus_industries"))
                    .set(CARRIER.TOTAL_AREA, decimal(value(r, "total_area_m2")))
                    .set(CARRIER.VACANT_AREA, decimal(value(r, "vacant_area_m2")))
                    .set(CARRIER.OPERATOR, value(r, "operator")).execute();
        }
        for (CSVRecord r : rows) {
            String parent = value(r, "parent_name");
            if (parent != null && ids.containsKey(parent)) {
                dsl().update(CARRIER).set(CARRIER.PARENT_ID, ids.get(parent))
                        .where(CARRIER.ID.eq(ids.get(r.get("name")))).execute();
            }
        }
        database.recordChange(CARRIER.getName(), ChangeKind.CREATE, List.copyOf(ids.values()));
        audit.recordBulk(AuditLog.Action.IMPORT, "carrier", "seeds/carriers.csv: " + rows.size(), null);
    }

    public void loadChainsIfEmpty(List<CSVRecord> rows) {
        if (dsl().fetchCount(CHAIN) > 0) {
            return;
        }
        OffsetDateTime now = audit.now();
        Map<String, UUID> chains = new HashMap<>();
        Map<String, UUID> nodes = new HashMap<>();
        int order = 0;
        for (CSVRecord r : rows) {
            String chain = r.get("chain");
            if (!chains.containsKey(chain)) {
                UUID id = Ids.next();
                chains.put(chain, id);
                dsl().insertInto(CHAIN).set(CHAIN.ID, id).set(CHAIN.CREATED_AT, now).set(CHAIN.UPDATED_AT, now)
                        .set(CHAIN.VERSION, 0).set(CHAIN.NAME, chain).set(CHAIN.SORT_ORDER, chains.size()).execute();
            }
            nodes.put(chain + "/" + r.get("node"), Ids.next());
        }
        for (CSVRecord r : rows) {
            String chain = r.get("chain");
            String parent = value(r, "parent_node");
            dsl().insertInto(CHAIN_NODE).set(CHAIN_NODE.ID, nodes.get(chain + "/" + r.get("node")))
                    .set(CHAIN_NODE.CREATED_AT, now).set(CHAIN_NODE.UPDATED_AT, now).set(CHAIN_NODE.VERSION, 0)
                    .set(CHAIN_NODE.CHAIN_ID, chains.get(chain))
                    .set(CHAIN_NODE.PARENT_ID, parent == null ? null : nodes.get(chain + "/" + parent))
                    .set(CHAIN_NODE.SEGMENT, stored(CHAIN_NODE.SEGMENT, r.get("segment"))).set(CHAIN_NODE.NAME, r.get("node"))
                    .set(CHAIN_NODE.INDUSTRY_CODES, value(r, "industry_codes")).set(CHAIN_NODE.SORT_ORDER, order++)
                    .execute();
        }
        database.recordChange(CHAIN.getName(), ChangeKind.CREATE, List.copyOf(chains.values()));
        database.recordChange(CHAIN_NODE.getName(), ChangeKind.CREATE, List.copyOf(nodes.values()));
        audit.recordBulk(AuditLog.Action.IMPORT, "chain", "seeds/chains.csv: " + rows.size(), null);
    }

    public void loadVocabularyIfEmpty(List<CSVRecord> rows) {
        if (dsl().fetchCount(VOCABULARY_WORD) > 0) {
            return;
        }
        bulk.insert(VOCABULARY_WORD, List.of(VOCABULARY_WORD.KIND, VOCABULARY_WORD.WORD, VOCABULARY_WORD.MEANING),
                rows.stream().map(r -> new Object[] {r.get("kind"), r.get("word"), r.get("meaning")}).iterator(),
                Progress.NONE, rows.size());
        audit.recordBulk(AuditLog.Action.IMPORT, "vocabulary_word", "seeds/vocabulary.csv: " + rows.size(), null);
    }

    public List<Word> words() {
        return dsl().selectFrom(VOCABULARY_WORD).orderBy(VOCABULARY_WORD.KIND, VOCABULARY_WORD.MEANING, VOCABULARY_WORD.WORD)
                .fetch(r -> new Word(r.getKind(), r.getWord(), r.getMeaning()));
    }

    /** Adds a word, or points an existing word of that kind at another value. */
    public void saveWord(Word word) {
        int changed = dsl().update(VOCABULARY_WORD).set(VOCABULARY_WORD.MEANING, word.meaning())
                .where(VOCABULARY_WORD.KIND.eq(word.kind())).and(VOCABULARY_WORD.WORD.eq(word.word())).execute();
        if (changed == 0) {
            dsl().insertInto(VOCABULARY_WORD).set(VOCABULARY_WORD.KIND, word.kind()).set(VOCABULARY_WORD.WORD, word.word())
                    .set(VOCABULARY_WORD.MEANING, word.meaning()).execute();
        }
        audit.recordBulk(AuditLog.Action.UPDATE, "vocabulary_word", word.kind() + ": " + word.word() + " → " + word.meaning(),
                null);
    }

    public List<Division> divisions(String parentCode) {
        return dsl().selectFrom(DIVISION)
                .where(parentCode == null ? DIVISION.PARENT_CODE.isNull() : DIVISION.PARENT_CODE.eq(parentCode))
                .orderBy(DIVISION.CODE)
                .fetch(r -> new Division(r.getCode(), r.getName(), r.getParentCode(), r.getDepth()));
    }

    public List<Industry> industries(String parentCode) {
        return dsl().selectFrom(INDUSTRY)
                .where(parentCode == null ? INDUSTRY.PARENT_CODE.isNull() : INDUSTRY.PARENT_CODE.eq(parentCode))
                .orderBy(INDUSTRY.CODE)
                .fetch(r -> new Industry(r.getCode(), r.getName(), r.getParentCode(), r.getDepth()));
    }

    public Optional<String> divisionName(String code) {
        return dsl().select(DIVISION.NAME).from(DIVISION).where(DIVISION.CODE.eq(code)).fetchOptional(DIVISION.NAME);
    }

    public Optional<String> industryName(String code) {
        return dsl().select(INDUSTRY.NAME).from(INDUSTRY).where(INDUSTRY.CODE.eq(code)).fetchOptional(INDUSTRY.NAME);
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    /** A seed file's text as the column's Java type (an enum by its name), without naming the owning feature's type. */
    private static <T> T stored(Field<T> column, String text) {
        return column.getDataType().convert(text);
    }
}
