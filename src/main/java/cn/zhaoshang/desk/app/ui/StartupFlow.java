package cn.zhaoshang.desk.app.ui;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.ui.ProgressDialog;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.security.Role;
import java.util.function.Consumer;
import javafx.stage.Window;

/**
 * What happens between an opened database and the main window: on an empty database, the offer
 * of demo data; then "who is working" (the first user is created on a fresh database).
 */
final class StartupFlow {
    static final int DEMO_COMPANIES = 2_000;
    private final Services services;
    private final UiKit kit;
    private final Window owner;
    private final String requestedUser;
    /** The user already signed in by unlocking an encrypted database (no second sign-in). */
    private final boolean signedIn;
    private final Consumer<SignInDialog.FirstAdmin> encryptFirst;

    StartupFlow(Services services, UiKit kit, Window owner, String requestedUser, boolean signedIn,
                Consumer<SignInDialog.FirstAdmin> encryptFirst) {
        this.services = services;
        this.encryptFirst = encryptFirst;
        this.kit = kit;
        this.owner = owner;
        this.requestedUser = requestedUser;
        this.signedIn = signedIn;
    }

    /** Runs the steps, then calls {@code ready} on the FX thread; {@code abort} if the user gave up. */
    void run(Runnable ready, Runnable abort) {
        // Signed in already (an encrypted file was unlocked): a real database, where demo data has no place.
        if (!signedIn && services.demoData().isEmpty() && kit.dialogs().confirm(kit.t("shell.demo.offer", DEMO_COMPANIES))) {
            var task = kit.tasks().start(kit.t("shell.demo.title"),
                    p -> {
                        long seed = System.currentTimeMillis();
                        var counts = services.demoData().generate(DEMO_COMPANIES, seed, p);
                        // Carriers' occupancy, policies and talent too: every screen has something to show.
                        services.demoPlaces(seed, 160);
                        return counts;
                    },
                    counts -> chooseUser(ready, abort),
                    error -> {
                        kit.dialogs().showError(error);
                        chooseUser(ready, abort);
                    });
            ProgressDialog.show(owner, task);
            return;
        }
        chooseUser(ready, abort);
    }

    private void chooseUser(Runnable ready, Runnable abort) {
        if (signedIn) {
            ready.run();
            return;
        }
        if (services.users().noUsersYet()) {
            var admin = SignInDialog.firstAdmin(kit, services.users(), owner);
            if (admin.isEmpty()) {
                abort.run();
                return;
            }
            remember(admin.get().user().username());
            if (services.encryption().encryptsForFirstAdmin(true, Role.ADMIN,
                    services.demoData().hasDemoData())) {
                encryptFirst.accept(admin.get());  // decision 0144: a real database is encrypted from the start
            } else {
                ready.run();
            }
            return;
        }
        var user = SignInDialog.signIn(kit, services.users(), owner,
                        requestedUser != null ? requestedUser : kit.settings().get("session.lastUser").orElse("admin"));
        if (user.isEmpty()) {
            abort.run();
            return;
        }
        remember(user.get().username());
        ready.run();
    }

    private void remember(String username) {
        kit.settings().put("session.lastUser", username);
        kit.settings().save();
    }
}
