package cn.zhaoshang.desk.backup;

import cn.zhaoshang.desk.backup.db.BackupStatements;
import cn.zhaoshang.desk.common.config.LocalSettings;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.security.Keyring;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups of the embedded database: on demand, automatically at start (at most daily) and before
 * imports, into a folder the user can point at a USB drive or a synced folder, kept by
 * {@link BackupRotation}. A team server's backups are the server's job (pg_dump), not ours.
 */
public final class BackupService {
    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    public static final String AUTO_PREFIX = "auto-";

    /** Why an automatic backup was made; part of its file name. */
    public enum Reason { DAILY, IMPORT, MERGE, RESTORE }

    /** Work on many rows is backed up first unless an automatic backup is younger than this (decision 0142). */
    static final java.time.Duration RECENT_ENOUGH = java.time.Duration.ofMinutes(10);

    private final Database database;
    private final BackupStatements statements;
    private final LocalSettings settings;
    private final Path dataDir;
    private final Clock clock;

    public BackupService(Database database, LocalSettings settings, Path dataDir, Clock clock) {
        this.database = database;
        this.statements = new BackupStatements(database);
        this.settings = settings;
        this.dataDir = dataDir;
        this.clock = clock;
    }

    public boolean isAvailable() {
        return database.engine() == Engine.H2 && database.config().isEmbeddedFile();
    }

    /** The folder automatic backups go to (settings key backup.dir; default data folder/backups). */
    public Path folder() {
        return folder(settings, dataDir);
    }

    /** The backup folder of a data folder, before its database is open. */
    public static Path folder(LocalSettings settings, Path dataDir) {
        return settings.get("backup.dir").map(Path::of).orElse(dataDir.resolve("backups"));
    }

    public void setFolder(Path folder) {
        settings.put("backup.dir", folder == null ? null : folder.toAbsolutePath().toString());
        settings.save();
    }

    /** A consistent copy of the open database as a zip file. */
    public Path backupTo(Path target) {
        if (!isAvailable()) {
            throw new DeskException("backup.error.serverDatabase");
        }
        try {
            Path parent = target.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path partial = parent.resolve(target.getFileName() + ".partial");
            Files.deleteIfExists(partial);
            statements.backupTo(partial);
            addKeyring(partial);
            Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Backed up {} to {}", database.config().location(), target);
            return target;
        } catch (IOException | RuntimeException e) {
            if (e instanceof DeskException desk) {
                throw desk;
            }
            throw new DeskException(e, "backup.error.write", target, String.valueOf(e.getMessage()));
        }
    }

    /**
     * An encrypted database's backup carries the keyring (the data key wrapped by each user's password,
     * useless without one): without it a backup restored on another computer could never be opened.
     */
    private void addKeyring(Path zip) throws IOException {
        Path keyring = dataDir.resolve(Keyring.FILE);
        if (!Files.exists(keyring)) {
            return;
        }
        try (java.nio.file.FileSystem archive = java.nio.file.FileSystems.newFileSystem(zip)) {
            Files.copy(keyring, archive.getPath(Keyring.FILE), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** An automatic backup into the backup folder, then old ones rotated out. */
    public Optional<Path> autoBackup(Reason reason) {
        if (!isAvailable()) {
            return Optional.empty();
        }
        String name = AUTO_PREFIX + LocalDateTime.now(clock).format(STAMP) + "-" + reason.name().toLowerCase() + ".zip";
        Path file = backupTo(folder().resolve(name));
        rotate();
        return Optional.of(file);
    }

    /**
     * Before an import or a merge (and the command-line restore): an automatic backup, unless one was
     * made in the last {@link #RECENT_ENOUGH} — several imports in a row do not each copy a large file.
     */
    public Optional<Path> backupBeforeWork(Reason reason) {
        if (!isAvailable()) {
            return Optional.empty();
        }
        LocalDateTime now = LocalDateTime.now(clock);
        boolean recent = list().stream().anyMatch(e -> e.madeAt().isAfter(now.minus(RECENT_ENOUGH)));
        return recent ? Optional.empty() : autoBackup(reason);
    }

    /** At start: a daily backup unless one was made today. */
    public Optional<Path> dailyBackupIfDue() {
        if (!isAvailable()) {
            return Optional.empty();
        }
        String today = LocalDateTime.now(clock).format(STAMP).substring(0, 8);
        boolean done = list().stream().anyMatch(e -> e.name().startsWith(AUTO_PREFIX + today));
        return done ? Optional.empty() : autoBackup(Reason.DAILY);
    }

    /** The automatic backups in the folder, newest first. */
    public List<BackupRotation.Entry> list() {
        List<BackupRotation.Entry> entries = new ArrayList<>();
        if (!Files.isDirectory(folder())) {
            return entries;
        }
        try (Stream<Path> files = Files.list(folder())) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(AUTO_PREFIX) && n.endsWith(".zip"))
                    .forEach(n -> parseTime(n).ifPresent(t -> entries.add(new BackupRotation.Entry(n, t))));
        } catch (IOException e) {
            LOG.warn("Cannot list backups in {}", folder(), e);
        }
        entries.sort((a, b) -> b.madeAt().compareTo(a.madeAt()));
        return entries;
    }

    private void rotate() {
        for (BackupRotation.Entry old : BackupRotation.toDelete(list())) {
            try {
                Files.deleteIfExists(folder().resolve(old.name()));
            } catch (IOException e) {
                LOG.warn("Cannot delete old backup {}", old.name(), e);
            }
        }
    }

    private static Optional<LocalDateTime> parseTime(String name) {
        try {
            return Optional.of(LocalDateTime.parse(name.substring(AUTO_PREFIX.length(), AUTO_PREFIX.length() + 15), STAMP));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Compacts the file on close when that frees a worthwhile amount of space. */
    public boolean compactOnCloseIfWorthwhile() {
        if (!isAvailable()) {
            return false;
        }
        return statements.compactOnCloseIfWorthwhile();
    }
}
