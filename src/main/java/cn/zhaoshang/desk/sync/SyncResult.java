package cn.zhaoshang.desk.sync;

/** What one sync (or one bundle) did: records sent to the server, records brought from it, new conflicts. */
public record SyncResult(int pushed, int pulled, int conflicts) {
    /** The one line the command line prints. */
    public String line() {
        return "pushed " + pushed + ", pulled " + pulled + ", conflicts " + conflicts;
    }

    public SyncResult plus(SyncResult other) {
        return new SyncResult(pushed + other.pushed, pulled + other.pulled, conflicts + other.conflicts);
    }
}
