package cn.zhaoshang.desk.app.cli;

import cn.zhaoshang.desk.app.Services;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** `backup FILE`: a consistent copy of the embedded database while nothing else needs to stop. */
@Command(name = "backup", mixinStandardHelpOptions = true, description = "Write a backup of the database to FILE (.zip).")
public final class BackupCommand extends CommandContext {
    @Parameters(paramLabel = "FILE", description = "The backup file to write, e.g. backup.zip")
    Path file;

    @Override
    protected Integer run(Services services, PrintWriter out) {
        Path written = services.backups().backupTo(file);
        out.println("backup: " + written.toAbsolutePath());
        return 0;
    }
}
