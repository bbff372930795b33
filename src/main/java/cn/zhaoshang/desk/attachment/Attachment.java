package cn.zhaoshang.desk.attachment;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;

/** A file attached to a record; its bytes are in the {@link AttachmentStore}, encrypted, under their SHA-256. */
public record Attachment(UUID id, int version, AttachmentOwner ownerKind, UUID ownerId, String fileName, String sha256,
                         long sizeBytes, String addedBy, OffsetDateTime addedAt) {

    /** What the preview can show: an image, the first page of a PDF, or nothing (Office files, others). */
    public enum Preview { IMAGE, PDF, NONE }

    public Preview preview() {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".png") || name.endsWith(".jpg") || name.endsWith(".jpeg") || name.endsWith(".gif")
                || name.endsWith(".bmp")) {
            return Preview.IMAGE;
        }
        return name.endsWith(".pdf") ? Preview.PDF : Preview.NONE;
    }
}
