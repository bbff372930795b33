package cn.zhaoshang.desk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.common.config.LocalSettings;
import cn.zhaoshang.desk.common.ui.Fonts;
import cn.zhaoshang.desk.common.ui.FxDialogService;
import cn.zhaoshang.desk.common.ui.FxTaskRunner;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The dialog that opens an encrypted database: name typed (users are inside the file), then password. */
@ExtendWith(ApplicationExtension.class)
class UnlockDialogUiTest {
    @TempDir
    static Path dir;
    private Dialog<UnlockDialog.Credentials> dialog;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        var messages = TestDatabases.chinese();
        FxTaskRunner tasks = new FxTaskRunner(messages);
        UiKit kit = new UiKit(messages, new FxDialogService(messages, tasks), tasks, new LocalSettings(dir));
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
        dialog = UnlockDialog.build(kit, stage, "zhangwei");
        dialog.getDialogPane().setStyle(Fonts.loadBundled());
        dialog.show();
    }

    @Test
    void theRememberedNameIsFilledAndTheTypedPasswordIsTheAnswer(FxRobot robot) throws Exception {
        assertThat(dialog.getDialogPane().getHeaderText()).contains("已加密");
        assertThat(robot.lookup("#unlock-username").queryTextInputControl().getText()).isEqualTo("zhangwei");
        robot.clickOn("#unlock-password").write("zhang-pass-1");
        WaitForAsyncUtils.waitForFxEvents();
        UnlockDialog.Credentials typed = dialog.getResultConverter().call(ButtonType.OK);
        assertThat(typed.username()).isEqualTo("zhangwei");
        assertThat(new String(typed.password())).isEqualTo("zhang-pass-1");
        assertThat(dialog.getResultConverter().call(ButtonType.CANCEL)).isNull();
        WaitForAsyncUtils.waitForFxEvents();
        String shot = System.getProperty("trust.snapshot");
        if (shot != null) {
            robot.interact(() -> {
                try {
                    Snapshots.save((Stage) dialog.getDialogPane().getScene().getWindow(), Path.of(shot));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        robot.interact(dialog::close);
    }
}
