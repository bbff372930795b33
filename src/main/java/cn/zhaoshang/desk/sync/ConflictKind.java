package cn.zhaoshang.desk.sync;

/** What kind of disagreement the merge left to a person. */
public enum ConflictKind {
    /** Both sides changed the same field to different values. */
    SAME_FIELD,
    /** This laptop deleted the record; the server's side edited it (the record stays). */
    DELETE_EDIT,
    /** This laptop edited the record; the server's side deleted it (the record stays deleted). */
    EDIT_DELETE,
    /** A value that must be unique in the district (a credit code) is taken by another record. */
    UNIQUE,
    /** The merged project would break the stage rules (milestones out of order, a signing without its data). */
    STAGE_RULE
}
