package cn.zhaoshang.desk.sync;

/**
 * Which rows of a table travel to a laptop (decision 0015). Managers and administrators carry the
 * whole district; everyone else their share: what their teams own or hold, what is assigned to
 * them, what they packed in their briefcase (出差包), and the shared reference data.
 */
public enum Share {
    /** Reference and district-wide data: every row. */
    ALL,
    /**
     * The users: every row, pulled but never pushed (users are managed on the server); a password
     * hash travels only for the laptop's own user, so nobody else can sign in on it.
     */
    USERS,
    /** Companies owned or claimed by the user's teams or the user, or packed in the briefcase. */
    COMPANY,
    /**
     * Rows that belong to a record of another table (a company's contacts, visits and claims; a
     * project's stage history and funds; a task's reports; a reception's visitors): with their owner.
     */
    BY_OWNER,
    /** Projects of the user's teams, or of a company in the share. */
    PROJECT,
    /** Tasks assigned to the user or the user's teams, or linked to a company or project in the share. */
    TASK,
    /** The user's own rows (saved views). */
    OWN_USER,
    /** Written on the laptop and added to the server's, never pulled (the audit and export logs). */
    PUSH_ONLY,
    /** Stays where it was written (import runs: undo works where the import ran). */
    LOCAL
}
