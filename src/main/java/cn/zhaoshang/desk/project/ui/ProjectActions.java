package cn.zhaoshang.desk.project.ui;

import cn.zhaoshang.desk.common.ui.RecordLinks;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.project.Project;
import cn.zhaoshang.desk.project.ProjectFinanceService;
import cn.zhaoshang.desk.project.ProjectService;
import cn.zhaoshang.desk.project.ProjectStage;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Window;

/**
 * What can be done to a project from anywhere in the area (board card, list row, detail): open,
 * create, edit, change stage, archive. Each opens its dialog, runs the change in the background
 * and tells every listener that projects changed, so the board and the list reload.
 */
final class ProjectActions {
    private final UiKit kit;
    private final ProjectService projects;
    private final ProjectFinanceService finance;
    private final Supplier<Window> owner;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    ProjectActions(UiKit kit, ProjectService projects, ProjectFinanceService finance, Supplier<Window> owner) {
        this.kit = kit;
        this.projects = projects;
        this.finance = finance;
        this.owner = owner;
    }

    void onChanged(Runnable listener) {
        listeners.add(listener);
    }

    void removeOnChanged(Runnable listener) {
        listeners.remove(listener);
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }

    void notify(String text) {
        kit.dialogs().notify(text);
    }

    LocalDate today() {
        return projects.today();
    }

    /** Asks for what the stage change needs, then makes it. */
    void moveTo(UUID id, String name, ProjectStage target) {
        kit.tasks().run(kit.t("project.detail.loading"), p -> projects.snapshot(id), snapshot -> {
            if (snapshot.stage() == target) {
                return;
            }
            TransitionViewModel model = new TransitionViewModel(projects, snapshot, name, target, kit.messages());
            Platform.runLater(() -> new TransitionDialog(model, kit.messages()).showAndWait(owner.get()).ifPresent(request ->
                    kit.tasks().run(kit.t("project.detail.saving"), p -> {
                        projects.transition(id, snapshot.version(), request);
                        return Boolean.TRUE;
                    }, ok -> {
                        kit.dialogs().notify(kit.t("project.transition.done", name, kit.messages().label(target)));
                        changed();
                    }, error -> {
                        kit.dialogs().showError(error);
                        changed();
                    })));
        }, kit.dialogs()::showError);
    }

    void create() {
        ProjectFormViewModel model = new ProjectFormViewModel(projects, kit.tasks(), kit.messages(), kit.dialogs()::showError, null);
        new ProjectFormDialog(model, kit.messages()).showAndWait(owner.get()).ifPresent(saved -> {
            kit.dialogs().notify(kit.t("project.form.created", saved.shownName()));
            changed();
        });
    }

    void edit(UUID id) {
        kit.tasks().run(kit.t("project.detail.loading"), p -> projects.get(id), project -> Platform.runLater(() -> {
            ProjectFormViewModel model = new ProjectFormViewModel(projects, kit.tasks(), kit.messages(),
                    kit.dialogs()::showError, project);
            new ProjectFormDialog(model, kit.messages()).showAndWait(owner.get()).ifPresent(saved -> changed());
        }), kit.dialogs()::showError);
    }

    /** Links to other records (the project's company). */
    RecordLinks links() {
        return kit.links();
    }

    void open(UUID id) {
        ProjectDetailViewModel model = new ProjectDetailViewModel(projects, kit.tasks(), kit.messages(),
                kit.dialogs()::showError, id);
        FinanceViewModel money = new FinanceViewModel(finance, projects, kit.tasks(), kit.messages(),
                kit.dialogs()::showError, id);
        new ProjectDetailDialog(model, money, this, kit.messages()).showAndWait(owner.get());
        changed();
    }

    /** Moves the project to the trash after asking; the detail closes when it is gone. */
    void delete(Project project, Runnable deleted) {
        if (!kit.dialogs().confirm(kit.t("project.detail.deleteConfirm", project.shownName()))) {
            return;
        }
        kit.tasks().run(kit.t("project.detail.saving"), p -> {
            projects.delete(project.id(), project.version());
            return Boolean.TRUE;
        }, ok -> {
            changed();
            deleted.run();
        }, kit.dialogs()::showError);
    }

    void archive(Project project, boolean archive) {
        if (archive && !kit.dialogs().confirm(kit.t("project.detail.archiveConfirm", project.shownName()))) {
            return;
        }
        kit.tasks().run(kit.t("project.detail.saving"), p -> {
            if (archive) {
                projects.archive(project.id(), project.version());
            } else {
                projects.restore(project.id(), project.version());
            }
            return Boolean.TRUE;
        }, ok -> changed(), error -> {
            kit.dialogs().showError(error);
            changed();
        });
    }
}
