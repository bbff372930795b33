package cn.zhaoshang.desk.common.ui;

import cn.zhaoshang.desk.common.office.OutputFile;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javax.imageio.ImageIO;

/** Writes a picture the app drew (a map for slides) as PNG, whole or not at all, with the folder's permissions. */
public final class PngFiles {
    private PngFiles() {
    }

    /** Any thread; throws on a name not ending in .png or a folder that cannot be written. */
    public static void write(Image image, Path file) throws IOException {
        BufferedImage pixels = SwingFXUtils.fromFXImage(image, null);
        OutputFile.write(file, "png", out -> ImageIO.write(pixels, "png", out));
    }
}
