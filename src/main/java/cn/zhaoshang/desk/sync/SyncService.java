package cn.zhaoshang.desk.sync;

import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.db.AuditLog;
import cn.zhaoshang.desk.common.db.ChangeLog;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.FieldChange;
import cn.zhaoshang.desk.common.db.Ids;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.time.OfficeZone;
import cn.zhaoshang.desk.security.AccessPolicy;
import cn.zhaoshang.desk.security.Permission;
import cn.zhaoshang.desk.sync.db.LaptopStore;
import cn.zhaoshang.desk.sync.db.RowStore;
import cn.zhaoshang.desk.sync.db.SeededRows;
import cn.zhaoshang.desk.sync.db.ServerStore;
import cn.zhaoshang.desk.sync.db.SyncTable;
import cn.zhaoshang.desk.sync.db.SyncTables;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Laptops that work offline and sync with the team server (decision 0015). On a laptop: tie it to a
 * server and pull its share, sync (push this laptop's changes merged field by field, then pull the
 * server's), the conflict queue and the briefcase, bundles for a laptop that never reaches the
 * server. On the server: the laptops tied to it, cutting one off, bundles for and from laptops.
 * The server is reached as a second database that the caller opened (and signed into).
 */
public final class SyncService {
    /** The office's day: memberships and claims count on it. */
    private static final ZoneId OFFICE_ZONE = OfficeZone.ZONE;

    /** Which side's value a person chose for a conflict. */
    public enum Take { MINE, THEIRS }

    private final Database database;
    private final AuditLog audit;
    private final AccessPolicy access;
    private final Clock clock;
    private final LaptopStore book;
    private final RowStore rows;

    public SyncService(Database database, AuditLog audit, AccessPolicy access, Clock clock) {
        this.database = database;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
        this.book = new LaptopStore(database);
        this.rows = new RowStore(database);
    }

    // This laptop

    /** Is this database a laptop tied to a team server? */
    public boolean isTied() {
        return book.isTied();
    }

    public Optional<SyncState> state() {
        return book.state();
    }

    /**
     * Ties this (still empty) laptop database to the server for {@code userName} and pulls the user's
     * share. The reference rows the laptop made for itself at its first start give way to the server's.
     */
    public SyncResult tie(Database server, String userName, String laptopName, Progress progress) {
        if (book.isTied()) {
            throw new DeskException("sync.error.alreadyTied");
        }
        if (SeededRows.holdsUserData(database.dsl())) {
            throw new DeskException("sync.error.notEmpty");
        }
        ServerStore serverBook = new ServerStore(server);
        ShareContext share = serverBook.share(userName, today(), Briefcase.EMPTY);
        UUID laptopId = Ids.next();
        server.transaction(() -> serverBook.register(laptopId, laptopName, userName, now()));
        database.transactionAs(ChangeLog.SYNC_ORIGIN, () -> {
            SeededRows.removeReference(database.dsl());
            book.tie(laptopId, userName, ChangeLog.lastSequence(database.dsl()));
        });
        int pulled = new Pull(database, server, book).first(share, progress);
        finished(serverBook, laptopId, "tied: pulled " + pulled);
        return new SyncResult(0, pulled, 0);
    }

    /** Opens the server, syncs (see {@link #sync(Database, Progress)}) and closes it again. */
    public SyncResult sync(ServerConnector server, Progress progress) {
        try (Database opened = server.open()) {
            return sync(opened, progress);
        }
    }

    /** Pushes this laptop's changes (merging them with the server's), then pulls the server's. */
    public SyncResult sync(Database server, Progress progress) {
        SyncState state = book.state().orElseThrow(() -> new DeskException("sync.error.notTied"));
        ServerStore serverBook = new ServerStore(server);
        Laptop laptop = serverBook.laptop(state.laptopId())
                .orElseThrow(() -> new DeskException("sync.error.unknownLaptop", state.laptopId()));
        if (laptop.revoked()) {
            throw new DeskException("sync.error.revoked", laptop.revokedBy(), laptop.revokedAt().toLocalDate());
        }
        try {
            ShareContext share = serverBook.share(state.userName(), today(), book.briefcase());
            progress.step("sync.step.push");
            ConflictRecorder recorder = new ConflictRecorder(book, serverBook, state.userName(), clock);
            SyncResult pushed = new Push(database, server, book, recorder).run(state.pushedSeq());
            progress.step("sync.step.pull");
            Pull pull = new Pull(database, server, book);
            int pulled = pull.run(book.state().orElseThrow().pulledSeq(), share, progress) + pull.briefcase(share);
            SyncResult result = new SyncResult(pushed.pushed(), pushed.pulled() + pulled, pushed.conflicts());
            finished(serverBook, state.laptopId(), result.line());
            return result;
        } catch (RuntimeException e) {
            database.transactionAs(ChangeLog.SYNC_ORIGIN, () -> book.finished(now(), String.valueOf(e.getMessage())));
            throw e;
        }
    }

    /** Both sides note the sync; this laptop's audit entry stays here (it is about this laptop, not the district's data). */
    private void finished(ServerStore serverBook, UUID laptopId, String what) {
        long pulled = book.state().orElseThrow().pulledSeq();
        serverBook.database().transaction(() -> serverBook.synced(laptopId, pulled, now()));
        database.transactionAs(ChangeLog.SYNC_ORIGIN, () -> {
            book.finished(now(), null);
            audit.recordBulk(AuditLog.Action.SYNC, "sync_state", what.length() > 60 ? what.substring(0, 60) : what, null);
        });
    }

    public List<Conflict> conflicts(boolean openOnly) {
        return book.conflicts(openOnly);
    }

    /**
     * Settles a conflict. "Theirs": the record already holds the server's value. "Mine": this laptop's
     * value is written again as a change of its own and goes to the server with the next sync. The
     * choice is in the audit log.
     */
    public void resolve(UUID conflictId, Take take) {
        Conflict c = book.conflict(conflictId).orElseThrow(() -> new DeskException("sync.error.noConflict", conflictId));
        if (!c.open()) {
            throw new DeskException("sync.error.alreadyResolved", c.resolution());
        }
        SyncTable table = SyncTables.byName(c.table()).orElseThrow();
        database.transaction(() -> {
            if (take == Take.MINE) {
                SyncRow now = rows.read(table, List.of(c.recordId()), true).get(c.recordId());
                SyncRow chosen = switch (c.kind()) {
                    case SAME_FIELD, UNIQUE -> now.with(c.field(), c.mine());
                    case DELETE_EDIT -> now.with("deleted_at", now().toString());
                    case EDIT_DELETE -> book.mineRow(conflictId).orElse(now).with("deleted_at", null);
                    case STAGE_RULE -> throw new DeskException("sync.error.stageRuleMine");
                };
                chosen = chosen.with(Map.of("version", String.valueOf(now.version() + 1), "updated_at", now().toString()));
                rows.update(table, chosen, now.version(), now.deleted());
            }
            book.resolve(conflictId, take.name(), audit.userName(), now());
            audit.record(AuditLog.Action.SYNC, c.table(), c.recordId(), Map.of(c.field() == null ? "record" : c.field(),
                    take == Take.MINE ? new FieldChange(c.theirs(), c.mine()) : new FieldChange(c.mine(), c.theirs())));
        });
    }

    public Briefcase briefcase() {
        return book.briefcase();
    }

    /** Packs another team's targets, a chain's companies or one company for the next sync (出差包). */
    public void pack(Briefcase.Kind kind, UUID id) {
        database.transaction(() -> book.pack(kind, id, now()));
    }

    public void unpack(Briefcase.Kind kind, UUID id) {
        database.transaction(() -> book.unpack(kind, id));
    }

    /** Writes this laptop's unsent changes as an encrypted bundle (for a laptop that never reaches the server). */
    public int exportChanges(Path file, char[] password) {
        int rows = Bundles.exportChanges(database, book, file, password);
        audit.recordBulk(AuditLog.Action.EXPORT, "sync_state", "bundle: " + rows + " → " + file.getFileName(), null);
        return rows;
    }

    /** Applies a bundle the server wrote for this laptop; one it already has changes nothing. */
    public SyncResult importServerChanges(Path file, char[] password) {
        return new SyncResult(0, Bundles.importServerChanges(database, book, file, password), 0);
    }

    // The team server

    /** The laptops tied to this server (administrators). */
    public List<Laptop> laptops() {
        requireAdmin();
        return new ServerStore(database).laptops();
    }

    /** Cuts a lost laptop off: its next sync (or bundle) is refused. */
    public void revoke(UUID laptopId) {
        requireAdmin();
        database.transaction(() -> {
            if (!new ServerStore(database).revoke(laptopId, audit.userName(), now())) {
                throw new DeskException("sync.error.unknownLaptop", laptopId);
            }
            audit.record(AuditLog.Action.SYNC, "sync_laptop", laptopId, Map.of("revoked",
                    new FieldChange(null, audit.userName())));
        });
    }

    /** Server: merges a laptop's bundle exactly as an online push would (a second import changes nothing). */
    public SyncResult importChanges(Path file, char[] password) {
        requireAdmin();
        SyncResult result = Bundles.importChanges(database, file, password, now());
        audit.recordBulk(AuditLog.Action.SYNC, "sync_laptop", "bundle " + file.getFileName() + ": " + result.line(), null);
        return result;
    }

    /** Server: writes the changes in a laptop's share since it last reported, as a bundle for it. */
    public int exportFor(UUID laptopId, Path file, char[] password) {
        requireAdmin();
        int rows = Bundles.exportFor(database, laptopId, file, password, today());
        audit.recordBulk(AuditLog.Action.EXPORT, "sync_laptop", "bundle for " + laptopId + ": " + rows, null);
        return rows;
    }

    /** Laptops are managed with the users (administrators); a refusal is in the audit log. */
    private void requireAdmin() {
        access.require(Permission.MANAGE_USERS, "sync.error.adminsOnly");
    }

    Database database() {
        return database;
    }

    LaptopStore book() {
        return book;
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(OFFICE_ZONE));
    }
}
