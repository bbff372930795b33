package cn.zhaoshang.desk.common.change;

/** How rows changed; the same words as the audit log's actions, plus the rare physical removal. */
public enum ChangeKind {
    CREATE, UPDATE, DELETE, RESTORE,
    /** Removed from the table for good (not to the trash): a subscriber finds no row any more. */
    PURGE
}
