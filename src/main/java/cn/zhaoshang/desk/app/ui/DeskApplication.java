package cn.zhaoshang.desk.app.ui;

import cn.zhaoshang.desk.app.Composition;
import cn.zhaoshang.desk.app.DamageRecovery;
import cn.zhaoshang.desk.app.EarlyOpen;
import cn.zhaoshang.desk.app.Environment;
import cn.zhaoshang.desk.app.LaptopServer;
import cn.zhaoshang.desk.app.LaptopTie;
import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.app.cli.DeskCommand;
import cn.zhaoshang.desk.backup.RestorePermit;
import cn.zhaoshang.desk.backup.RestoreService;
import cn.zhaoshang.desk.common.background.CancelledException;
import cn.zhaoshang.desk.common.config.LocalSettings;
import cn.zhaoshang.desk.common.db.DatabaseConfig;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.time.OfficeZone;
import cn.zhaoshang.desk.common.ui.Fonts;
import cn.zhaoshang.desk.common.ui.FxDialogService;
import cn.zhaoshang.desk.common.ui.FxTaskRunner;
import cn.zhaoshang.desk.common.ui.LiveRefresh;
import cn.zhaoshang.desk.common.ui.ProgressDialog;
import cn.zhaoshang.desk.common.ui.RecordLinks;
import cn.zhaoshang.desk.common.ui.ScreenFit;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.security.FileEncryption;
import cn.zhaoshang.desk.security.Keyring;
import cn.zhaoshang.desk.settings.ui.Themes;
import cn.zhaoshang.desk.sync.ui.SyncStatusView;
import cn.zhaoshang.desk.sync.ui.SyncStatusViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.Image;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * The desktop app: opens the database in the background behind a small waiting screen, runs the
 * start-up flow, then shows the shell. Window size and position are remembered.
 */
public final class DeskApplication extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(DeskApplication.class);

    private DeskCommand options;
    private Path dataDir;
    private LocalSettings settings;
    private Messages messages;
    private FxTaskRunner tasks;
    /** Non-zero when a check run could not open the database. */
    private int exitCode;
    private Services services;
    /** Set when the user was signed in by unlocking an encrypted database. */
    private boolean signedInByUnlock;
    private Stage stage;
    private String fontStyle = "";
    private UiKit kit;
    private IdleLock idleLock;
    private ScheduledExecutorService poller;
    /** The password typed in the connection dialog, used once for the next opening (never saved). */
    private String typedPassword;
    /** A laptop chosen at first start, to be tied to its team server before anything opens. */
    private LaptopTie.Request laptopToTie;
    /** One for the life of the window: kits are rebuilt when the language changes, the screens' watches stay. */
    private final LiveRefresh live = new LiveRefresh();
    private final RecordLinks links = new RecordLinks();

    /** The ids `--open` accepts, in the navigation bar's order. */
    public static List<String> areas() {
        return Navigation.AREAS;
    }

    public static void launchWith(String[] args) {
        Application.launch(DeskApplication.class, args);
    }

    @Override
    public void init() {
        options = new DeskCommand();
        new CommandLine(options).setAllowSubcommandsAsOptionParameters(true)
                .parseArgs(getParameters().getRaw().toArray(String[]::new));
        // JavaFX made this object, so the environment cannot be handed in: read here, once, like Main.main does.
        options.global.environment = new Environment(System.getenv());
        dataDir = Composition.dataDir(options.global);
        settings = EarlyOpen.settings(dataDir);
        messages = Composition.messages(options.global, settings);
        // JavaFX's own texts (OK, Cancel, date pickers) follow the default locale.
        Locale.setDefault(messages.locale());
        tasks = new FxTaskRunner(messages, Services.JOBS_AT_ONCE);
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            LOG.error("Uncaught exception on {}", thread.getName(), error);
            if (Platform.isFxApplicationThread() && services != null) {
                kit().dialogs().showError(error);
            }
        });
        fontStyle = Fonts.loadBundled();
        Themes.apply(settings.get("ui.theme").orElse("light"));
        stage.setTitle(messages.get("shell.title"));
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            var icon = DeskApplication.class.getResourceAsStream("/assets/icons/app-" + size + ".png");
            if (icon != null) {
                stage.getIcons().add(new Image(icon));
            }
        }
        var content = WindowBounds.contentSize(stage, settings);
        WindowBounds.restore(stage, settings, content);
        stage.setScene(new Scene(waiting(), content.getWidth(), content.getHeight()));
        styleScene(stage.getScene());
        ScreenFit.install(stage, settings);
        stage.show();
        WindowBounds.keepOnScreen(stage);
        chooseConnectionOnFirstStart();
        openDatabase();
    }

    /** On the very first start, ask whether the data stays on this computer or on a team server. */
    private void chooseConnectionOnFirstStart() {
        boolean firstStart = settings.get("db.mode").isEmpty() && options.global.dbUrl == null
                && !Files.exists(dataDir.resolve("zhaoshang.mv.db"));
        if (!firstStart || options.smokeTest || options.snapshot != null) {
            return;
        }
        ConnectionDialog.ask(kit(), stage).ifPresent(this::remember);
    }

    private void remember(ConnectionDialog.ConnectionChoice choice) {
        ConnectionDialog.remember(kit(), choice);
        typedPassword = choice.isServer() ? choice.password() : null;
        laptopToTie = choice.isLaptop() ? new LaptopTie.Request(choice.url(), choice.user(),
                choice.password(), choice.laptopUser(), choice.laptopPassword()) : null;
    }

    /**
     * A laptop chosen at first start: the folder is tied to the team server (the user's share pulled,
     * the file encrypted with the user's password), then opened with that user signed in.
     */
    /** Opens the database and signs the user in with the password just typed; nothing stays open on failure. */
    private Services openSignedIn(DatabaseConfig keyed, String user, char[] password) {
        Services opened = Composition.open(dataDir, settings, messages, keyed, OfficeZone.systemClock(), null);
        try {
            opened.users().authenticate(user, password);
            return opened;
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    private void openedSignedIn(Services opened, String user) {
        signedInByUnlock = true;
        settings.put("session.lastUser", user);
        settings.save();
        opened(opened);
    }

    private void tieLaptop(LaptopTie.Request request) {
        laptopToTie = null;
        var task = tasks.start(messages.get("server.connection.tying"), p -> {
            DatabaseConfig keyed = LaptopTie.tie(dataDir, settings, messages, request, p);
            return openSignedIn(keyed, request.user(), request.password());
        }, opened -> openedSignedIn(opened, request.user()), error -> {
            kit().dialogs().showError(error);
            openDatabase();
        });
        ProgressDialog.show(stage, task);
    }

    /** The password just typed in the connection dialog, else the password dialog. */
    private Composition.PasswordPrompt passwordPrompt() {
        PasswordDialog dialog = new PasswordDialog(messages, stage);
        return (user, url) -> {
            String typed = typedPassword;
            typedPassword = null;
            return typed != null ? typed : dialog.ask(user, url);
        };
    }

    private void openDatabase() {
        if (laptopToTie != null) {
            tieLaptop(laptopToTie);
            return;
        }
        DatabaseConfig config;
        try {
            config = Composition.databaseConfig(options.global, settings, dataDir, passwordPrompt());
        } catch (RuntimeException e) {
            failedToOpen(e);
            return;
        }
        if (FileEncryption.needsKey(config)) {
            openEncrypted(config);
            return;
        }
        // Nobody is signed in yet: the start-up flow signs in (--user only preselects the name).
        tasks.run(messages.get("shell.opening"), p -> {
            Services early = EarlyOpen.take(config); // opened while JavaFX started
            return early != null ? early : Composition.open(dataDir, settings, messages, config, OfficeZone.systemClock(), null);
        }, this::opened, this::failedToOpen);
    }

    /**
     * An encrypted file: the user's name and password unlock its key before anything is read, and
     * sign that user in (decision 0008). A wrong password asks again. Snapshots and smoke tests
     * take --user and ZHAOSHANG_PASSWORD instead of the dialog.
     */
    private void openEncrypted(DatabaseConfig config) {
        String envPassword = options.global.environment.password();
        var typed = options.global.user != null && envPassword != null
                ? Optional.of(new UnlockDialog.Credentials(options.global.user, envPassword.toCharArray()))
                : UnlockDialog.ask(kit(), stage, options.global.user != null ? options.global.user
                        : settings.get("session.lastUser").orElse(""));
        if (typed.isEmpty()) {
            quit();
            return;
        }
        UnlockDialog.Credentials who = typed.get();
        tasks.run(messages.get("shell.opening"), p -> {
            DatabaseConfig keyed = FileEncryption.unlock(config, dataDir, who.username(),
                    who.password());
            return openSignedIn(keyed, who.username(), who.password());
        }, opened -> openedSignedIn(opened, who.username()), error -> {
            if (error instanceof DeskException && envPassword == null) {
                kit().dialogs().showError(error);
                openEncrypted(config);
            } else {
                failedToOpen(error);
            }
        });
    }

    /**
     * A damaged file (decision 0141): the choice is to restore the newest backup — the damaged file is
     * kept aside in backups/ — or to quit with the file untouched.
     */
    private void offerLastGoodBackup(Throwable error) {
        var backup = DamageRecovery.lastGoodBackup(dataDir, settings);
        String problem = messages.describe(error);
        if (backup.isEmpty()) {
            kit().dialogs().showError(new DeskException("shell.damaged.noBackup", problem));
            quit();
            return;
        }
        if (!kit().dialogs().confirm(messages.get("shell.damaged.offerRestore", problem, backup.get().getFileName()))) {
            quit();
            return;
        }
        tasks.run(messages.get("shell.damaged.restoring"),
                p -> {
                    var restore = new RestoreService(OfficeZone.systemClock());
                    // A damaged file: nobody can be asked inside it, so the damage itself is the leave to restore.
                    var permit = restore.permitForDamaged(backup.get(), dataDir, null)
                            .orElseThrow(() -> new DeskException("shell.damaged.noBackup", problem));
                    return restore.restore(permit, dataDir, null);
                },
                aside -> openDatabase(), this::failedToOpen);
    }

    /** Polls for changes by others and for the server's health, off the FX thread. */
    private void startChangeFeed() {
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "change-feed");
            t.setDaemon(true);
            return t;
        });
        boolean server = services.databaseInfo().engine() == Engine.POSTGRES;
        long seconds = server ? 5 : 30;
        // Every committed change, this computer's (an import, a save in another window) and, on a team
        // server, the others' that the poll brings in, reaches the screens that show those tables.
        services.changeStream().subscribe(batch -> batch.tables().forEach(live::changed));
        poller.scheduleWithFixedDelay(() -> {
            try {
                services.changes().poll();
            } catch (RuntimeException e) {
                LOG.debug("Change poll failed", e);
            }
        }, 1, seconds, TimeUnit.SECONDS);
    }

    private VBox waiting() {
        ProgressIndicator spinner = new ProgressIndicator();
        Label text = new Label(messages.get("shell.opening"));
        VBox box = new VBox(16, spinner, text);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private UiKit kit() {
        if (kit == null || kit.messages() != messages) {
            FxDialogService dialogs = new FxDialogService(messages, tasks);
            dialogs.setOwner(stage);
            kit = new UiKit(messages, dialogs, tasks, settings, live, links);
        }
        return kit;
    }

    private void opened(Services opened) {
        this.services = opened;
        // From the saved file as soon as the database is open, while the user signs in (decision 0096):
        // a start-up job, so the system's (decision 0145).
        services.session().asSystem(() -> services.search().startBuilding(tasks, messages));
        startChangeFeed();
        if (isCheckRun()) {
            // A smoke test or snapshot starts, lays out and quits: no daily backup to cut short.
        } else {
            tasks.run(messages.get("backup.daily"), p -> services.dailyBackupAtStart(), done -> { },
                    error -> LOG.warn("Daily backup failed", error));
        }
        if (options.smokeTest || options.snapshot != null) {
            try {
                if (!signedInByUnlock) {
                    signInForCheckRun();
                }
            } catch (RuntimeException e) {
                failedToOpen(e);
                return;
            }
            showShell(options.smokeTest);
            if (options.snapshot != null) {
                Snapshots.saveAfter(stage, options.snapshot, options.snapshotDelay, this::quit);
            }
            return;
        }
        new StartupFlow(services, kit(), stage, options.global.user, signedInByUnlock, this::encryptForFirstAdmin)
                .run(() -> showShell(false), this::quit);
    }

    /**
     * Settings' switch (administrators, plain file of this computer): the signed-in administrator's password
     * is asked for and checked, then the file is encrypted and opened again (decision 0144).
     */
    private void encryptFromSettings() {
        String admin = services.session().userName();
        var typed = UnlockDialog.ask(kit(), stage, admin);
        if (typed.isEmpty()) {
            return;
        }
        try {
            var user = services.users().authenticate(typed.get().username(), typed.get().password());
            if (!services.users().access().mayManageUsers() || !user.username().equals(admin)) {
                throw new DeskException("security.error.encryptAdminOnly");
            }
            encryptForFirstAdmin(new SignInDialog.FirstAdmin(user, typed.get().password()));
        } catch (RuntimeException e) {
            kit().dialogs().showError(e);
        }
    }

    /**
     * A smoke test or snapshot has nobody at the keyboard: --user with ZHAOSHANG_PASSWORD, --user alone
     * in a demo database, else the first user a demo database offers. A failure is reported like a
     * failed open.
     */
    private void signInForCheckRun() {
        String envPassword = options.global.environment.password();
        String user = options.global.user;
        if (user != null && envPassword != null) {
            services.users().authenticate(user, envPassword.toCharArray());
        } else if (user != null) {
            services.users().signInByName(user);
        } else {
            services.users().signInChoices().stream().findFirst().ifPresent(services.users()::signIn);
        }
        if (!services.session().isSignedIn()) {
            // A database without users yet (a fresh install's check): the system, as the command line does.
            services.session().signInAsSystem();
        }
    }

    /**
     * The first administrator of a real database was just set up: the file is encrypted with a data key
     * wrapped for that password (decision 0144), then opened again, the administrator signed in.
     */
    private void encryptForFirstAdmin(SignInDialog.FirstAdmin admin) {
        Services plain = services;
        if (poller != null) {
            poller.shutdownNow();
        }
        var task = tasks.start(messages.get("security.encrypting"), p -> {
            DatabaseConfig keyed = Composition.encrypt(plain, admin.user().username(), admin.password());
            Services reopened = Composition.open(dataDir, settings, messages, keyed, OfficeZone.systemClock(), null);
            reopened.users().findByName(admin.user().username()).ifPresent(reopened.users()::signIn);
            return reopened;
        }, reopened -> {
            signedInByUnlock = true;
            opened(reopened);
        }, this::failedToOpen);
        ProgressDialog.show(stage, task);
    }

    /**
     * The database could not be opened: say why; for a team server, offer to change the connection
     * (or work on this computer) and try again.
     */
    private void failedToOpen(Throwable error) {
        if (error instanceof CancelledException) {
            quit();
            return;
        }
        if (isCheckRun()) {
            // Nobody is there to close a dialog: say it on the console and end with an error.
            System.err.println("OPEN FAILED " + messages.describe(error));
            exitCode = 1;
            quit();
            return;
        }
        if (DamageRecovery.isDamage(error)) {
            offerLastGoodBackup(error);
            return;
        }
        kit().dialogs().showError(error);
        if (Composition.serverUrl(options.global, settings) != null && options.global.dbUrl == null
                && !options.smokeTest && options.snapshot == null) {
            var choice = ConnectionDialog.ask(kit(), stage);
            if (choice.isPresent()) {
                remember(choice.get());
                openDatabase();
                return;
            }
        }
        quit();
    }

    /** A laptop tied to a team server syncs in the background; the status bar says how it stands. */
    private void showSync(DeskShell shell) {
        var server = new LaptopServer(settings, services.clock(),
                new FxPasswordPrompt(new PasswordDialog(messages, stage)), options.global.environment);
        var model = new SyncStatusViewModel(services.sync(), server, tasks, messages,
                services.clock(), shell.statusBar()::showNotice);
        shell.statusBar().addStatus(new SyncStatusView(kit(), services.sync(), model).root());
    }

    private DeskShell showShell(boolean smoke) {
        // Once (a second call does nothing); in the background, shown in the status bar; the system's job.
        services.session().asSystem(() -> services.search().startBuilding(tasks, messages));
        DeskShell shell = new DeskShell(services, kit(), new ShellActions(this::languageChanged, this::changeConnection,
                this::encryptFromSettings, this::restore));
        stage.getScene().setRoot(shell.root());
        if (LaptopServer.isLaptop(settings) && !smoke) {
            showSync(shell);
        }
        if (idleLock != null) {
            idleLock.stop();
        }
        idleLock = new IdleLock(stage.getScene(), kit(), services.users());
        if (options.openArea != null) {
            shell.show(options.openArea);
        }
        stage.setTitle(messages.get("shell.titleWithUser", services.session().displayName()));
        if (smoke) {
            Platform.runLater(() -> Platform.runLater(() -> {
                shell.root().layout();
                System.out.println("SMOKE OK " + services.databaseInfo().location());
                quit();
            }));
        }
        return shell;
    }

    /** Rebuilds the shell in the newly chosen language; nothing is lost, every view is rebuilt. */
    private void languageChanged() {
        messages = Composition.messages(options.global, settings);
        Locale.setDefault(messages.locale());
        tasks.setMessages(messages);
        showShell(false).show("settings");
    }

    /** Settings → connection: choose again, close the current database and open the chosen one. */
    private void changeConnection() {
        var choice = ConnectionDialog.ask(kit(), stage);
        if (choice.isEmpty()) {
            return;
        }
        remember(choice.get());
        Services old = leaveDatabase();
        tasks.run(messages.get("shell.opening"), p -> {
            old.close();
            return null;
        }, done -> openDatabase(), this::failedToOpen);
    }

    /** Stops watching the open database and shows the waiting screen; the caller closes it off the FX thread. */
    private Services leaveDatabase() {
        if (poller != null) {
            poller.shutdownNow();
        }
        Services old = services;
        services = null;
        stage.getScene().setRoot(waiting());
        return old;
    }

    /**
     * Settings → restore: the database closes, the backup replaces it (the current one kept aside), and the
     * app opens again on it, asking who is working. An encrypted database is restored from the command line,
     * where the password that unlocks the backup's key is asked.
     */
    private void restore(Path zip) {
        if (Keyring.exists(dataDir)) {
            kit().dialogs().showInfo(messages.get("backup.restore.encryptedUseCommandLine"));
            return;
        }
        RestorePermit permit;
        try {
            permit = services.backups().permitRestore(zip);   // administrators only, asked while the database is open
        } catch (RuntimeException e) {
            kit().dialogs().showError(e);
            return;
        }
        Services old = leaveDatabase();
        tasks.run(messages.get("backup.restore.running"), p -> {
            old.close();
            return new RestoreService(OfficeZone.systemClock()).restore(permit, dataDir);
        }, aside -> {
            kit().dialogs().showInfo(messages.get("backup.restore.done", zip.getFileName(), aside == null ? "—" : aside));
            openDatabase();
        }, error -> {
            kit().dialogs().showError(error);
            openDatabase();
        });
    }

    private void styleScene(Scene scene) {
        scene.getStylesheets().add(DeskApplication.class.getResource("/css/desk.css").toExternalForm());
        scene.getRoot().setStyle(fontStyle);
        scene.rootProperty().addListener((obs, old, root) -> root.setStyle(fontStyle));
    }

    private void quit() {
        stage.hide();
        Platform.runLater(Platform::exit);
    }

    @Override
    public void stop() {
        WindowBounds.save(stage, settings);
        settings.save();
        tasks.close();
        if (poller != null) {
            poller.shutdownNow();
        }
        if (services != null && isCheckRun()) {
            services.close();
        } else if (services != null) {
            services.closeCompacting();
        }
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    /** A smoke test or a snapshot: a start that checks something and quits, not a working session. */
    private boolean isCheckRun() {
        return options.smokeTest || options.snapshot != null;
    }
}
