package cn.zhaoshang.desk.security.db;

import static cn.zhaoshang.desk.generated.Tables.CLAIM;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.selectOne;

import cn.zhaoshang.desk.security.CompanyScope;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * {@link CompanyScope} as SQL, for every repository that lists companies or rows hanging off them:
 * a company is readable unless a live claim on it is held by someone the scope does not admit
 * (the same rule as {@link CompanyScope#admits}). Found through the claim table's company index.
 */
public final class ScopeConditions {
    private ScopeConditions() {
    }

    /** Rows whose {@code companyId} the scope may read; a null company id (no company) always passes. */
    public static Condition visible(CompanyScope scope, Field<UUID> companyId) {
        if (scope == null || scope.everything()) {
            return DSL.trueCondition();
        }
        return companyId.isNull().or(notExists(selectOne().from(CLAIM).where(CLAIM.COMPANY_ID.eq(companyId))
                .and(foreignClaim(scope))));
    }

    /** Live claims (today) that the scope does not admit: held by another team and not by the viewer. */
    static Condition foreignClaim(CompanyScope scope) {
        Condition live = CLAIM.DELETED_AT.isNull().and(CLAIM.RELEASED_AT.isNull()).and(CLAIM.EXPIRES_ON.ge(scope.today()));
        if (scope.everything()) {
            return DSL.falseCondition();
        }
        Condition foreignTeam = CLAIM.TEAM_ID.isNull().or(scope.teamIds().isEmpty() ? DSL.trueCondition()
                : CLAIM.TEAM_ID.notIn(scope.teamIds()));
        Condition foreignPerson = scope.personId() == null ? DSL.trueCondition()
                : CLAIM.PERSON_ID.isNull().or(CLAIM.PERSON_ID.ne(scope.personId()));
        // A claim with neither team nor person holds nothing (CompanyScope.admits lets it through).
        Condition holder = CLAIM.TEAM_ID.isNotNull().or(CLAIM.PERSON_ID.isNotNull());
        return live.and(holder).and(foreignTeam).and(foreignPerson);
    }
}
