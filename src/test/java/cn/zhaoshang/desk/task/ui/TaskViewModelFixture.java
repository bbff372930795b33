package cn.zhaoshang.desk.task.ui;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.background.ImmediateTaskRunner;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.task.TaskFixtures;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A real H2 database with the task fixtures, and what view models need without a window. */
final class TaskViewModelFixture implements AutoCloseable {
    final Services services;
    final TaskFixtures f;
    final ImmediateTaskRunner runner = new ImmediateTaskRunner();
    final TaskTexts texts;
    final List<Throwable> errors = new ArrayList<>();
    final List<String> notices = new ArrayList<>();

    TaskViewModelFixture(Path dir) {
        services = TestDatabases.open(Engine.H2, dir);
        f = new TaskFixtures(services);
        texts = new TaskTexts(services.messages());
    }

    TaskDetailViewModel detail() {
        return new TaskDetailViewModel(services.tasks(), runner, texts, errors::add);
    }

    @Override
    public void close() {
        services.close();
    }
}
