package cn.zhaoshang.desk.sync;

import java.util.Set;
import java.util.UUID;

/**
 * What a recruiter carries beyond their own share for a trip (出差包): other teams' target lists (for a
 * joint visit), whole industry chains' companies, single companies. The rest of the district never
 * lands on the laptop.
 */
public record Briefcase(Set<UUID> teams, Set<UUID> chains, Set<UUID> companies) {
    public static final Briefcase EMPTY = new Briefcase(Set.of(), Set.of(), Set.of());

    public Briefcase {
        teams = Set.copyOf(teams);
        chains = Set.copyOf(chains);
        companies = Set.copyOf(companies);
    }

    public enum Kind { TEAM, CHAIN, COMPANY }

    public boolean isEmpty() {
        return teams.isEmpty() && chains.isEmpty() && companies.isEmpty();
    }
}
