package cn.zhaoshang.desk.security;

import cn.zhaoshang.desk.common.db.ChangeKeyedCache;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.session.Session;
import cn.zhaoshang.desk.common.time.OfficeZone;
import cn.zhaoshang.desk.security.db.ScopeRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Which companies the person working now may read, for every service that lists, counts, searches
 * or exports companies (or rows of them): the {@link AccessPolicy} rule applied to the user's teams
 * of today. Recruiters and team leads read the common pool and their teams' claims; a company held
 * by another team is as if it did not exist for them. Managers and admins read everything.
 */
public final class CompanyAccess {
    /** The office's calendar (Zhengzhou): claim expiry follows it. */
    private static final ZoneId OFFICE_ZONE = OfficeZone.ZONE;

    private final AccessPolicy policy;
    private final Session session;
    private final Clock clock;
    private final ScopeRepository repository;
    /** The companies each scope may not read, kept until a claim changes (search asks at every keystroke). */
    private final ChangeKeyedCache<CompanyScope, Set<UUID>> hidden;

    public CompanyAccess(Database database, AccessPolicy policy, Session session, Clock clock) {
        this.policy = policy;
        this.session = session;
        this.clock = clock;
        this.repository = new ScopeRepository(database);
        this.hidden = new ChangeKeyedCache<>(database, Set.of("claim"), 8);
    }

    public AccessPolicy policy() {
        return policy;
    }

    /** The scope of the person working now (their teams are read afresh: memberships change). */
    public CompanyScope scope() {
        policy.requireSignedIn();
        LocalDate today = LocalDate.now(clock.withZone(OFFICE_ZONE));
        if (policy.seesEverything()) {
            return CompanyScope.everything(today);
        }
        return policy.companyScope(repository.teamsOf(session.personId(), today), today);
    }

    /** Refuses a company the current user may not read, with the same message as a missing one. */
    public void requireVisible(UUID companyId) {
        policy.requireSignedIn();
        if (policy.seesEverything()) {
            return;
        }
        if (companyId != null && !repository.hiddenAmong(scope(), List.of(companyId)).isEmpty()) {
            throw policy.refused("company", companyId, "security.error.companyNotVisible");
        }
    }

    /**
     * Refuses a project whose investor company the current user may not read: a project is as
     * hidden as its company (decision 0009), for reads and writes alike.
     */
    public void requireProjectVisible(UUID projectId) {
        policy.requireSignedIn();
        if (policy.seesEverything()) {
            return;
        }
        UUID company = repository.companyOfProject(projectId);
        if (company != null && !repository.hiddenAmong(scope(), List.of(company)).isEmpty()) {
            throw policy.refused("project", projectId, "security.error.projectNotVisible");
        }
    }

    public boolean isVisible(UUID companyId) {
        return companyId == null || repository.hiddenAmong(scope(), List.of(companyId)).isEmpty();
    }

    /** The items whose company the current user may read, in their order. */
    public <T> List<T> visibleOnly(List<T> items, Function<T, UUID> companyOf) {
        CompanyScope scope = scope();
        if (scope.everything() || items.isEmpty()) {
            return items;
        }
        Set<UUID> hidden = repository.hiddenAmong(scope, items.stream().map(companyOf).filter(Objects::nonNull)
                .distinct().toList());
        List<T> result = new ArrayList<>(items.size());
        for (T item : items) {
            if (!hidden.contains(companyOf.apply(item))) {
                result.add(item);
            }
        }
        return result;
    }

    /** The companies the current user may not read (claimed by another team or person); empty for managers. */
    public Set<UUID> hiddenCompanies() {
        CompanyScope scope = scope();
        return scope.everything() ? Set.of() : hidden.get(scope, () -> Set.copyOf(repository.hiddenIds(scope)));
    }

    /** How many companies the current user cannot read (a searcher over-fetches by this much). */
    public int hiddenCount() {
        return repository.hiddenCount(scope());
    }
}
