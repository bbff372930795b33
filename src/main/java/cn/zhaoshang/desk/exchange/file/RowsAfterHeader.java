package cn.zhaoshang.desk.exchange.file;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;

/**
 * The rows of a table source after its header: the first rows are read ahead to find the header
 * among them ({@link HeaderFinder}); those below it are handed out first, then the source's own.
 */
final class RowsAfterHeader {
    private final Supplier<TableSource.SourceRow> reader;
    private final Deque<TableSource.SourceRow> buffered = new ArrayDeque<>();
    private final List<String> headers;

    /** Reads the first rows with {@code reader} (null at the end) and finds the header among them. */
    RowsAfterHeader(Supplier<TableSource.SourceRow> reader) {
        this.reader = reader;
        List<TableSource.SourceRow> first = new ArrayList<>();
        TableSource.SourceRow row;
        while (first.size() < HeaderFinder.LOOK_AHEAD && (row = reader.get()) != null) {
            first.add(row);
        }
        int headerAt = HeaderFinder.headerIndex(first);
        this.headers = headerAt < 0 ? List.of() : HeaderFinder.clean(first.get(headerAt).cells());
        buffered.addAll(first.subList(headerAt + 1, first.size()));
    }

    List<String> headers() {
        return headers;
    }

    TableSource.SourceRow next() {
        return buffered.isEmpty() ? reader.get() : buffered.poll();
    }

    boolean hasRows() {
        if (buffered.isEmpty()) {
            TableSource.SourceRow row = reader.get();
            if (row == null) {
                return false;
            }
            buffered.add(row);
        }
        return true;
    }
}
