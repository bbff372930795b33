package cn.zhaoshang.desk.exchange.file;

import cn.zhaoshang.desk.common.i18n.DeskException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Opens a table file by what it is: .xlsx workbooks (checked by their zip header), CSV and other
 * delimited text (.csv, .txt, .tsv). Old binary .xls files, folders and anything else are refused with
 * a message that says what to do; a workbook is looked into first ({@link WorkbookGuard}).
 */
public final class TableFiles {
    private TableFiles() {
    }

    public static TableSource open(Path file) {
        if (file != null && Files.isDirectory(file)) {
            throw new DeskException("exchange.error.isFolder", file);
        }
        if (file == null || !Files.isRegularFile(file)) {
            throw new DeskException("exchange.error.notFound", file);
        }
        if (!Files.isReadable(file)) {
            throw new DeskException("exchange.error.unreadable", file.getFileName(), "permission");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        byte[] head = new byte[8];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new DeskException(e, "exchange.error.unreadable", file.getFileName(), e.getMessage());
        }
        boolean zip = read >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        boolean ole2 = read >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF;
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
            if (!zip) {
                throw new DeskException("exchange.error.unknownFormat", file.getFileName());
            }
            WorkbookGuard.forThisProcess().check(file);
            return XlsxTableSource.open(file);
        }
        if (name.endsWith(".xls") || ole2) {
            throw new DeskException("exchange.error.xls", file.getFileName());
        }
        if (name.endsWith(".csv") || name.endsWith(".txt") || name.endsWith(".tsv")) {
            if (zip) {
                throw new DeskException("exchange.error.unknownFormat", file.getFileName());
            }
            if (read == 0) {
                throw new DeskException("exchange.error.empty", file.getFileName());
            }
            return CsvTableSource.open(file);
        }
        throw new DeskException("exchange.error.unknownFormat", file.getFileName());
    }
}
