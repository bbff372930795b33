package cn.zhaoshang.desk.exchange.rows;

import java.util.UUID;

/**
 * Reference data a row's codes and names are checked against (divisions, industries, teams). The
 * importer loads it once per run from the database; the rules here stay free of SQL.
 */
public interface ReferenceLookup {
    /** A known GB/T 2260 code, or a division name that names exactly one; else {@link CellProblem}. */
    String division(String value);

    /** A known GB/T 4754 code (a four-digit class whose two-digit division is known counts), or a name. */
    String industry(String value);

    /** The team of that name. */
    UUID team(String value);
}
