package cn.zhaoshang.desk.company.ui;

import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.company.Contact;
import java.util.function.Consumer;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Add or edit a contact; the dialog stays open until the contact is valid and saved. */
final class ContactDialog {
    private ContactDialog() {
    }

    static void show(Window owner, UiKit kit, ContactFormViewModel vm, Consumer<Contact> onSaved) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(kit.t(vm.isNew() ? "company.contact.addTitle" : "company.contact.editTitle"));
        dialog.setHeaderText(null);
        var errors = vm.errors;
        TextArea consent = new TextArea();
        consent.setId("contact-consent");
        consent.setPrefRowCount(2);
        consent.setWrapText(true);
        consent.setPromptText(kit.t("company.contact.consentPrompt"));
        consent.textProperty().bindBidirectional(vm.consentNote);
        CheckBox primary = new CheckBox(kit.t("company.contact.field.primary"));
        primary.setId("contact-primary-check");
        primary.selectedProperty().bindBidirectional(vm.primary);
        VBox content = new VBox(8, FormKit.grid(2,
                FormKit.field(kit.t("company.contact.field.name") + " *", text("contact-name", vm.name), errors, "name"),
                FormKit.field(kit.t("company.contact.field.title"), text("contact-title", vm.title), errors, "title"),
                FormKit.field(kit.t("company.contact.field.mobile"), text("contact-mobile", vm.mobile), errors, "mobile"),
                FormKit.field(kit.t("company.contact.field.phone"), text("contact-phone", vm.phone), errors, "phone"),
                FormKit.field(kit.t("company.contact.field.email"), text("contact-email", vm.email), errors, "email"),
                FormKit.field(kit.t("company.contact.field.wechat"), text("contact-wechat", vm.wechat), errors, "wechat"),
                FormKit.wide(FormKit.field(kit.t("company.contact.field.consentNote"), consent, errors, "consentNote"))),
                primary);
        content.setPrefWidth(520);
        FormKit.showSaving(kit, dialog, content, "contact-save", vm::save, onSaved);
    }

    private static TextField text(String id, StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }
}
