package cn.zhaoshang.desk.exchange.file;

import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.text.TextNormalizer;
import cn.zhaoshang.desk.exchange.Masking;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The rows an import could not take, written as they come: the file's own columns as they were,
 * plus a column saying why. UTF-8 with a byte-order mark, so Excel opens the Chinese correctly; the
 * user fixes the rows there and imports this file again. Created only when a row is rejected. The
 * same file lists the rows imported with values left out ({@link #warningsBeside}). Cells a
 * spreadsheet would take for a formula are neutralised, as in every export. Without a path (a dry
 * run) rows are counted and nothing is written.
 */
public final class RejectedRowsFile implements AutoCloseable {
    private final Path path;
    private final List<String> headers;
    private final String reasonHeader;
    private CSVPrinter printer;
    private long written;

    public RejectedRowsFile(Path path, List<String> headers, String reasonHeader) {
        this.path = path;
        this.headers = headers;
        this.reasonHeader = reasonHeader;
    }

    /** Where rejected rows of {@code file} go: {@code FILE.rejected.csv} beside it. */
    public static Path beside(Path file) {
        return file.resolveSibling(file.getFileName() + ".rejected.csv");
    }

    /** Where rows imported with values left out are listed: {@code FILE.warnings.csv} beside it. */
    public static Path warningsBeside(Path file) {
        return file.resolveSibling(file.getFileName() + ".warnings.csv");
    }

    public void write(String[] cells, String reason) {
        if (path == null) {
            written++;
            return;
        }
        try {
            if (printer == null) {
                Files.deleteIfExists(path);
                BufferedWriter out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
                out.write('\uFEFF');
                printer = new CSVPrinter(out, CSVFormat.EXCEL);
                List<String> header = new ArrayList<>(headers);
                header.add(reasonHeader);
                printer.printRecord(header);
            }
            // A lone "-" (a registry export's "empty") is no formula: it stays as the file wrote it.
            List<String> row = new ArrayList<>(Arrays.stream(cells)
                    .map(c -> TextNormalizer.isPlaceholder(c) ? c : Masking.neutralise(c)).toList());
            while (row.size() < headers.size()) {
                row.add("");
            }
            row.add(reason);
            printer.printRecord(row);
            written++;
        } catch (IOException e) {
            throw new DeskException(e, "exchange.error.rejectedFile", path, e.getMessage());
        }
    }

    public long written() {
        return written;
    }

    /** The file, or null when no row was written to it. */
    public Path path() {
        return written > 0 ? path : null;
    }

    /** Removes a stale file from an earlier run before this one starts. */
    public void removeStale() {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new DeskException(e, "exchange.error.rejectedFile", path, e.getMessage());
        }
    }

    /** A failed import leaves no rejected-rows file behind: nothing was imported either. */
    public void discard() {
        close();
        try {
            if (path != null) {
                Files.deleteIfExists(path);
            }
        } catch (IOException ignored) {
            // Best effort: the import already failed with its own message.
        }
        written = 0;
    }

    @Override
    public void close() {
        if (printer != null) {
            try {
                printer.close();
            } catch (IOException e) {
                throw new DeskException(e, "exchange.error.rejectedFile", path, e.getMessage());
            } finally {
                printer = null;
            }
        }
    }
}
