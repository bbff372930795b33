package cn.zhaoshang.desk.security;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * Which companies the person working now may read, as {@link AccessPolicy} decided it: everything
 * (managers, admins), or the common pool (公海: no live claim) plus what their own teams or they
 * themselves hold. Repositories turn it into SQL ({@code security.db.ScopeConditions}); in-memory
 * filters use {@link #admits}.
 *
 * @param today the office's day: a claim that expired before it no longer holds anything
 */
public record CompanyScope(boolean everything, UUID personId, Set<UUID> teamIds, LocalDate today) {
    public CompanyScope {
        teamIds = teamIds == null ? Set.of() : Set.copyOf(teamIds);
    }

    public static CompanyScope everything(LocalDate today) {
        return new CompanyScope(true, null, Set.of(), today);
    }

    /** May a company whose live claim is held by this team and person be read? (No claim: pass nulls.) */
    public boolean admits(UUID claimTeam, UUID claimPerson) {
        return everything || (claimTeam == null && claimPerson == null) || (claimTeam != null && teamIds.contains(claimTeam))
                || (claimPerson != null && claimPerson.equals(personId));
    }
}
