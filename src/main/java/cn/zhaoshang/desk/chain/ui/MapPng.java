package cn.zhaoshang.desk.chain.ui;

import cn.zhaoshang.desk.chain.ChainMap;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.ui.PngFiles;
import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;

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

    /** Writes a drawn map as PNG (any thread), whole or not at all. */
    public static void write(WritableImage image, Path file) {
        try {
            PngFiles.write(image, file);
        } catch (IOException e) {
            throw new DeskException(e, "chain.error.export", file);
        }
    }
}
