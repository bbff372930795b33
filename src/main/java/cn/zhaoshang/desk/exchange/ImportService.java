package cn.zhaoshang.desk.exchange;

import cn.zhaoshang.desk.backup.BackupService;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.db.AuditLog;
import cn.zhaoshang.desk.common.db.BulkInserter;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.FieldChange;
import cn.zhaoshang.desk.common.db.Ids;
import cn.zhaoshang.desk.common.db.RecordWriter;
import cn.zhaoshang.desk.common.db.WriteRuns;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.session.Session;
import cn.zhaoshang.desk.common.time.OfficeZone;
import cn.zhaoshang.desk.exchange.db.ChunkResult;
import cn.zhaoshang.desk.exchange.db.ChunkWriter;
import cn.zhaoshang.desk.exchange.db.CompanyImportWriter;
import cn.zhaoshang.desk.exchange.db.ContactImportWriter;
import cn.zhaoshang.desk.exchange.db.ImportContext;
import cn.zhaoshang.desk.exchange.db.ImportDiscard;
import cn.zhaoshang.desk.exchange.db.ImportRunRepository;
import cn.zhaoshang.desk.exchange.db.MappingRepository;
import cn.zhaoshang.desk.exchange.db.ProjectImportWriter;
import cn.zhaoshang.desk.exchange.db.ReferenceCache;
import cn.zhaoshang.desk.exchange.db.UndoRepository;
import cn.zhaoshang.desk.exchange.db.VisitImportWriter;
import cn.zhaoshang.desk.exchange.file.RejectedRowsFile;
import cn.zhaoshang.desk.exchange.file.TableFiles;
import cn.zhaoshang.desk.exchange.file.TableSource;
import cn.zhaoshang.desk.exchange.rows.ParsedRow;
import cn.zhaoshang.desk.exchange.rows.RowParser;
import cn.zhaoshang.desk.security.AccessPolicy;
import cn.zhaoshang.desk.security.Permission;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Imports companies, contacts, projects and visits from .csv and .xlsx files, and takes imports
 * back. An import streams the file (never holding it in memory), checks every row like the forms
 * do, writes chunk by chunk as one {@link WriteRuns run} (a cancel, an error or a crash takes every
 * committed chunk back, so the database ends as it was or with the whole file), writes rejected rows
 * with their reasons beside the file, and stamps what it created with its id so that it can be undone
 * as a whole. What it wrote goes out on the change stream
 * chunk by chunk as it commits (the search index and open lists follow from there).
 */
public final class ImportService {
    /** Rows looked up and written together; big enough for fast batches, small enough for IN lists. */
    public static final int CHUNK = 2_500;
    /** How many reasons a summary carries for a preview (the files hold them all). */
    static final int FIRST_REASONS = 10;
    /** The types of values files write as words (the vocabulary). */
    private static final List<Class<? extends Enum<?>>> WORD_TYPES = Arrays.stream(ImportField.values())
            .<Class<? extends Enum<?>>>map(ImportField::words).filter(Objects::nonNull).distinct().toList();

    private final Database database;
    private final BulkInserter bulk;
    private final AuditLog audit;
    private final Session session;
    /** Anyone may undo their own import; somebody else's only an administrator. */
    private final AccessPolicy access;
    private final Clock clock;
    private final ImportRunRepository runs;
    private final MappingRepository mappings;
    private final MappingProfiles profiles;
    private final UndoRepository undo;
    private final WriteRuns writeRuns;
    private final ImportDiscard discard;
    private final BackupService backups;

    public ImportService(Database database, BulkInserter bulk, AuditLog audit, RecordWriter writer,
                         AccessPolicy access, Clock clock, WriteRuns writeRuns,
                         BackupService backups) {
        this.database = database;
        this.access = access;
        this.backups = backups;
        this.writeRuns = writeRuns;
        this.bulk = bulk;
        this.audit = audit;
        this.session = access.session();
        this.clock = clock;
        this.runs = new ImportRunRepository(database);
        this.mappings = new MappingRepository(database, writer);
        this.profiles = new MappingProfiles(mappings);
        this.undo = new UndoRepository(database, bulk);
        this.discard = new ImportDiscard(database, undo);
        // An import that did not finish is taken back as if it had not run; an undo cut off is finished.
        writeRuns.register(WriteRuns.Kind.IMPORT, run -> discard.discard(run.id(), audit.now()));
        writeRuns.register(WriteRuns.Kind.UNDO, run -> takeBack(UUID.fromString(run.detail())));
    }

    /**
     * Reads the headers and finds the mapping: the one remembered for files with these headers (a
     * profile per source), else a guess. Refuses files that cannot be read at all.
     */
    public ColumnMapping guessMapping(Path file, ImportEntity entity) {
        access.requireSignedIn();
        try (TableSource source = TableFiles.open(file)) {
            return profiles.forHeaders(entity, source.headers());
        }
    }

    /**
     * The first {@code limit} rows read with the mapping, with what rejects each and what would be
     * left out of it (nothing is written). A file without data rows is refused as the import would be.
     */
    public FilePreview preview(Path file, ColumnMapping mapping, int limit, Messages messages) {
        access.requireSignedIn();
        try (TableSource source = TableFiles.open(file)) {
            RowParser parser = parser(mapping, file, messages);
            List<FilePreview.Row> rows = new ArrayList<>();
            TableSource.SourceRow row;
            while (rows.size() < limit && (row = source.next()) != null) {
                rows.add(FilePreview.Row.of(parser.parse(row), mapping, row, messages));
            }
            if (rows.isEmpty()) {
                throw new DeskException("exchange.error.noRows", file.getFileName());
            }
            return new FilePreview(source.description(), mapping, rows);
        }
    }

    /**
     * Runs an import. Throws {@link DeskException} without writing anything when the file cannot be
     * read, its columns cannot feed the entity, or it has no data rows; returns the counts otherwise
     * (rejected rows included). A dry run does all of it and then takes everything back.
     */
    public ImportSummary run(ImportRequest request, Progress progress) {
        access.requireSignedIn();
        Messages messages = request.messages();
        UUID importId = Ids.next();
        ImportSummary summary;
        try (TableSource source = TableFiles.open(request.file())) {
            ColumnMapping mapping = mappingFor(request, source.headers());
            mapping.requireUsable(messages::label);
            if (!source.hasRows()) {
                throw new DeskException("exchange.error.noRows", request.file().getFileName());
            }
            RejectedRowsFile rejects = new RejectedRowsFile(request.dryRun() ? null : RejectedRowsFile.beside(request.file()),
                    source.headers(), messages.get("exchange.rejected.reasonColumn"));
            RejectedRowsFile warnings = new RejectedRowsFile(request.dryRun() ? null
                    : RejectedRowsFile.warningsBeside(request.file()), source.headers(), messages.get("exchange.warnings.column"));
            rejects.removeStale();
            warnings.removeStale();
            try {
                summary = request.dryRun() ? dryRun(request, importId, mapping, source, rejects, warnings, progress)
                        : realRun(request, importId, mapping, source, rejects, warnings, progress);
                rejects.close();
                warnings.close();
            } catch (RuntimeException e) {
                rejects.discard();
                warnings.discard();
                throw e;
            }
        }
        return summary;
    }

    /**
     * A run that writes: the embedded file is copied first (decision 0142: undo covers a wrong file, the
     * copy a damaged one), then the chunks go in as one write run; the counts, the audit entry and the
     * remembered mapping are committed with the mark that the run finished.
     */
    private ImportSummary realRun(ImportRequest request, UUID importId, ColumnMapping mapping, TableSource source,
                                  RejectedRowsFile rejects, RejectedRowsFile warnings, Progress progress) {
        backups.backupBeforeWork(request.policy() == DuplicatePolicy.UPDATE
                ? BackupService.Reason.MERGE : BackupService.Reason.IMPORT);
        return writeRuns.run(WriteRuns.Kind.IMPORT, importId, null,
                () -> write(request, importId, mapping, source, rejects, warnings, progress), s -> {
                    finishRun(s, request.file().getFileName().toString());
                    profiles.remember(mapping, request.file());
                });
    }

    /** A dry run: the whole import in one transaction, which is then rolled back (nothing is written). */
    private ImportSummary dryRun(ImportRequest request, UUID importId, ColumnMapping mapping, TableSource source,
                                 RejectedRowsFile rejects, RejectedRowsFile warnings, Progress progress) {
        try {
            return database.transaction(() -> {
                throw new DryRun(write(request, importId, mapping, source, rejects, warnings, progress));
            });
        } catch (DryRun done) {
            return done.summary;
        }
    }

    /** Carries a dry run's counts out of its transaction, which it rolls back. */
    private static final class DryRun extends RuntimeException {
        private final transient ImportSummary summary;

        DryRun(ImportSummary summary) {
            super(null, null, false, false);
            this.summary = summary;
        }
    }

    private ImportSummary write(ImportRequest request, UUID importId, ColumnMapping mapping, TableSource source,
                                RejectedRowsFile rejects, RejectedRowsFile warnings, Progress progress) {
        Messages messages = request.messages();
        OffsetDateTime now = audit.now();
        ImportContext context = new ImportContext(importId, now, today(), session.userName(), request.policy());
        database.transaction(() -> runs.start(importId, request.entity(), request.file().toAbsolutePath().toString(),
                session.userName(), now));
        progress.step("exchange.step.reading", request.file().getFileName());
        RowParser parser = parser(mapping, request.file(), messages);
        ChunkWriter writer = writerFor(request.entity());
        ChunkResult total = new ChunkResult();
        long rejected = 0;
        long warned = 0;
        long notes = 0;
        long rows = 0;
        List<String> firstReasons = new ArrayList<>();
        List<ParsedRow> chunk = new ArrayList<>(CHUNK);
        TableSource.SourceRow row;
        while (true) {
            row = source.next();
            if (row != null) {
                rows++;
                chunk.add(parser.parse(row));
            }
            if (chunk.size() == CHUNK || (row == null && !chunk.isEmpty())) {
                List<ParsedRow> data = chunk.stream().filter(ParsedRow::isData).toList();
                total.add(database.transaction(() -> writer.write(data, context)));
                for (ParsedRow r : chunk) {
                    if (r.isNote()) {
                        notes++;
                    } else if (r.isRejected()) {
                        rejects.write(shown(r, mapping), Reasons.describe(r, messages));
                        rejected++;
                        keep(firstReasons, Reasons.describe(r, messages));
                    } else if (!r.warnings().isEmpty()) {
                        warnings.write(shown(r, mapping), Reasons.describeWarnings(r, messages));
                        warned++;
                    }
                }
                for (ParsedRow r : chunk) {
                    if (!r.isNote() && !r.isRejected() && !r.warnings().isEmpty()) {
                        keep(firstReasons, Reasons.describeWarnings(r, messages));
                    }
                }
                chunk.clear();
                progress.update(source.size() > 0 ? source.position() : total.imported + total.updated, source.size());
                progress.checkCancelled();
            }
            if (row == null) {
                break;
            }
        }
        if (rows == notes) {
            throw new DeskException("exchange.error.noRows", request.file().getFileName());
        }
        long skipped = total.skipped + notes;
        runs.finish(importId, total.imported, total.updated, skipped, rejected, audit.now());
        audit.record(AuditLog.Action.IMPORT, tableOf(request.entity()), importId, summaryChanges(
                request.file().getFileName().toString(), total.imported, total.updated, skipped, rejected), importId);
        return new ImportSummary(importId, request.entity(), total.imported, total.updated, total.merged, skipped,
                rejected, warned, rejects.path(), warnings.path(), source.description(), total.changes, firstReasons,
                request.dryRun());
    }

    private static void keep(List<String> reasons, String reason) {
        if (reasons.size() < FIRST_REASONS) {
            reasons.add(reason);
        }
    }

    /** A row's cells as the report files show them: a date column's serial number as the date it is. */
    private static String[] shown(ParsedRow row, ColumnMapping mapping) {
        String[] cells = row.cells().clone();
        mapping.fields().forEach((column, field) -> {
            if (field.kind() == ImportField.Kind.DATE && row.has(field) && column < cells.length) {
                cells[column] = row.date(field).toString();
            }
        });
        return cells;
    }

    private RowParser parser(ColumnMapping mapping, Path file, Messages messages) {
        ReferenceCache reference = new ReferenceCache(database, WORD_TYPES, List.of(messages,
                new Messages(messages.isChinese() ? Messages.ENGLISH : Messages.CHINESE)));
        return new RowParser(mapping, reference, today(),
                messages.get("exchange.consent.imported", file.getFileName(), today()));
    }

    /** The run's counts and audit entry, committed together with the mark that the run finished. */
    private void finishRun(ImportSummary s, String fileName) {
        runs.finish(s.importId(), s.imported(), s.updated(), s.skipped(), s.rejected(), audit.now());
        audit.record(AuditLog.Action.IMPORT, tableOf(s.entity()), s.importId(), summaryChanges(
                fileName, s.imported(), s.updated(), s.skipped(), s.rejected()), s.importId());
    }

    /** An import that did not finish: what its chunks wrote is taken back and the run is marked so. */
    private void takeBack(UUID importId) {
        undoRows(importId, Progress.NONE);
        database.transaction(() -> runs.markUndone(importId, audit.now()));
    }

    private UndoSummary undoRows(UUID importId, Progress progress) {
        return undo.undo(importId, audit.now(), session.userName(), progress);
    }

    /** The request's mapping when made for these headers, else re-applied by header text, else remembered or guessed. */
    private ColumnMapping mappingFor(ImportRequest request, List<String> headers) {
        ColumnMapping given = request.mapping();
        if (given == null) {
            return profiles.forHeaders(request.entity(), headers);
        }
        if (given.headers().equals(headers) && given.entity() == request.entity()) {
            return given;
        }
        return ColumnMapping.fromDefinition(request.entity(), headers, given.toDefinition());
    }

    /** The import's summary audit entry: file and counts, as field changes from nothing. */
    private static Map<String, FieldChange> summaryChanges(String file, long imported, long updated,
                                                                     long skipped, long rejected) {
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        changes.put("file", new FieldChange(null, file));
        changes.put("imported", new FieldChange(null, String.valueOf(imported)));
        changes.put("updated", new FieldChange(null, String.valueOf(updated)));
        changes.put("skipped", new FieldChange(null, String.valueOf(skipped)));
        changes.put("rejected", new FieldChange(null, String.valueOf(rejected)));
        return changes;
    }

    private ChunkWriter writerFor(ImportEntity entity) {
        return switch (entity) {
            case COMPANIES -> new CompanyImportWriter(database, bulk);
            case CONTACTS -> new ContactImportWriter(database, bulk);
            case PROJECTS -> new ProjectImportWriter(database, bulk);
            case VISITS -> new VisitImportWriter(database, bulk);
        };
    }

    private static String tableOf(ImportEntity entity) {
        return switch (entity) {
            case COMPANIES -> "company";
            case CONTACTS -> "contact";
            case PROJECTS -> "project";
            case VISITS -> "interaction";
        };
    }

    /**
     * Takes an import back as a whole: its new rows go to the trash, rows it updated get their
     * previous values (unless changed since). An import is undone once.
     */
    public UndoSummary undo(UUID importId, Progress progress) {
        ImportRun run = runs.find(importId).orElseThrow(() -> new DeskException("exchange.error.noSuchImport", importId));
        if (!run.userName().equals(session.userName())) {
            access.require(Permission.UNDO_OTHERS_IMPORTS);
        }
        if (run.isUndone()) {
            throw new DeskException("exchange.error.alreadyUndone", run.fileName(), run.undoneAt());
        }
        progress.step("exchange.step.undoing", run.fileName());
        UndoSummary result = writeRuns.run(WriteRuns.Kind.UNDO, Ids.next(), importId.toString(),
                () -> undoRows(importId, progress), s -> {
                    runs.markUndone(importId, audit.now());
                    audit.record(AuditLog.Action.UNDO, tableOf(run.entity()), importId, Map.of(
                            "removed", new FieldChange(null, String.valueOf(s.removed())),
                            "restored", new FieldChange(null, String.valueOf(s.restored()))), importId);
                });
        return result;
    }

    public List<ImportRun> recentRuns(int limit) {
        return runs.recent(limit);
    }

    public List<SavedMapping> savedMappings(ImportEntity entity) {
        return mappings.list(entity);
    }

    public SavedMapping saveMapping(String name, ColumnMapping mapping) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw new DeskException("exchange.error.mappingName");
        }
        return mappings.save(n.length() > 100 ? n.substring(0, 100) : n, mapping.entity(), mapping.toDefinition());
    }

    /**
     * A mapping for the command line's --mapping: a JSON file (as saved by the wizard or written by
     * hand: {"columns": {"header": "FIELD"}}), or the name of a mapping saved in the database.
     */
    public ColumnMapping loadMapping(String fileOrName, ImportEntity entity, Path dataFile) {
        access.requireSignedIn();
        String definition;
        Path path = Path.of(fileOrName);
        if (Files.isRegularFile(path)) {
            try {
                definition = Files.readString(path);
            } catch (IOException e) {
                throw new DeskException(e, "exchange.error.unreadable", path.getFileName(), e.getMessage());
            }
        } else {
            definition = mappings.findByName(fileOrName)
                    .orElseThrow(() -> new DeskException("exchange.error.noSuchMapping", fileOrName)).definition();
        }
        try (TableSource source = TableFiles.open(dataFile)) {
            return ColumnMapping.fromDefinition(entity, source.headers(), definition);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(OfficeZone.ZONE));
    }
}
