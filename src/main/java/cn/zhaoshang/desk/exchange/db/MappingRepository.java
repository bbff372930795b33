package cn.zhaoshang.desk.exchange.db;

import static cn.zhaoshang.desk.generated.Tables.IMPORT_MAPPING;

import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.RecordWriter;
import cn.zhaoshang.desk.exchange.ImportEntity;
import cn.zhaoshang.desk.exchange.SavedMapping;
import cn.zhaoshang.desk.generated.tables.records.ImportMappingRecord;
import java.util.List;
import java.util.Optional;

/** Saved column mappings (import_mapping), written through the record writer (audited). */
public final class MappingRepository {
    private final Database database;
    private final RecordWriter writer;

    public MappingRepository(Database database, RecordWriter writer) {
        this.database = database;
        this.writer = writer;
    }

    public List<SavedMapping> list(ImportEntity entity) {
        return database.dsl().selectFrom(IMPORT_MAPPING)
                .where(IMPORT_MAPPING.ENTITY.eq(entity)).and(IMPORT_MAPPING.DELETED_AT.isNull())
                .orderBy(IMPORT_MAPPING.NAME).fetch(MappingRepository::toMapping);
    }

    public Optional<SavedMapping> findByName(String name) {
        return database.dsl().selectFrom(IMPORT_MAPPING)
                .where(IMPORT_MAPPING.NAME.eq(name)).and(IMPORT_MAPPING.DELETED_AT.isNull())
                .orderBy(IMPORT_MAPPING.UPDATED_AT.desc()).limit(1).fetchOptional(MappingRepository::toMapping);
    }

    /** Saves under the name; a mapping of the same name and entity is replaced (its history stays in the audit). */
    public SavedMapping save(String name, ImportEntity entity, String definition) {
        return database.transaction(() -> {
            ImportMappingRecord existing = database.dsl().selectFrom(IMPORT_MAPPING)
                    .where(IMPORT_MAPPING.NAME.eq(name)).and(IMPORT_MAPPING.ENTITY.eq(entity))
                    .and(IMPORT_MAPPING.DELETED_AT.isNull()).fetchAny();
            if (existing != null) {
                existing.setDefinition(definition);
                return toMapping(writer.update(existing));
            }
            ImportMappingRecord record = database.dsl().newRecord(IMPORT_MAPPING);
            record.setName(name);
            record.setEntity(entity);
            record.setDefinition(definition);
            return toMapping(writer.insert(record));
        });
    }

    private static SavedMapping toMapping(ImportMappingRecord r) {
        return new SavedMapping(r.getId(), r.getName(), r.getEntity(), r.getDefinition());
    }
}
