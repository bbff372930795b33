package cn.zhaoshang.desk.app.cli;

import cn.zhaoshang.desk.app.Composition;
import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.backup.RestorePermit;
import cn.zhaoshang.desk.backup.RestoreService;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.time.OfficeZone;
import cn.zhaoshang.desk.security.Keyring;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * `restore FILE`: replaces the embedded database with a backup. The database must not be open
 * elsewhere; the current one is kept in backups/ until the restored one has opened.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Replace the database with the backup FILE (checked first; the current database is kept aside).")
public final class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    DeskCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A backup made by `backup` or automatically.")
    Path file;

    @Override
    public Integer call() {
        if (root.global.dbUrl != null) {
            throw new DeskException("backup.error.serverDatabase");
        }
        Path dataDir = Composition.dataDir(root.global);
        String dataKey = null;
        // An encrypted set-up: the user's password unlocks the key that opens the (encrypted) backup. On
        // another computer there is no keyring yet: the one the backup carries is used and kept.
        Keyring fromBackup = Keyring.exists(dataDir) ? null : Keyring.fromBackup(file, dataDir).orElse(null);
        Keyring keyring = fromBackup != null ? fromBackup : Keyring.exists(dataDir) ? Keyring.load(dataDir) : null;
        if (keyring != null) {
            if (root.global.user == null) {
                throw new DeskException("security.error.signInRequired");
            }
            dataKey = keyring.unlock(root.global.user, Composition.commandLinePassword(root.global.user, root.global.environment))
                    .orElseThrow(() -> new DeskException("security.error.badCredentials"));
        }
        // Signed in and checked while the database is still open (a refusal is audited there); the
        // restore itself needs it closed.
        RestoreService restore = new RestoreService(OfficeZone.systemClock());
        RestorePermit permit = restore.permitWithoutDatabase(file, dataDir).orElse(null);
        if (permit == null) {
            try (Services services = Composition.open(root.global, Composition.Mode.COMMAND_LINE)) {
                permit = services.backups().permitRestore(file);
            } catch (DeskException e) {
                // A damaged database cannot say who may restore it: restoring is then the way out for anyone.
                permit = restore.permitForDamaged(file, dataDir, dataKey).orElseThrow(() -> e);
            }
        }
        Path aside = restore.restore(permit, dataDir, dataKey);
        if (fromBackup != null) {
            fromBackup.save();
        }
        spec.commandLine().getOut().println("restored: " + file.toAbsolutePath());
        if (aside != null) {
            spec.commandLine().getOut().println("previous database kept at: " + aside);
        }
        return 0;
    }
}
