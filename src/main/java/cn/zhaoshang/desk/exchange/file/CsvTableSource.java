package cn.zhaoshang.desk.exchange.file;

import cn.zhaoshang.desk.common.i18n.DeskException;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV (or tab-separated text) file: encoding from {@link CharsetSniffer}, delimiter from the first
 * lines (comma, semicolon or tab, whichever separates most outside quotes), quoted fields with line
 * breaks through commons-csv. A title row above the headers is passed over (see {@link HeaderFinder}).
 */
public final class CsvTableSource implements TableSource {
    private static final int SAMPLE_BYTES = 4 << 20;

    private final Path file;
    private final long size;
    private final Charset charset;
    private final char delimiter;
    private final CountingStream counter;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final RowsAfterHeader afterHeader;

    private CsvTableSource(Path file) throws IOException {
        this.file = file;
        this.size = Files.size(file);
        byte[] sample = new byte[(int) Math.min(SAMPLE_BYTES, Math.max(size, 1))];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(sample, 0, sample.length);
        }
        CharsetSniffer.Detected detected = CharsetSniffer.detect(sample, read);
        this.charset = detected.charset();
        if (detected.bomLength() < 2 || charset.equals(StandardCharsets.UTF_8)) {
            for (int i = 0; i < Math.min(read, 4096); i++) {
                if (sample[i] == 0) {
                    throw new DeskException("exchange.error.unknownFormat", file.getFileName());
                }
            }
        }
        int mixedFrom = detected.bomLength() == 0 ? CharsetSniffer.mixedFrom(sample, 0, read, read == size) : -1;
        if (mixedFrom > 0) {
            throw new DeskException("exchange.error.encoding", file.getFileName(), mixedFrom);
        }
        String head = new String(sample, detected.bomLength(), Math.min(read - detected.bomLength(), 1 << 16), charset);
        this.delimiter = sniffDelimiter(head);
        this.counter = new CountingStream(Files.newInputStream(file));
        counter.skipNBytes(detected.bomLength());
        BufferedReader reader = new BufferedReader(new InputStreamReader(counter, CharsetSniffer.strictDecoder(charset)), 1 << 16);
        this.parser = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true).get().parse(reader);
        this.records = parser.iterator();
        this.afterHeader = new RowsAfterHeader(this::readRecord);
    }

    public static CsvTableSource open(Path file) {
        try {
            return new CsvTableSource(file);
        } catch (DeskException e) {
            throw e;
        } catch (CharacterCodingException e) {
            throw new DeskException(e, "exchange.error.encoding", file.getFileName(), 1);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new DeskException(e, "exchange.error.unreadable", file.getFileName(), e.getMessage());
        }
    }

    @Override
    public List<String> headers() {
        return afterHeader.headers();
    }

    @Override
    public boolean hasRows() {
        return afterHeader.hasRows();
    }

    @Override
    public SourceRow next() {
        return afterHeader.next();
    }

    private SourceRow readRecord() {
        try {
            while (records.hasNext()) {
                CSVRecord record = records.next();
                String[] cells = record.values();
                if (!HeaderFinder.isBlank(cells)) {
                    return new SourceRow(record.getRecordNumber(), cells);
                }
            }
            return null;
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new DeskException(e, "exchange.error.encoding", file.getFileName(), parser.getRecordNumber() + 1);
            }
            throw new DeskException(e, "exchange.error.malformedCsv", file.getFileName(), parser.getRecordNumber() + 1,
                    String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage()));
        } catch (IllegalStateException e) {
            throw new DeskException(e, "exchange.error.malformedCsv", file.getFileName(), parser.getRecordNumber() + 1,
                    String.valueOf(e.getMessage()));
        }
    }

    /** The separator with the most occurrences outside quotes in the first lines; comma when none. */
    static char sniffDelimiter(String head) {
        char[] candidates = {',', '\t', ';'};
        int[] counts = new int[candidates.length];
        boolean quoted = false;
        int lines = 0;
        for (int i = 0; i < head.length() && lines < 6; i++) {
            char c = head.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '\n') {
                lines++;
            } else if (!quoted) {
                for (int k = 0; k < candidates.length; k++) {
                    if (c == candidates[k]) {
                        counts[k]++;
                    }
                }
            }
        }
        int best = 0;
        for (int k = 1; k < candidates.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return candidates[best];
    }

    @Override
    public long position() {
        return counter.count;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public String description() {
        String shown = switch (delimiter) {
            case '\t' -> "Tab";
            default -> "'" + delimiter + "'";
        };
        return "CSV · " + charset.name() + " · " + shown;
    }

    public Charset charset() {
        return charset;
    }

    public char delimiter() {
        return delimiter;
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Counts the bytes handed to the decoder, for a progress bar over the file's size. */
    private static final class CountingStream extends FilterInputStream {
        volatile long count;

        CountingStream(InputStream in) {
            super(new BufferedInputStream(in, 1 << 16));
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
