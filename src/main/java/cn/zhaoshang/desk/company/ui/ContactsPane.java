package cn.zhaoshang.desk.company.ui;

import cn.zhaoshang.desk.common.ui.EmptyState;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.company.CompanyService;
import cn.zhaoshang.desk.company.Contact;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The company's contacts: a table with add, edit, make primary and remove. */
final class ContactsPane {
    private final VBox root = new VBox(8);
    private final TableView<Contact> table = new TableView<>();

    ContactsPane(UiKit kit, CompanyService service, CompanyRecordsViewModel records, Runnable onChanged) {
        root.setId("company-contacts");
        root.setPadding(new Insets(12));
        table.setId("contact-table");
        table.setItems(records.contacts);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(column("", 30, c -> c.primary() ? "★" : ""));
        table.getColumns().add(column(kit.t("company.contact.field.name"), 80, Contact::name));
        table.getColumns().add(column(kit.t("company.contact.field.title"), 100, Contact::title));
        table.getColumns().add(column(kit.t("company.contact.field.mobile"), 115, Contact::mobile));
        table.getColumns().add(column(kit.t("company.contact.field.email"), 180, Contact::email));
        table.getColumns().add(column(kit.t("company.contact.field.wechat"), 110, Contact::wechat));
        table.getColumns().add(column(kit.t("company.contact.field.phone"), 120, Contact::phone));
        table.getColumns().add(column(kit.t("company.contact.field.consentNote"), 220, Contact::consentNote));
        table.setPlaceholder(EmptyState.create(Feather.USER, kit.t("company.contact.emptyTitle"), kit.t("company.contact.emptyHint")));
        VBox.setVgrow(table, Priority.ALWAYS);

        Runnable edit = () -> {
            Contact selected = table.getSelectionModel().getSelectedItem();
            if (selected != null) {
                ContactFormViewModel vm = new ContactFormViewModel(service, kit.tasks(), kit.messages());
                vm.load(selected);
                ContactDialog.show(root.getScene().getWindow(), kit, vm, c -> {
                    records.reloadContacts();
                    onChanged.run();
                });
            }
        };
        table.setRowFactory(t -> {
            TableRow<Contact> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    edit.run();
                }
            });
            return row;
        });
        Button add = button("contact-add", kit.t("company.contact.add"), Feather.USER_PLUS);
        add.setOnAction(e -> {
            ContactFormViewModel vm = new ContactFormViewModel(service, kit.tasks(), kit.messages());
            vm.startNew(records.companyId());
            ContactDialog.show(root.getScene().getWindow(), kit, vm, c -> {
                records.reloadContacts();
                onChanged.run();
            });
        });
        Button editButton = button("contact-edit", kit.t("company.contact.edit"), Feather.EDIT_2);
        editButton.setOnAction(e -> edit.run());
        Button primary = button("contact-primary", kit.t("company.contact.makePrimary"), Feather.STAR);
        primary.setOnAction(e -> records.makePrimary(table.getSelectionModel().getSelectedItem()));
        Button remove = button("contact-remove", kit.t("company.contact.remove"), Feather.TRASH_2);
        remove.setOnAction(e -> {
            Contact c = table.getSelectionModel().getSelectedItem();
            if (kit.dialogs().confirm(kit.t("company.contact.removeConfirm", c.name()))) {
                records.remove(c);
            }
        });
        var none = table.getSelectionModel().selectedItemProperty().isNull();
        editButton.disableProperty().bind(none);
        primary.disableProperty().bind(none);
        remove.disableProperty().bind(none);
        root.getChildren().addAll(new HBox(6, add, editButton, primary, remove), table);
    }

    Node root() {
        return root;
    }

    private static Button button(String id, String text, Feather icon) {
        Button b = new Button(text, new FontIcon(icon));
        b.setId(id);
        return b;
    }

    private static TableColumn<Contact, String> column(String title, double width, Function<Contact, String> value) {
        TableColumn<Contact, String> col = new TableColumn<>(title);
        col.setPrefWidth(width);
        col.setMinWidth(Math.min(width, 64));
        col.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        return col;
    }
}
