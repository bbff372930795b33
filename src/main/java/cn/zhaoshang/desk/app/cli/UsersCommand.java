package cn.zhaoshang.desk.app.cli;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.security.Role;
import cn.zhaoshang.desk.security.User;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `users list|add|reset`: user administration from the command line. */
@Command(name = "users", mixinStandardHelpOptions = true, description = "List, add and reset users.",
        subcommands = {UsersCommand.ListUsers.class, UsersCommand.AddUser.class, UsersCommand.ResetPassword.class})
public final class UsersCommand {

    /** New passwords come from ZHAOSHANG_NEW_PASSWORD or the console, never from the command line. */
    static char[] newPassword(String user) {
        String fromEnv = System.getenv("ZHAOSHANG_NEW_PASSWORD");
        if (fromEnv != null) {
            return fromEnv.toCharArray();
        }
        if (System.console() == null) {
            throw new DeskException("cli.users.passwordNeeded", user);
        }
        return System.console().readPassword("new password for %s: ", user);
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List users: name, display name, role, password set.")
    public static final class ListUsers extends CommandContext {
        @Override
        protected Integer run(Services services, PrintWriter out) {
            for (User u : services.users().list()) {
                out.printf("%s\t%s\t%s\t%s%n", u.username(), u.displayName(), u.role(), u.hasPassword() ? "password" : "-");
            }
            return 0;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a user (administrators only once passwords are in use); password from ZHAOSHANG_NEW_PASSWORD or a prompt.")
    public static final class AddUser extends CommandContext {
        @Parameters(paramLabel = "NAME")
        String name;

        @Option(names = "--display", description = "Display name (default: NAME).")
        String display;

        @Option(names = "--role", defaultValue = "RECRUITER", description = "RECRUITER, TEAM_LEAD, MANAGER or ADMIN (default ${DEFAULT-VALUE}).")
        Role role;

        @Override
        protected Integer run(Services services, PrintWriter out) {
            if (services.users().anyoneHasPassword() && !services.users().access().mayManageUsers()) {
                throw new DeskException("security.error.adminOnly");
            }
            boolean firstPassword = !services.users().anyoneHasPassword();
            char[] password = newPassword(name);
            User user = services.users().create(name, display, role, null, password);
            out.println("added: " + user.username() + " (" + user.role() + ")");
            if (services.encryption().encryptsForFirstAdmin(firstPassword, role, services.demoData().hasDemoData())) {
                // The first administrator of a real (not demo) database encrypts it (decision 0144).
                String location = services.database().config().location();
                cn.zhaoshang.desk.app.Composition.encrypt(services, user.username(), password);
                out.println(services.messages().get("security.encrypt.byDefault", location, user.username()));
            }
            return 0;
        }
    }

    @Command(name = "reset", mixinStandardHelpOptions = true,
            description = "Set a new password for NAME (administrators only); from ZHAOSHANG_NEW_PASSWORD or a prompt.")
    public static final class ResetPassword extends CommandContext {
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        protected Integer run(Services services, PrintWriter out) {
            services.users().resetPassword(name, newPassword(name));
            out.println("password reset: " + name);
            return 0;
        }
    }
}
