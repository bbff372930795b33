package cn.zhaoshang.desk.policy.db;

import static cn.zhaoshang.desk.generated.Tables.COMPANY;
import static cn.zhaoshang.desk.generated.Tables.COMPANY_LADDER;
import static cn.zhaoshang.desk.generated.Tables.INDUSTRY;
import static cn.zhaoshang.desk.generated.Tables.PROJECT;

import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.EnumColumns;
import cn.zhaoshang.desk.policy.ProjectFacts;
import cn.zhaoshang.desk.policy.ProjectRef;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.Field;

/**
 * Reads what policies need to know about projects and their investors. The project and company
 * libraries own these rows; policies only read them.
 */
public final class PolicyProjectRepository {
    /** Policies name the stages they apply in, so a project's stage is read and matched by its stored name. */
    private static final Field<String> STAGE_NAME = EnumColumns.names(PROJECT.STAGE);
    private final Database database;

    public PolicyProjectRepository(Database database) {
        this.database = database;
    }

    /** A live project's facts on a day: the investor's ladder tiers certified by then and not expired. */
    public Optional<ProjectFacts> facts(UUID projectId, LocalDate day) {
        var row = database.dsl().select(PROJECT.ID, PROJECT.NAME, PROJECT.CODE_NAME, COMPANY.NAME, STAGE_NAME,
                        PROJECT.INDUSTRY_CODE, INDUSTRY.PARENT_CODE, PROJECT.PLANNED_INVESTMENT, PROJECT.COMPANY_ID)
                .from(PROJECT)
                .leftJoin(COMPANY).on(COMPANY.ID.eq(PROJECT.COMPANY_ID))
                .leftJoin(INDUSTRY).on(INDUSTRY.CODE.eq(PROJECT.INDUSTRY_CODE))
                .where(PROJECT.ID.eq(projectId)).and(PROJECT.DELETED_AT.isNull())
                .fetchOne();
        if (row == null) {
            return Optional.empty();
        }
        Set<String> tiers = new HashSet<>();
        if (row.value9() != null) {
            database.dsl().select(COMPANY_LADDER.TIER).from(COMPANY_LADDER)
                    .where(COMPANY_LADDER.COMPANY_ID.eq(row.value9())).and(COMPANY_LADDER.DELETED_AT.isNull())
                    .and(COMPANY_LADDER.CERTIFIED_ON.isNull().or(COMPANY_LADDER.CERTIFIED_ON.le(day)))
                    .and(COMPANY_LADDER.EXPIRES_ON.isNull().or(COMPANY_LADDER.EXPIRES_ON.ge(day)))
                    .forEach(r -> tiers.add(r.value1().name()));  // policies list tiers by name
        }
        boolean secret = row.value3() != null;
        return Optional.of(new ProjectFacts(row.value1(), secret ? row.value3() : row.value2(),
                secret ? null : row.value4(), row.value5(), row.value6(), row.value7(), row.value8(), Set.copyOf(tiers)));
    }

    /**
     * Live projects whose name contains the text (a confidential one only by its code name), shortest first. Projects number in
     * the thousands, so a scan with a limit answers fast enough for a picker.
     */
    public List<ProjectRef> find(String text, int limit) {
        String pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return database.dsl().select(PROJECT.ID, PROJECT.NAME, PROJECT.CODE_NAME, COMPANY.NAME, STAGE_NAME)
                .from(PROJECT)
                .leftJoin(COMPANY).on(COMPANY.ID.eq(PROJECT.COMPANY_ID))
                .where(PROJECT.DELETED_AT.isNull())
                .and(PROJECT.CODE_NAME.isNull().and(PROJECT.NAME.like(pattern, '\\'))
                        .or(PROJECT.CODE_NAME.like(pattern, '\\')))
                .orderBy(PROJECT.NAME.length(), PROJECT.NAME).limit(limit)
                .fetch(r -> {
                    boolean secret = r.value3() != null;
                    return new ProjectRef(r.value1(), secret ? r.value3() : r.value2(), secret ? null : r.value4(), r.value5());
                });
    }

    /** Live projects in the given stages, most recently moved first. */
    public List<ProjectRef> inStages(Collection<String> stages, int limit) {
        return database.dsl().select(PROJECT.ID, PROJECT.NAME, PROJECT.CODE_NAME, COMPANY.NAME, STAGE_NAME)
                .from(PROJECT)
                .leftJoin(COMPANY).on(COMPANY.ID.eq(PROJECT.COMPANY_ID))
                .where(PROJECT.DELETED_AT.isNull()).and(STAGE_NAME.in(stages))
                .orderBy(PROJECT.STAGE_ENTERED_ON.desc(), PROJECT.ID).limit(limit)
                .fetch(r -> {
                    boolean secret = r.value3() != null;
                    return new ProjectRef(r.value1(), secret ? r.value3() : r.value2(), secret ? null : r.value4(), r.value5());
                });
    }
}
