package cn.zhaoshang.desk.chain.ui;

import cn.zhaoshang.desk.chain.ChainMap;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.i18n.Messages;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;

/**
 * The map as a picture for slides: the whole chain drawn afresh off screen (not the part the window
 * shows, not at the window's zoom), at twice the size for sharp projection.
 */
public final class MapPng {
    /** Largest side of the picture; software rendering refuses far larger textures. */
    static final double MAX_SIDE = 8000;

    private MapPng() {
    }

    /** Draws the map; call on the JavaFX thread. */
    public static WritableImage render(ChainMap map, Messages messages, double scale) {
        MapSurface surface = new MapSurface(map, messages, null);
        Scene scene = new Scene(new Group(surface));
        scene.setFill(Color.WHITE);
        surface.applyCss();
        surface.layout();
        double fit = Math.min(scale, MAX_SIDE / Math.max(surface.getPrefWidth(), surface.getPrefHeight()));
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        parameters.setTransform(Transform.scale(fit, fit));
        return surface.snapshot(parameters, null);
    }

    /** Writes a drawn map as PNG (any thread), through a temporary file so no half picture is left. */
    public static void write(WritableImage image, Path file) {
        BufferedImage pixels = SwingFXUtils.fromFXImage(image, null);
        try {
            Path folder = file.toAbsolutePath().getParent();
            Path temp = Files.createTempFile(folder, "map", ".png.tmp");
            try {
                ImageIO.write(pixels, "png", temp.toFile());
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new DeskException(e, "chain.error.export", file);
        }
    }
}
