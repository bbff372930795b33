package cn.zhaoshang.desk.company.ui;

import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.company.Interaction;
import cn.zhaoshang.desk.company.InteractionKind;
import java.util.function.Consumer;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Record a visit or talk, or a correction of one (the log is append-only). */
final class VisitDialog {
    private VisitDialog() {
    }

    static void show(Window owner, UiKit kit, VisitFormViewModel vm, Consumer<Interaction> onSaved) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(kit.t(vm.isCorrection() ? "company.visit.correctTitle" : "company.visit.addTitle"));
        dialog.setHeaderText(null);
        var errors = vm.errors;
        var date = FormKit.datePicker("visit-date");
        date.valueProperty().bindBidirectional(vm.occurredOn);
        var kind = FormKit.enumCombo("visit-kind", kit.messages(), InteractionKind.values(), false);
        kind.valueProperty().bindBidirectional(vm.kind);
        TextArea summary = area("visit-summary", 4);
        summary.textProperty().bindBidirectional(vm.summary);
        TextArea next = area("visit-next-step", 2);
        next.textProperty().bindBidirectional(vm.nextStep);
        var due = FormKit.datePicker("visit-next-due");
        due.valueProperty().bindBidirectional(vm.nextStepDueOn);
        TextField ours = new TextField();
        ours.setId("visit-ours");
        ours.textProperty().bindBidirectional(vm.ourParticipants);
        TextField theirs = new TextField();
        theirs.setId("visit-theirs");
        theirs.textProperty().bindBidirectional(vm.theirParticipants);
        VBox content = new VBox(8);
        if (vm.isCorrection()) {
            Label note = new Label(kit.t("company.visit.correctNote"));
            note.setWrapText(true);
            note.getStyleClass().add("text-muted");
            content.getChildren().add(note);
        }
        content.getChildren().add(FormKit.grid(2,
                FormKit.field(kit.t("company.visit.field.occurredOn") + " *", date, errors, "occurredOn"),
                FormKit.field(kit.t("company.visit.field.kind") + " *", kind, errors, "kind"),
                FormKit.field(kit.t("company.visit.field.ours"), ours, errors, "ourParticipants"),
                FormKit.field(kit.t("company.visit.field.theirs"), theirs, errors, "theirParticipants"),
                FormKit.wide(FormKit.field(kit.t("company.visit.field.summary") + " *", summary, errors, "summary")),
                FormKit.wide(FormKit.field(kit.t("company.visit.field.nextStep"), next, errors, "nextStep")),
                FormKit.field(kit.t("company.visit.field.nextStepDueOn"), due, errors, "nextStepDueOn")));
        content.setPrefWidth(560);
        FormKit.showSaving(kit, dialog, content, "visit-save", vm::save, onSaved);
    }

    private static TextArea area(String id, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPrefRowCount(rows);
        area.setWrapText(true);
        return area;
    }
}
