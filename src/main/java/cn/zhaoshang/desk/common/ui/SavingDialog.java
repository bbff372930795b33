package cn.zhaoshang.desk.common.ui;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;

/**
 * A form dialog whose OK button saves and closes only once the save succeeded; a refused save shows
 * its message and keeps what was typed. Every feature's forms use it.
 */
public final class SavingDialog {
    private SavingDialog() {
    }

    /** {@code save} gets what to call with the saved thing and what to call with a failure. */
    public static <T> void show(UiKit kit, Dialog<ButtonType> dialog, Node content, String saveId,
                                BiConsumer<Consumer<T>, Consumer<Throwable>> save, Consumer<T> onSaved) {
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId(saveId);
        ok.setText(kit.t("company.action.save"));
        ((Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL)).setText(kit.t("common.action.cancel"));
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            save.accept(saved -> {
                dialog.setResult(ButtonType.OK);
                dialog.close();
                onSaved.accept(saved);
            }, kit.dialogs()::showError);
        });
        dialog.show();
    }
}
