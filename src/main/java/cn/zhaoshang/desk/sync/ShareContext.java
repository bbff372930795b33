package cn.zhaoshang.desk.sync;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * Whose share a laptop carries: the user, the person and teams behind them (memberships current on
 * {@code today}), and what they packed in the briefcase (出差包) for a trip.
 *
 * @param everything managers and administrators carry the whole district
 */
public record ShareContext(boolean everything, UUID userId, UUID personId, Set<UUID> teamIds, LocalDate today,
                           Briefcase briefcase) {
    public ShareContext {
        teamIds = Set.copyOf(teamIds);
    }
}
