package cn.zhaoshang.desk.exchange.rows;

import java.util.UUID;

/**
 * Reference data a row's codes and names are checked against (divisions, industries, teams, units,
 * carriers, the vocabulary). The importer loads it once per run from the database; the rules here
 * stay free of SQL. Each look-up throws {@link CellProblem} with the reason when nothing matches.
 */
public interface ReferenceLookup {
    /** Where a division name led: the most precise division found, and the part that could not be settled (or null). */
    record Place(String code, String name, String unsettled) { }

    /** Who a visit counts for: a team, or else a unit. */
    record VisitFor(UUID teamId, UUID unitId) { }

    /** A known GB/T 2260 code, or a division name that names exactly one. */
    String division(String value);

    /**
     * A division from its parts as registry exports write them (所属省份, 所属城市, 所属区县; any may be
     * missing): a county name shared by several cities (朝阳区) is settled by the city or province.
     */
    Place place(String province, String city, String county);

    /** A known GB/T 4754 code (a four-digit class whose two-digit division is known counts), or a name. */
    String industry(String value);

    UUID team(String value);

    UUID unit(String value);

    UUID carrier(String value);

    /** A team of that name, else a unit (走访单位 names either). */
    VisitFor visitFor(String value);

    /** The stored value (an enum constant's name) of an everyday word for a value of {@code type}. */
    String word(Class<? extends Enum<?>> type, String value);
}
