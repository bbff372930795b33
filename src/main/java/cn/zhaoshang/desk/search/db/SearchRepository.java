package cn.zhaoshang.desk.search.db;

import static cn.zhaoshang.desk.generated.Tables.COMPANY;

import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.search.SearchHit;
import java.util.List;

/** The scanning search: LIKE over names and codes. Correct, but slow at a million rows. */
public final class SearchRepository {
    private final Database database;

    public SearchRepository(Database database) {
        this.database = database;
    }

    public List<SearchHit> scan(String query, int limit) {
        String pattern = "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return database.dsl().select(COMPANY.ID, COMPANY.USCC, COMPANY.NAME).from(COMPANY)
                .where(COMPANY.DELETED_AT.isNull())
                .and(COMPANY.NAME.like(pattern, '\\').or(COMPANY.USCC.like(query.toUpperCase() + "%")))
                .orderBy(COMPANY.NAME.length(), COMPANY.NAME).limit(limit)
                .fetch(r -> new SearchHit(r.value1(), r.value2(), r.value3(), 1.0,
                        r.value2() != null && r.value2().startsWith(query.toUpperCase())
                                ? SearchHit.MatchKind.USCC : SearchHit.MatchKind.NAME));
    }
}
