package cn.zhaoshang.desk.exchange.file;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the header row among the first rows of a sheet. Office spreadsheets often start with a title
 * ("2024年目标企业名单") in one merged cell: the header is the first row that fills at least half as
 * many cells as the fullest of the first rows, and at least two.
 */
final class HeaderFinder {
    static final int LOOK_AHEAD = 10;

    private HeaderFinder() {
    }

    static int headerIndex(List<TableSource.SourceRow> first) {
        int most = 0;
        for (TableSource.SourceRow row : first) {
            most = Math.max(most, filled(row.cells()));
        }
        int needed = Math.max(Math.min(2, most), (most + 1) / 2);
        for (int i = 0; i < first.size(); i++) {
            if (filled(first.get(i).cells()) >= needed) {
                return i;
            }
        }
        return first.isEmpty() ? -1 : 0;
    }

    static int filled(String[] cells) {
        int n = 0;
        for (String c : cells) {
            if (c != null && !c.isBlank()) {
                n++;
            }
        }
        return n;
    }

    static boolean isBlank(String[] cells) {
        for (String c : cells) {
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Header texts as written, without outer spaces; trailing empty headers (Excel's extra commas) dropped. */
    static List<String> clean(String[] cells) {
        List<String> headers = new ArrayList<>();
        for (String c : cells) {
            headers.add(c == null ? "" : c.replace("\uFEFF", "").strip());
        }
        while (!headers.isEmpty() && headers.get(headers.size() - 1).isEmpty()) {
            headers.remove(headers.size() - 1);
        }
        return headers;
    }
}
