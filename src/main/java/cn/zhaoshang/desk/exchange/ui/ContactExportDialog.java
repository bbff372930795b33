package cn.zhaoshang.desk.exchange.ui;

import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.company.CompanyFilter;
import cn.zhaoshang.desk.company.CompanyService;
import cn.zhaoshang.desk.company.ui.CompanyChoices;
import cn.zhaoshang.desk.exchange.ExportService;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * 导出通讯录 opened from the company list: the export form with the list's filter already chosen
 * (the same form, masking and export log as the 导入导出 area).
 */
public final class ContactExportDialog {
    private ContactExportDialog() {
    }

    public static Dialog<Void> show(Window owner, UiKit kit, ExportService exports, CompanyService companies,
                                    CompanyFilter filter) {
        ExportViewModel model = new ExportViewModel(exports, kit.tasks(), kit.dialogs(), kit.messages());
        ExportView view = new ExportView(kit, model);
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(kit.t("exchange.export.dialogTitle"));
        dialog.setResizable(true);
        dialog.getDialogPane().setId("contact-export-dialog");
        dialog.getDialogPane().setContent(view.root());
        dialog.getDialogPane().setPrefSize(960, 640);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        kit.tasks().run(kit.t("company.task.choices"), p -> CompanyChoices.load(companies, null), choices -> {
            model.startFrom(filter, choices.teams());
            view.setChoices(choices);
        }, kit.dialogs()::showError);
        dialog.show();
        return dialog;
    }
}
