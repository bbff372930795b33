package cn.zhaoshang.desk.testing;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.background.ImmediateTaskRunner;
import cn.zhaoshang.desk.common.background.TaskRunner;
import cn.zhaoshang.desk.common.db.Engine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What a view-model test stands on, made fresh for each test and closed after it: real services on an
 * in-memory H2 with a data folder of its own, jobs run at once, and a scripted user. Registered with
 * {@code @RegisterExtension final ViewModelFixture fixture = new ViewModelFixture();}.
 */
public final class ViewModelFixture implements BeforeEachCallback, AfterEachCallback {
    private final TaskRunner tasks = new ImmediateTaskRunner();
    private Path dir;
    private Services services;
    private ScriptedDialogs dialogs;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("view-model-test");
        services = TestDatabases.open(Engine.H2, dir);
        dialogs = new ScriptedDialogs();
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        try {
            services.close();
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(ViewModelFixture::delete);
            }
        }
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Services services() {
        return services;
    }

    public ScriptedDialogs dialogs() {
        return dialogs;
    }

    public TaskRunner tasks() {
        return tasks;
    }

    /** The test's own folder, for files it imports or exports. */
    public Path dir() {
        return dir;
    }
}
