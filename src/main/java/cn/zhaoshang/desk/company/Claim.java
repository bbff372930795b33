package cn.zhaoshang.desk.company;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * 认领: a team and/or person holds a company until {@code expiresOn}; afterwards, or once released,
 * the company is back in the common pool (公海). Ended claims stay as history.
 */
public record Claim(UUID id, int version, UUID companyId, UUID teamId, String teamName, UUID personId,
                    String personName, LocalDate claimedOn, LocalDate expiresOn, OffsetDateTime releasedAt,
                    ClaimEnd releaseReason) {
    /** Held on that day: not released and not past its expiry. */
    public boolean isActiveOn(LocalDate day) {
        return releasedAt == null && !expiresOn.isBefore(day);
    }

    /** "北京驻地招商小分队 · 张伟", or whichever of the two is set. */
    public String holder() {
        if (teamName != null && personName != null) {
            return teamName + " · " + personName;
        }
        return teamName != null ? teamName : personName == null ? "" : personName;
    }
}
