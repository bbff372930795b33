package cn.zhaoshang.desk.app.cli;

import cn.zhaoshang.desk.app.Environment;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options that every command and the desktop app share. */
public final class GlobalOptions {
    @Option(names = "--data-dir", paramLabel = "DIR", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Folder of the embedded database and local settings (default: the user's data folder).")
    public Path dataDir;

    @Option(names = "--db-url", paramLabel = "JDBC_URL", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Team server, e.g. jdbc:postgresql://host:5432/zhaoshang (password from ZHAOSHANG_DB_PASSWORD).")
    public String dbUrl;

    @Option(names = "--db-user", paramLabel = "NAME", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Team server user.")
    public String dbUser;

    @Option(names = "--user", paramLabel = "NAME", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Who is working (password from ZHAOSHANG_PASSWORD once users have passwords).")
    public String user;

    @Option(names = "--lang", paramLabel = "zh|en", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Language of messages (default: the setting, else Chinese).")
    public String language;

    /** Not an option: the process's environment, set by the entry point that parsed these (see {@link Environment}). */
    public Environment environment = Environment.NONE;
}
