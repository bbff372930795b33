package cn.zhaoshang.desk.app.cli;

import cn.zhaoshang.desk.app.Composition;
import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.db.DatabaseConfig;
import cn.zhaoshang.desk.common.i18n.DeskException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import picocli.CommandLine.Command;

/**
 * `--user ADMIN encrypt`: encrypts the embedded database file once (H2 AES), after a backup. The
 * administrator's password unlocks it from then on; other users with passwords need a reset
 * (`users reset NAME`) before they can open it, and are listed.
 */
@Command(name = "encrypt", mixinStandardHelpOptions = true,
        description = {"Encrypt the database file on this computer (once; a backup is made first).",
                "Run as an administrator with a password (--user NAME, password from ZHAOSHANG_PASSWORD or a prompt)."})
public final class EncryptCommand extends CommandContext {
    @Override
    protected Integer run(Services services, PrintWriter out) {
        DatabaseConfig config = services.database().config();
        if (!config.isEmbeddedFile()) {
            throw new DeskException("security.error.encryptServer");
        }
        if (services.encryption().isEncrypted()) {
            throw new DeskException("security.error.alreadyEncrypted", config.location());
        }
        String admin = services.session().userName();
        boolean withPassword = services.session().userId() != null && services.users().anyoneHasPassword()
                && services.users().findByName(admin).map(u -> u.hasPassword()).orElse(false);
        if (!withPassword) {
            throw new DeskException("security.error.encryptAdminOnly");
        }
        char[] password = Composition.commandLinePassword(admin, root.global.environment);
        services.users().authenticate(admin, password);
        services.encryption().beginEncryption();
        List<String> needReset = services.encryption().usersWithoutKey(services.users().list()).stream()
                .filter(u -> !u.equals(admin)).toList();
        String stamp = LocalDateTime.now(services.clock()).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path backup = services.backups().backupTo(services.backups().folder().resolve("before-encryption-" + stamp + ".zip"));
        Composition.encrypt(services, admin, password);
        out.println(services.messages().get("security.encrypt.done", config.location(), backup));
        if (!needReset.isEmpty()) {
            out.println(services.messages().get("security.encrypt.needReset", String.join(", ", needReset)));
        }
        return 0;
    }
}
