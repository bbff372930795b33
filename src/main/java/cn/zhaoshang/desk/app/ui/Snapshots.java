package cn.zhaoshang.desk.app.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.PauseTransition;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Saves the window as a PNG: for the README, the docs and looking at screens built headless. */
final class Snapshots {
    private static final Logger LOG = LoggerFactory.getLogger(Snapshots.class);

    private Snapshots() {
    }

    static void saveAfter(Stage stage, Path file, long delayMillis, Runnable then) {
        PauseTransition wait = new PauseTransition(Duration.millis(delayMillis));
        wait.setOnFinished(e -> {
            try {
                save(stage, file);
                System.out.println("SNAPSHOT " + file.toAbsolutePath());
            } catch (IOException ex) {
                LOG.error("Snapshot to {} failed", file, ex);
            }
            then.run();
        });
        wait.play();
    }

    static void save(Stage stage, Path file) throws IOException {
        WritableImage image = stage.getScene().snapshot(null);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
    }
}
