package cn.zhaoshang.desk.chain;

import java.util.List;

/** One page of a node's list and how many there are in all. */
public record NodePage<T>(List<T> rows, int total) {
    public NodePage {
        rows = List.copyOf(rows);
    }

    public boolean hasMore(int shown) {
        return shown < total;
    }
}
