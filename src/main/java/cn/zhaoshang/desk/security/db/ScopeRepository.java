package cn.zhaoshang.desk.security.db;

import static cn.zhaoshang.desk.generated.Tables.CLAIM;
import static cn.zhaoshang.desk.generated.Tables.PROJECT;
import static cn.zhaoshang.desk.generated.Tables.TEAM_MEMBERSHIP;

import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.security.CompanyScope;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** What a scope needs from the tables: a person's teams, and which companies a scope hides. */
public final class ScopeRepository {
    private final Database database;

    public ScopeRepository(Database database) {
        this.database = database;
    }

    /** The teams the person belongs to on the day. */
    public Set<UUID> teamsOf(UUID personId, LocalDate day) {
        if (personId == null) {
            return Set.of();
        }
        return new HashSet<>(database.dsl().select(TEAM_MEMBERSHIP.TEAM_ID).from(TEAM_MEMBERSHIP)
                .where(TEAM_MEMBERSHIP.PERSON_ID.eq(personId)).and(TEAM_MEMBERSHIP.DELETED_AT.isNull())
                .and(TEAM_MEMBERSHIP.FROM_DATE.le(day))
                .and(TEAM_MEMBERSHIP.TO_DATE.isNull().or(TEAM_MEMBERSHIP.TO_DATE.ge(day)))
                .fetch(TEAM_MEMBERSHIP.TEAM_ID));
    }

    /** Of these companies, the ones the scope may not read (held by a claim it does not admit). */
    public Set<UUID> hiddenAmong(CompanyScope scope, Collection<UUID> companyIds) {
        Set<UUID> hidden = new HashSet<>();
        if (scope.everything() || companyIds.isEmpty()) {
            return hidden;
        }
        database.dsl().select(CLAIM.COMPANY_ID, CLAIM.TEAM_ID, CLAIM.PERSON_ID).from(CLAIM)
                .where(CLAIM.COMPANY_ID.in(companyIds)).and(ScopeConditions.foreignClaim(scope))
                .forEach(r -> hidden.add(r.value1()));
        return hidden;
    }

    /** The company of a project (null: the project names none, or does not exist). */
    public UUID companyOfProject(UUID projectId) {
        return projectId == null ? null : database.dsl().select(PROJECT.COMPANY_ID).from(PROJECT)
                .where(PROJECT.ID.eq(projectId)).fetchOne(PROJECT.COMPANY_ID);
    }

    /** How many live claims the scope does not admit: how far a search must over-fetch. */
    /** Every company the scope may not read: those held by a live claim of another team or person. */
    public Set<UUID> hiddenIds(CompanyScope scope) {
        if (scope.everything()) {
            return Set.of();
        }
        return new HashSet<>(database.dsl().selectDistinct(CLAIM.COMPANY_ID).from(CLAIM)
                .where(ScopeConditions.foreignClaim(scope)).fetch(CLAIM.COMPANY_ID));
    }

    public int hiddenCount(CompanyScope scope) {
        if (scope.everything()) {
            return 0;
        }
        return database.dsl().fetchCount(database.dsl().selectDistinct(CLAIM.COMPANY_ID).from(CLAIM)
                .where(ScopeConditions.foreignClaim(scope)));
    }
}
