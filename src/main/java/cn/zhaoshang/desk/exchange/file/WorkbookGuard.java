package cn.zhaoshang.desk.exchange.file;

import cn.zhaoshang.desk.common.i18n.DeskException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Looks inside an .xlsx before the reader unpacks it, so that a small file cannot make the import
 * take all memory (a 1.4 MB workbook whose one shared string unpacks to gigabytes ended in
 * OutOfMemoryError). The reader keeps the shared strings in memory and every cell's text whole; so
 * the guard inflates those parts once, as a stream, and refuses a workbook whose shared strings
 * would not fit in a quarter of the heap, any single text longer than Excel can hold (32,767
 * characters; we allow far more), or parts that unpack beyond what any real sheet needs.
 */
final class WorkbookGuard {
    /** The longest text between two tags we accept (bytes); Excel's own cell limit is 32,767 characters. */
    static final int MAX_TEXT_BYTES = 1 << 20;
    /** What all sheet and string parts together may unpack to. */
    static final long MAX_UNPACKED_BYTES = 8L << 30;

    private final long sharedStringsLimit;

    WorkbookGuard(long sharedStringsLimit) {
        this.sharedStringsLimit = sharedStringsLimit;
    }

    /** The guard for this process: shared strings may use a quarter of the heap. */
    static WorkbookGuard forThisProcess() {
        return new WorkbookGuard(Runtime.getRuntime().maxMemory() / 4);
    }

    /** Refuses the workbook with a message when a part is too big to read safely; returns when it is fine. */
    void check(Path file) {
        long unpacked = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                boolean strings = name.equals("xl/sharedStrings.xml");
                if (!strings && !(name.startsWith("xl/worksheets/") && name.endsWith(".xml"))) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    unpacked += scan(file, in, strings ? sharedStringsLimit : MAX_UNPACKED_BYTES - unpacked, strings);
                }
            }
        } catch (ZipException e) {
            throw new DeskException(e, "exchange.error.unreadable", file.getFileName(), String.valueOf(e.getMessage()));
        } catch (IOException e) {
            throw new DeskException(e, "exchange.error.unreadable", file.getFileName(), String.valueOf(e.getMessage()));
        }
    }

    /** Streams one part: its size must stay within {@code limit}, each text run within {@link #MAX_TEXT_BYTES}. */
    private long scan(Path file, InputStream in, long limit, boolean sharedStrings) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        long run = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > limit) {
                throw sharedStrings
                        ? new DeskException("exchange.error.workbookStrings", file.getFileName(), limit >> 20)
                        : new DeskException("exchange.error.workbookHuge", file.getFileName(), MAX_UNPACKED_BYTES >> 30);
            }
            for (int i = 0; i < n; i++) {
                byte b = buffer[i];
                if (b == '<') {
                    run = 0;
                } else if (++run > MAX_TEXT_BYTES) {
                    throw new DeskException("exchange.error.workbookCell", file.getFileName(), MAX_TEXT_BYTES >> 20);
                }
            }
        }
        return total;
    }
}
