package cn.zhaoshang.desk.request.ui;

import cn.zhaoshang.desk.common.pick.Choice;
import cn.zhaoshang.desk.common.ui.FieldForms;
import cn.zhaoshang.desk.common.ui.SavingDialog;
import cn.zhaoshang.desk.common.ui.SearchPicker;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.request.CompanyRequest;
import cn.zhaoshang.desk.request.RequestCategory;
import cn.zhaoshang.desk.request.RequestDraft;
import cn.zhaoshang.desk.request.Satisfaction;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The request's dialogs: a new request (from a visit, or for a company chosen here) and each step of its loop. */
public final class RequestDialogs {
    private RequestDialogs() {
    }

    /**
     * Records a request. With a company given (a visit's company), it is fixed; otherwise it is picked by
     * name. {@code visitId} ties it to the visit it was heard at.
     */
    public static void record(Window owner, UiKit kit, RequestListViewModel vm, UUID companyId, String companyName,
                              UUID visitId, Consumer<CompanyRequest> onSaved) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(kit.t("request.dialog.newTitle"));
        dialog.setHeaderText(null);
        SearchPicker<Choice> company = new SearchPicker<>("request-company", kit,
                text -> vm.service().findCompanies(text, 20), Choice::name);
        if (companyId != null) {
            company.preset(new Choice(companyId, companyName));
            company.root().setDisable(true);
        }
        ComboBox<RequestCategory> category = FieldForms.enumBox("request-category", kit.messages(), RequestCategory.values(),
                false, "");
        TextArea content = FieldForms.area("request-content", 3);
        ComboBox<Choice> unit = FieldForms.choiceBox("request-unit", vm.units, c -> c == null ? kit.t("request.none") : c.name());
        DatePicker due = FieldForms.date("request-due", vm.today().plusDays(15));
        TextField promisedBy = FieldForms.text("request-promised-by");
        TextArea promise = FieldForms.area("request-promise", 2);
        DatePicker received = FieldForms.date("request-received", vm.today());
        VBox content2 = new VBox(FieldForms.grid(
                kit.t("request.field.company") + " *", company.root(),
                kit.t("request.field.category") + " *", category,
                kit.t("request.field.content") + " *", content,
                kit.t("request.field.unit"), unit,
                kit.t("request.field.due"), due,
                kit.t("request.field.promisedBy"), promisedBy,
                kit.t("request.field.promise"), promise,
                kit.t("request.field.received"), received));
        content2.setPrefWidth(600);
        SavingDialog.<CompanyRequest>show(kit, dialog, content2, "request-save", (saved, failed) -> {
            Choice c = company.valueProperty().get();
            vm.record(new RequestDraft(c == null ? null : c.id(), null, visitId, null, category.getValue(), content.getText(),
                    unit.getValue() == null ? null : unit.getValue().id(), due.getValue(), promisedBy.getText(),
                    promise.getText(), received.getValue()), saved, failed);
        }, onSaved);
    }

    /** One step of the loop: the day, and the note it needs (the result, the reason); the satisfaction for a revisit. */
    public static void step(Window owner, UiKit kit, RequestListViewModel vm, RequestListViewModel.Action action) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(kit.t("request.action." + action.name()));
        dialog.setHeaderText(vm.selected.get().companyName() + "：" + vm.selected.get().content());
        DatePicker on = FieldForms.date("request-step-date", vm.today());
        TextArea note = FieldForms.area("request-step-note", 3);
        ComboBox<Satisfaction> satisfaction = FieldForms.enumBox("request-step-satisfaction", kit.messages(),
                Satisfaction.values(), false, "");
        VBox box = new VBox(action == RequestListViewModel.Action.REVISIT
                ? FieldForms.grid(kit.t("request.step.date"), on, kit.t("request.step.satisfaction") + " *", satisfaction,
                        kit.t("request.step.note." + action.name()), note)
                : FieldForms.grid(kit.t("request.step.date"), on, kit.t("request.step.note." + action.name()), note));
        box.setPrefWidth(480);
        SavingDialog.<Boolean>show(kit, dialog, box, "request-step-save", (saved, failed) -> vm.step(action, on.getValue(),
                note.getText(), satisfaction.getValue(), () -> saved.accept(true), failed), done -> { });
    }
}
