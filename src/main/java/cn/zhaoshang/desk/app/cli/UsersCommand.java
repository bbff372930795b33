package cn.zhaoshang.desk.app.cli;

import cn.zhaoshang.desk.app.Composition;
import cn.zhaoshang.desk.app.Environment;
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
        subcommands = {UsersCommand.ListUsers.class, UsersCommand.AddUser.class, UsersCommand.ResetPassword.class,
                UsersCommand.ChangeOwnPassword.class, UsersCommand.Unlock.class})
public final class UsersCommand {

    /** New passwords come from ZHAOSHANG_NEW_PASSWORD or the console, never from the command line. */
    static char[] newPassword(Environment environment, String user) {
        String fromEnv = environment.newPassword();
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
            description = {"Add a user (administrators; on a database without users, the first one).",
                    "First password from ZHAOSHANG_NEW_PASSWORD or a prompt; the user changes it at the first sign-in."})
    public static final class AddUser extends CommandContext {
        @Parameters(paramLabel = "NAME")
        String name;

        @Option(names = "--display", description = "Display name (default: NAME).")
        String display;

        @Option(names = "--role", defaultValue = "RECRUITER", converter = RoleConverter.class,
                description = "RECRUITER, TEAM_LEAD, MANAGER or ADMIN in any case, or the role's name as the app shows it "
                        + "(招商专员, 小分队队长, 局领导, 管理员) (default ${DEFAULT-VALUE}).")
        Role role;

        @Override
        protected Integer run(Services services, PrintWriter out) {
            boolean firstPassword = !services.users().anyoneHasPassword();
            char[] password = newPassword(root.global.environment, name);
            User user = services.users().create(name, display, role, null, password);
            out.println("added: " + user.username() + " (" + user.role() + ")");
            if (services.encryption().encryptsForFirstAdmin(firstPassword, role, services.demoData().hasDemoData())) {
                // The first administrator of a real (not demo) database encrypts it (decision 0144).
                String location = services.database().config().location();
                Composition.encrypt(services, user.username(), password);
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
            services.users().resetPassword(name, newPassword(root.global.environment, name));
            out.println("password reset: " + name);
            return 0;
        }
    }

    @Command(name = "passwd", mixinStandardHelpOptions = true,
            description = {"Choose your own password (--user NAME; current one from ZHAOSHANG_PASSWORD or a prompt).",
                    "New password from ZHAOSHANG_NEW_PASSWORD or a prompt. Required after an administrator set one."})
    public static final class ChangeOwnPassword extends CommandContext {
        @Override
        protected boolean changesOwnPassword() {
            return true;
        }

        @Override
        protected Integer run(Services services, PrintWriter out) {
            String me = services.session().userName();
            char[] next = newPassword(root.global.environment, me);
            services.users().changeOwnPassword(Composition.commandLinePassword(me, root.global.environment), next, next);
            out.println("password changed: " + me);
            return 0;
        }
    }

    @Command(name = "unlock", mixinStandardHelpOptions = true,
            description = "Lift the lock on NAME after too many failed sign-ins (administrators).")
    public static final class Unlock extends CommandContext {
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        protected Integer run(Services services, PrintWriter out) {
            out.println((services.users().unlock(name) ? "unlocked: " : "not locked: ") + name);
            return 0;
        }
    }
}
