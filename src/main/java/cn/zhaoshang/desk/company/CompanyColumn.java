package cn.zhaoshang.desk.company;

import java.util.List;

/**
 * The columns of the company list. A sortable column has an index on (column, id) (migration V10),
 * which keyset paging walks; the others are shown but not sorted on, so no sort ever scans a
 * million rows. Coded columns (status, region, industry, team …) sort by their stored code, which
 * groups equal values together.
 */
public enum CompanyColumn {
    NAME(true), USCC(true), SHORT_NAME(false), LEGAL_REP(false), STATUS(true), CHANNEL(true), DIVISION(true),
    INDUSTRY(true), CAPITAL(true), FOUNDED(true), OWNER_TEAM(true), OWNER_PERSON(true), CLAIM(false), TAGS(false),
    SCORE(true), UPDATED(true);

    /** Shown when nobody chose otherwise. */
    public static final List<CompanyColumn> DEFAULT_VISIBLE = List.of(NAME, STATUS, DIVISION, INDUSTRY, OWNER_TEAM, CLAIM);

    private final boolean sortable;

    CompanyColumn(boolean sortable) {
        this.sortable = sortable;
    }

    public boolean sortable() {
        return sortable;
    }
}
