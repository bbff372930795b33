package cn.zhaoshang.desk.exchange;

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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
    static final int CHUNK = 2_500;

    private final Database database;
    private final BulkInserter bulk;
    private final AuditLog audit;
    private final Session session;
    private final Clock clock;
    private final ImportRunRepository runs;
    private final MappingRepository mappings;
    private final UndoRepository undo;
    private final WriteRuns writeRuns;
    private final ImportDiscard discard;
    private final cn.zhaoshang.desk.backup.BackupService backups;

    public ImportService(Database database, BulkInserter bulk, AuditLog audit, RecordWriter writer,
                         Session session, Clock clock, WriteRuns writeRuns,
                         cn.zhaoshang.desk.backup.BackupService backups) {
        this.database = database;
        this.backups = backups;
        this.writeRuns = writeRuns;
        this.bulk = bulk;
        this.audit = audit;
        this.session = session;
        this.clock = clock;
        this.runs = new ImportRunRepository(database);
        this.mappings = new MappingRepository(database, writer);
        this.undo = new UndoRepository(database, bulk);
        this.discard = new ImportDiscard(database, undo);
        // An import that did not finish is taken back as if it had not run; an undo cut off is finished.
        writeRuns.register(WriteRuns.Kind.IMPORT, run -> discard.discard(run.id(), audit.now()));
        writeRuns.register(WriteRuns.Kind.UNDO, run -> takeBack(UUID.fromString(run.detail())));
    }

    /** Reads the headers and guesses the mapping; refuses files that cannot be read at all. */
    public ColumnMapping guessMapping(Path file, ImportEntity entity) {
        try (TableSource source = TableFiles.open(file)) {
            return ColumnGuesser.guess(entity, source.headers());
        }
    }

    /** The first {@code limit} rows read with the mapping, with what is wrong with each (nothing is written). */
    public FilePreview preview(Path file, ColumnMapping mapping, int limit, Messages messages) {
        try (TableSource source = TableFiles.open(file)) {
            RowParser parser = new RowParser(mapping, new ReferenceCache(database), today());
            List<FilePreview.Row> rows = new ArrayList<>();
            TableSource.SourceRow row;
            while (rows.size() < limit && (row = source.next()) != null) {
                ParsedRow parsed = parser.parse(row);
                int width = Math.max(mapping.headers().size(), row.cells().length);
                List<String> cells = new ArrayList<>(Arrays.asList(Arrays.copyOf(row.cells(), width)));
                List<String> cellProblems = new ArrayList<>(java.util.Collections.nCopies(width, (String) null));
                List<String> rowProblems = new ArrayList<>();
                for (ParsedRow.Problem p : parsed.problems()) {
                    String text = Reasons.describe(p, messages);
                    if (p.column() >= 0 && p.column() < width) {
                        cellProblems.set(p.column(), text);
                    } else {
                        rowProblems.add(text);
                    }
                }
                rows.add(new FilePreview.Row(row.lineNumber(), cells, cellProblems, rowProblems));
            }
            return new FilePreview(source.description(), mapping, rows);
        }
    }

    /**
     * Runs an import. Throws {@link DeskException} without writing anything when the file cannot be
     * read or its columns cannot feed the entity; returns the counts otherwise (rejected rows included).
     */
    public ImportSummary run(ImportRequest request, Progress progress) {
        Messages messages = request.messages();
        UUID importId = Ids.next();
        ImportSummary summary;
        try (TableSource source = TableFiles.open(request.file())) {
            ColumnMapping mapping = mappingFor(request, source.headers());
            mapping.requireUsable(messages::label);
            RejectedRowsFile rejects = new RejectedRowsFile(RejectedRowsFile.beside(request.file()), source.headers(),
                    messages.get("exchange.rejected.reasonColumn"));
            rejects.removeStale();
            // The embedded file is copied first (decision 0142): undo covers a wrong file, the copy a damaged one.
            backups.backupBeforeWork(request.policy() == DuplicatePolicy.UPDATE
                    ? cn.zhaoshang.desk.backup.BackupService.Reason.MERGE : cn.zhaoshang.desk.backup.BackupService.Reason.IMPORT);
            try {
                summary = writeRuns.run(WriteRuns.Kind.IMPORT, importId, null,
                        () -> write(request, importId, mapping, source, rejects, progress),
                        s -> finishRun(s, request.file().getFileName().toString()));
                rejects.close();
            } catch (RuntimeException e) {
                rejects.discard();
                throw e;
            }
        }
        return summary;
    }

    private ImportSummary write(ImportRequest request, UUID importId, ColumnMapping mapping, TableSource source,
                                RejectedRowsFile rejects, Progress progress) {
        OffsetDateTime now = audit.now();
        ImportContext context = new ImportContext(importId, now, today(), session.userName(), request.policy());
        database.transaction(() -> runs.start(importId, request.entity(), request.file().toAbsolutePath().toString(),
                session.userName(), now));
        progress.step("exchange.step.reading", request.file().getFileName());
        RowParser parser = new RowParser(mapping, new ReferenceCache(database), context.today());
        ChunkWriter writer = writerFor(request.entity());
        ChunkResult total = new ChunkResult();
        long rejected = 0;
        List<ParsedRow> chunk = new ArrayList<>(CHUNK);
        TableSource.SourceRow row;
        while (true) {
            row = source.next();
            if (row != null) {
                chunk.add(parser.parse(row));
            }
            if (chunk.size() == CHUNK || (row == null && !chunk.isEmpty())) {
                List<ParsedRow> rows = chunk;
                total.add(database.transaction(() -> writer.write(rows, context)));
                for (ParsedRow r : chunk) {
                    if (r.isRejected()) {
                        rejects.write(r.cells(), Reasons.describe(r, request.messages()));
                        rejected++;
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
        return new ImportSummary(importId, request.entity(), total.imported, total.updated, total.skipped, rejected,
                rejects.path(), source.description());
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

    /** The request's mapping when made for these headers, else re-applied by header text, else guessed. */
    private static ColumnMapping mappingFor(ImportRequest request, List<String> headers) {
        ColumnMapping given = request.mapping();
        if (given == null) {
            return ColumnGuesser.guess(request.entity(), headers);
        }
        if (given.headers().equals(headers) && given.entity() == request.entity()) {
            return given;
        }
        return ColumnMapping.fromDefinition(request.entity(), headers, given.toDefinition());
    }

    /** The import's summary audit entry: file and counts, as field changes from nothing. */
    private static java.util.Map<String, FieldChange> summaryChanges(String file, long imported, long updated,
                                                                     long skipped, long rejected) {
        java.util.Map<String, FieldChange> changes = new java.util.LinkedHashMap<>();
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
        if (run.isUndone()) {
            throw new DeskException("exchange.error.alreadyUndone", run.fileName(), run.undoneAt());
        }
        progress.step("exchange.step.undoing", run.fileName());
        UndoSummary result = writeRuns.run(WriteRuns.Kind.UNDO, Ids.next(), importId.toString(),
                () -> undoRows(importId, progress), s -> {
                    runs.markUndone(importId, audit.now());
                    audit.record(AuditLog.Action.UNDO, tableOf(run.entity()), importId, java.util.Map.of(
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
        return LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai")));
    }
}
