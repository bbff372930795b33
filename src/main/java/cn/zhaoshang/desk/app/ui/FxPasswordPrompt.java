package cn.zhaoshang.desk.app.ui;

import cn.zhaoshang.desk.app.Composition;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;

/**
 * The server password dialog for work that runs in the background (a laptop's sync): the dialog opens
 * on the JavaFX thread while the background thread waits for the answer.
 */
final class FxPasswordPrompt implements Composition.PasswordPrompt {
    private final PasswordDialog dialog;

    FxPasswordPrompt(PasswordDialog dialog) {
        this.dialog = dialog;
    }

    @Override
    public String ask(String user, String url) {
        if (Platform.isFxApplicationThread()) {
            return dialog.ask(user, url);
        }
        CompletableFuture<String> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(dialog.ask(user, url)));
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            return null;
        }
    }
}
