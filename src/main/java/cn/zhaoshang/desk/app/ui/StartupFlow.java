package cn.zhaoshang.desk.app.ui;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.ui.ProgressDialog;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.security.Role;
import cn.zhaoshang.desk.security.User;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.TextInputDialog;
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

    StartupFlow(Services services, UiKit kit, Window owner) {
        this.services = services;
        this.kit = kit;
        this.owner = owner;
    }

    /** Runs the steps, then calls {@code ready} on the FX thread; {@code abort} if the user gave up. */
    void run(Runnable ready, Runnable abort) {
        if (services.demoData().isEmpty() && kit.dialogs().confirm(kit.t("shell.demo.offer", DEMO_COMPANIES))) {
            var task = kit.tasks().start(kit.t("shell.demo.title"),
                    p -> services.demoData().generate(DEMO_COMPANIES, System.currentTimeMillis(), p),
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
        List<User> users = services.users().list();
        if (users.isEmpty()) {
            TextInputDialog ask = new TextInputDialog();
            ask.setTitle(kit.t("shell.user.firstTitle"));
            ask.setHeaderText(kit.t("shell.user.firstHeader"));
            ask.setContentText(kit.t("shell.user.name"));
            ask.initOwner(owner);
            Optional<String> name = ask.showAndWait().filter(s -> !s.isBlank());
            if (name.isEmpty()) {
                abort.run();
                return;
            }
            try {
                services.users().signIn(services.users().create(name.get().strip(), name.get().strip(), Role.ADMIN, null));
            } catch (RuntimeException e) {
                kit.dialogs().showError(e);
                chooseUser(ready, abort);
                return;
            }
            ready.run();
            return;
        }
        String last = kit.settings().get("session.lastUser").orElse(null);
        User preselected = users.stream().filter(u -> u.username().equals(last)).findFirst().orElse(users.get(0));
        if (users.size() == 1) {
            signIn(preselected, ready);
            return;
        }
        ChoiceDialog<User> choice = new ChoiceDialog<>(preselected, users);
        choice.setTitle(kit.t("shell.user.chooseTitle"));
        choice.setHeaderText(kit.t("shell.user.chooseHeader"));
        choice.setContentText(kit.t("shell.user.name"));
        choice.initOwner(owner);
        choice.getDialogPane().lookupAll(".combo-box").forEach(node -> {
            if (node instanceof javafx.scene.control.ComboBox<?> box) {
                @SuppressWarnings("unchecked")
                var users2 = (javafx.scene.control.ComboBox<User>) box;
                users2.setConverter(new javafx.util.StringConverter<>() {
                    @Override public String toString(User u) {
                        return u == null ? "" : u.displayName() + "（" + kit.messages().label(u.role()) + "）";
                    }
                    @Override public User fromString(String s) {
                        return null;
                    }
                });
            }
        });
        Optional<User> chosen = choice.showAndWait();
        if (chosen.isEmpty()) {
            abort.run();
            return;
        }
        signIn(chosen.get(), ready);
    }

    private void signIn(User user, Runnable ready) {
        services.users().signIn(user);
        kit.settings().put("session.lastUser", user.username());
        kit.settings().save();
        ready.run();
    }
}
