package cn.zhaoshang.desk.attachment.ui;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javafx.scene.image.Image;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.slf4j.LoggerFactory;

/** The first page of a PDF as an image (Apache PDFBox renders it at a preview's resolution). */
final class PdfPreview {
    private static final float DPI = 60;

    private PdfPreview() {
    }

    /** The first page, or null when the PDF cannot be read (damaged, encrypted, empty). */
    static Image firstPage(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            if (doc.getNumberOfPages() == 0) {
                return null;
            }
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, DPI);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(page, "png", png);
            return new Image(new ByteArrayInputStream(png.toByteArray()));
        } catch (IOException | RuntimeException e) {
            LoggerFactory.getLogger(PdfPreview.class).info("No preview for a PDF attachment", e);
            return null;
        }
    }
}
