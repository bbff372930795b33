package cn.zhaoshang.desk.search;

import java.io.IOException;

/** A saved index that cannot be used as it is (missing, damaged, stale, of another key): rebuild it. */
final class UnusableIndexException extends IOException {
    UnusableIndexException(String why) {
        super(why);
    }
}
