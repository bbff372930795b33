package cn.zhaoshang.desk.chain;

/** What hangs on a node itself (not its sub-nodes): asked before deleting or merging it. */
public record NodeUsage(int companies, int projects, int children) {
    public boolean hasTags() {
        return companies > 0 || projects > 0;
    }
}
