package cn.zhaoshang.desk.exchange.rows;

/**
 * Why one cell cannot be imported, as a bundle key and arguments. Thrown by the cell readers and
 * caught per row, so it carries no stack trace (a file with many bad rows stays fast).
 */
public final class CellProblem extends RuntimeException {
    private final String key;
    private final transient Object[] args;

    public CellProblem(String key, Object... args) {
        super(key, null, false, false);
        this.key = key;
        this.args = args;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
