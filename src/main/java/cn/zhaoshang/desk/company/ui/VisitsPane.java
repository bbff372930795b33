package cn.zhaoshang.desk.company.ui;

import cn.zhaoshang.desk.common.session.Session;
import cn.zhaoshang.desk.common.ui.EmptyState;
import cn.zhaoshang.desk.common.ui.RecordExtras;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.company.CompanyService;
import cn.zhaoshang.desk.company.Interaction;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The visit and talk log as a timeline, newest first. An entry that was corrected is dimmed and
 * says so; a correction names the date of the entry it corrects. A next step becomes a task with
 * one click.
 */
final class VisitsPane {
    private final VBox root = new VBox(8);
    private final ListView<Interaction> timeline = new ListView<>();
    private final UiKit kit;
    private final CompanyRecordsViewModel records;
    private final CompanyService service;
    private final Session session;

    private final List<RecordExtras.Action> actions;

    VisitsPane(UiKit kit, CompanyService service, Session session, CompanyRecordsViewModel records,
               List<RecordExtras.Action> actions) {
        this.kit = kit;
        this.actions = actions;
        this.records = records;
        this.service = service;
        this.session = session;
        root.setId("company-visits");
        root.setPadding(new Insets(12));
        Button add = new Button(kit.t("company.visit.add"), new FontIcon(Feather.PLUS));
        add.setId("visit-add");
        add.setOnAction(e -> {
            VisitFormViewModel vm = new VisitFormViewModel(service, kit.tasks(), kit.messages());
            vm.startNew(records.companyId(), session.personId() == null ? null : session.displayName());
            VisitDialog.show(root.getScene().getWindow(), kit, vm, v -> records.reloadVisits());
        });
        Label hint = new Label(kit.t("company.visit.appendOnly"));
        hint.getStyleClass().add("text-muted");
        HBox bar = new HBox(10, add, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        timeline.setId("visit-timeline");
        timeline.setItems(records.visits);
        timeline.setPlaceholder(EmptyState.create(Feather.CALENDAR, kit.t("company.visit.emptyTitle"),
                kit.t("company.visit.emptyHint")));
        timeline.setCellFactory(l -> new VisitCell());
        VBox.setVgrow(timeline, Priority.ALWAYS);
        root.getChildren().addAll(bar, timeline);
    }

    Node root() {
        return root;
    }

    private final class VisitCell extends ListCell<Interaction> {
        VisitCell() {
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Interaction v, boolean empty) {
            super.updateItem(v, empty);
            setText(null);
            setGraphic(empty || v == null ? null : card(v));
        }

        private Node card(Interaction v) {
            Label date = new Label(CompanyTexts.DATE.format(v.occurredOn()));
            date.getStyleClass().add("visit-date");
            Label kind = new Label(kit.messages().label(v.kind()));
            kind.getStyleClass().add("company-badge");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Label by = new Label(kit.t("company.visit.recordedBy", v.recordedBy()));
            by.getStyleClass().add("text-muted");
            HBox head = new HBox(8, date, kind, spacer, by);
            head.setAlignment(Pos.CENTER_LEFT);
            VBox card = new VBox(4, head);
            card.getStyleClass().add("visit-card");
            if (v.correctsId() != null) {
                Label corrects = new Label(kit.t("company.visit.corrects", dateOf(v.correctsId())));
                corrects.getStyleClass().add("visit-correction-note");
                card.getChildren().add(corrects);
            }
            if (v.ourParticipants() != null || v.theirParticipants() != null) {
                card.getChildren().add(wrapped(kit.t("company.visit.participants",
                        nz(v.ourParticipants()), nz(v.theirParticipants())), "text-muted"));
            }
            card.getChildren().add(wrapped(v.summary(), "visit-summary"));
            if (v.hasNextStep()) {
                card.getChildren().add(nextStep(v));
            }
            HBox actions = new HBox(8);
            if (v.isCorrected()) {
                card.getStyleClass().add("visit-corrected");
                Label mark = new Label(kit.t("company.visit.corrected"));
                mark.getStyleClass().add("text-muted");
                actions.getChildren().add(mark);
            } else {
                Hyperlink correct = new Hyperlink(kit.t("company.visit.correct"));
                correct.setId("visit-correct");
                correct.setOnAction(e -> {
                    VisitFormViewModel vm = new VisitFormViewModel(service, kit.tasks(), kit.messages());
                    vm.startCorrection(v);
                    VisitDialog.show(root.getScene().getWindow(), kit, vm, saved -> records.reloadVisits());
                });
                actions.getChildren().add(correct);
            }
            for (RecordExtras.Action extra : VisitsPane.this.actions) {
                Hyperlink link = new Hyperlink(kit.t(extra.labelKey()));
                link.setId(extra.id());
                link.setOnAction(e -> extra.handler().run(root.getScene().getWindow(), records.companyId(), v.id(),
                        records::reloadVisits));
                actions.getChildren().add(link);
            }
            card.getChildren().add(actions);
            return card;
        }

        private Node nextStep(Interaction v) {
            String due = v.nextStepDueOn() == null ? "" : kit.t("company.visit.due", v.nextStepDueOn());
            Label text = new Label(kit.t("company.visit.nextStepLine", v.nextStep(), due), new FontIcon(Feather.ARROW_RIGHT));
            text.setWrapText(true);
            text.getStyleClass().add("visit-next-step");
            HBox line = new HBox(8, text);
            line.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(text, Priority.ALWAYS);
            if (v.taskId() != null) {
                Label done = new Label(kit.t("company.visit.taskMade"), new FontIcon(Feather.CHECK_SQUARE));
                done.setId("visit-task-made");
                done.getStyleClass().add("text-muted");
                line.getChildren().add(done);
            } else if (!v.isCorrected()) {
                Button toTask = new Button(kit.t("company.visit.toTask"), new FontIcon(Feather.CHECK_SQUARE));
                toTask.setId("visit-to-task");
                toTask.getStyleClass().add("small");
                toTask.setOnAction(e -> records.toTask(v, id -> kit.dialogs().notify(kit.t("company.visit.taskCreated"))));
                line.getChildren().add(toTask);
            }
            return line;
        }

        private Label wrapped(String text, String style) {
            Label label = new Label(text);
            label.setWrapText(true);
            label.getStyleClass().add(style);
            label.setMaxWidth(Double.MAX_VALUE);
            label.setMinHeight(Region.USE_PREF_SIZE);
            return label;
        }
    }

    private String dateOf(UUID id) {
        Map<UUID, Interaction> byId = records.visits.stream().collect(Collectors.toMap(Interaction::id, v -> v, (a, b) -> a));
        Interaction original = byId.get(id);
        return original == null ? "" : CompanyTexts.DATE.format(original.occurredOn());
    }

    private static String nz(String s) {
        return s == null ? "—" : s;
    }
}
