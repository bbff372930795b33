package cn.zhaoshang.desk.company;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * What the list is narrowed to. Every part is optional (null or empty = no restriction) and the
 * parts combine with AND; the choices inside one part (e.g. two statuses) combine with OR, except
 * ladder tiers, flags and tags, which a company must all have.
 *
 * @param industryCodes GB/T 4754 codes or section letters; a code matches itself and its sub-codes
 * @param divisionCode  a province, city or district (GB/T 2260); matches everything inside it
 * @param capitalMin    registered capital in 万元, inclusive
 */
public record CompanyFilter(Set<String> industryCodes, Set<UUID> chainNodeIds, String divisionCode,
                            Set<LadderTier> ladderTiers, Set<CompanyFlag> flags, Set<PursuitStatus> statuses,
                            Set<SourceChannel> channels, UUID ownerTeamId, UUID ownerPersonId, ClaimState claimState,
                            Set<String> tags, BigDecimal capitalMin, BigDecimal capitalMax, LocalDate foundedFrom,
                            LocalDate foundedTo) {
    public static final CompanyFilter NONE = new CompanyFilter(null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null);

    public CompanyFilter {
        industryCodes = industryCodes == null ? Set.of() : Set.copyOf(industryCodes);
        chainNodeIds = chainNodeIds == null ? Set.of() : Set.copyOf(chainNodeIds);
        ladderTiers = ladderTiers == null ? Set.of() : Set.copyOf(ladderTiers);
        flags = flags == null ? Set.of() : Set.copyOf(flags);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        channels = channels == null ? Set.of() : Set.copyOf(channels);
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        divisionCode = divisionCode == null || divisionCode.isBlank() ? null : divisionCode;
    }

    /** How many parts restrict the list (the number on the filter button). */
    public int activeParts() {
        int n = 0;
        for (Object part : new Object[] {divisionCode, ownerTeamId, ownerPersonId, claimState}) {
            n += part == null ? 0 : 1;
        }
        for (Set<?> part : new Set<?>[] {industryCodes, chainNodeIds, ladderTiers, flags, statuses, channels, tags}) {
            n += part.isEmpty() ? 0 : 1;
        }
        n += capitalMin != null || capitalMax != null ? 1 : 0;
        n += foundedFrom != null || foundedTo != null ? 1 : 0;
        return n;
    }

    public boolean isEmpty() {
        return activeParts() == 0;
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Changes one part at a time (filter panels, saved views, tests). */
    public static final class Builder {
        private Set<String> industryCodes; private Set<UUID> chainNodeIds; private String divisionCode;
        private Set<LadderTier> ladderTiers; private Set<CompanyFlag> flags; private Set<PursuitStatus> statuses;
        private Set<SourceChannel> channels; private UUID ownerTeamId; private UUID ownerPersonId;
        private ClaimState claimState; private Set<String> tags; private BigDecimal capitalMin;
        private BigDecimal capitalMax; private LocalDate foundedFrom; private LocalDate foundedTo;

        Builder(CompanyFilter f) {
            industryCodes = f.industryCodes; chainNodeIds = f.chainNodeIds; divisionCode = f.divisionCode;
            ladderTiers = f.ladderTiers; flags = f.flags; statuses = f.statuses; channels = f.channels;
            ownerTeamId = f.ownerTeamId; ownerPersonId = f.ownerPersonId; claimState = f.claimState; tags = f.tags;
            capitalMin = f.capitalMin; capitalMax = f.capitalMax; foundedFrom = f.foundedFrom; foundedTo = f.foundedTo;
        }

        public Builder industryCodes(Set<String> v) { industryCodes = v; return this; }
        public Builder chainNodeIds(Set<UUID> v) { chainNodeIds = v; return this; }
        public Builder divisionCode(String v) { divisionCode = v; return this; }
        public Builder ladderTiers(Set<LadderTier> v) { ladderTiers = v; return this; }
        public Builder flags(Set<CompanyFlag> v) { flags = v; return this; }
        public Builder statuses(Set<PursuitStatus> v) { statuses = v; return this; }
        public Builder channels(Set<SourceChannel> v) { channels = v; return this; }
        public Builder ownerTeamId(UUID v) { ownerTeamId = v; return this; }
        public Builder ownerPersonId(UUID v) { ownerPersonId = v; return this; }
        public Builder claimState(ClaimState v) { claimState = v; return this; }
        public Builder tags(Set<String> v) { tags = v; return this; }
        public Builder capital(BigDecimal min, BigDecimal max) { capitalMin = min; capitalMax = max; return this; }
        public Builder founded(LocalDate from, LocalDate to) { foundedFrom = from; foundedTo = to; return this; }

        public CompanyFilter build() {
            return new CompanyFilter(industryCodes, chainNodeIds, divisionCode, ladderTiers, flags, statuses, channels,
                    ownerTeamId, ownerPersonId, claimState, tags, capitalMin, capitalMax, foundedFrom, foundedTo);
        }
    }
}
