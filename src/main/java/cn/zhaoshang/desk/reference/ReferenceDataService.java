package cn.zhaoshang.desk.reference;

import cn.zhaoshang.desk.common.db.AuditLog;
import cn.zhaoshang.desk.common.db.BulkInserter;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.reference.db.SeedWriter;
import cn.zhaoshang.desk.security.AccessPolicy;
import cn.zhaoshang.desk.security.Permission;
import java.util.List;
import java.util.Optional;

/**
 * Reference data from {@code seeds/}: divisions (GB/T 2260), industries (GB/T 4754-2017), and the
 * district's starting set of units, teams, carriers and demo chains, and the everyday words for stored
 * values (seeds/vocabulary.csv). Each table is filled once,
 * when it is empty; afterwards users edit freely.
 */
public final class ReferenceDataService {
    /** 郑州市中原区, the reference district. */
    public static final String HOME_DISTRICT = "410102";

    private final Database database;
    private final SeedWriter writer;
    private final AccessPolicy access;

    public ReferenceDataService(Database database, BulkInserter bulk, AuditLog audit, AccessPolicy access) {
        this.database = database;
        this.writer = new SeedWriter(database, bulk, audit);
        this.access = access;
    }

    /** Loads every reference table that is still empty, in one transaction. */
    public void ensureLoaded() {
        database.transaction(() -> {
            writer.loadDivisionsIfEmpty(SeedFiles.read("divisions.csv"));
            writer.loadIndustriesIfEmpty(SeedFiles.read("industries.csv"));
            writer.loadUnitsIfEmpty(SeedFiles.read("units.csv"));
            writer.loadTeamsIfEmpty(SeedFiles.read("teams.csv"));
            writer.loadCarriersIfEmpty(SeedFiles.read("carriers.csv"));
            writer.loadChainsIfEmpty(SeedFiles.read("chains.csv"));
            writer.loadVocabularyIfEmpty(SeedFiles.read("vocabulary.csv"));
        });
    }

    public List<Division> divisions(String parentCode) {
        return writer.divisions(parentCode);
    }

    public List<Industry> industries(String parentCode) {
        return writer.industries(parentCode);
    }

    public Optional<String> divisionName(String code) {
        return writer.divisionName(code);
    }

    public Optional<String> industryName(String code) {
        return writer.industryName(code);
    }

    /**
     * The everyday words for stored values, by kind (the value's type: ProjectStage, InteractionKind,
     * PursuitStatus, SourceChannel, RegistrationStatus). Imports read them beside the screens' labels.
     */
    public List<Word> words() {
        return writer.words();
    }

    /** Adds an office's own word for a value (or points a word at another value): managers and administrators. */
    public void saveWord(Word word) {
        access.require(Permission.EDIT_VOCABULARY);
        database.transaction(() -> writer.saveWord(word));
    }

    /** A division (GB/T 2260). */
    public record Division(String code, String name, String parentCode, int depth) { }

    /** One word of the vocabulary: {@code word} means {@code meaning} (a constant of the type named by {@code kind}). */
    public record Word(String kind, String word, String meaning) { }

    /** An industry (GB/T 4754-2017). */
    public record Industry(String code, String name, String parentCode, int depth) { }
}
