package cn.zhaoshang.desk.project.ui;

import cn.zhaoshang.desk.common.background.TaskRunner;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.project.ProjectService;
import cn.zhaoshang.desk.project.ProjectStage;
import cn.zhaoshang.desk.project.StageDeadline;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The stage clock's settings: for each timed stage, the days allowed and the warning days before. */
public final class DeadlinesViewModel {
    /** One timed stage's deadline as edited. */
    public record Row(ProjectStage stage, IntegerProperty maxDays, IntegerProperty warnDays) { }

    private final ProjectService service;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Consumer<Throwable> onError;
    // Properties
    private final List<Row> rows = new ArrayList<>();
    private final StringProperty error = new SimpleStringProperty("");

    public DeadlinesViewModel(ProjectService service, TaskRunner tasks, Messages messages, Consumer<Throwable> onError) {
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
        this.onError = onError;
        for (ProjectStage stage : ProjectStage.mainStages()) {
            if (stage != ProjectStage.OPERATING) {
                rows.add(new Row(stage, new SimpleIntegerProperty(90), new SimpleIntegerProperty(14)));
            }
        }
    }

    public List<Row> rows() {
        return rows;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public void load(Runnable onLoaded) {
        tasks.run(messages.get("project.deadline.loading"), p -> service.deadlines(), (Map<ProjectStage, StageDeadline> all) -> {
            for (Row row : rows) {
                StageDeadline d = all.get(row.stage());
                if (d != null) {
                    row.maxDays().set(d.maxDays());
                    row.warnDays().set(d.warnDays());
                }
            }
            onLoaded.run();
        }, onError);
    }

    /** Saves every row; a refusal is shown as the dialog's message and nothing is saved. */
    public void save(Runnable onSaved) {
        error.set("");
        List<StageDeadline> deadlines = rows.stream()
                .map(r -> new StageDeadline(r.stage(), r.maxDays().get(), r.warnDays().get())).toList();
        tasks.run(messages.get("project.deadline.saving"), p -> {
            service.saveDeadlines(deadlines);
            return Boolean.TRUE;
        }, ok -> onSaved.run(), failure -> {
            if (failure instanceof DeskException desk) {
                error.set(messages.describe(desk));
            } else {
                onError.accept(failure);
            }
        });
    }
}
