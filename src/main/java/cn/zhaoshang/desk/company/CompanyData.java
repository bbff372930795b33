package cn.zhaoshang.desk.company;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a user edits of a target company (目标企业): every field of the domain, with its tags, ladder
 * rungs and industry-chain nodes. Lists are never null.
 *
 * @param registeredCapital 万元
 * @param divisionCode      GB/T 2260
 * @param industryCode      GB/T 4754-2017
 */
public record CompanyData(String uscc, String name, String shortName, String legalRep, BigDecimal registeredCapital,
                          LocalDate foundedOn, String divisionCode, String address, String industryCode,
                          boolean locatedInDistrict, boolean specialized, boolean listed, boolean fortune500,
                          SourceChannel sourceChannel, UUID referrerCompanyId, String fundName,
                          PursuitStatus pursuitStatus, UUID ownerTeamId, UUID ownerPersonId, Integer score,
                          String website, String notes, List<String> tags, List<LadderFlag> ladder,
                          List<UUID> chainNodeIds) {
    public CompanyData {
        tags = tags == null ? List.of() : List.copyOf(tags);
        ladder = ladder == null ? List.of() : List.copyOf(ladder);
        chainNodeIds = chainNodeIds == null ? List.of() : List.copyOf(chainNodeIds);
        pursuitStatus = pursuitStatus == null ? PursuitStatus.NEW : pursuitStatus;
    }

    public static Builder named(String name) {
        return new Builder().name(name);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds the many-field record step by step (forms, imports, tests). */
    public static final class Builder {
        private String uscc;
        private String name;
        private String shortName;
        private String legalRep;
        private BigDecimal registeredCapital;
        private LocalDate foundedOn;
        private String divisionCode;
        private String address;
        private String industryCode;
        private boolean locatedInDistrict;
        private boolean specialized;
        private boolean listed;
        private boolean fortune500;
        private SourceChannel sourceChannel;
        private UUID referrerCompanyId;
        private String fundName;
        private PursuitStatus pursuitStatus = PursuitStatus.NEW;
        private UUID ownerTeamId;
        private UUID ownerPersonId;
        private Integer score;
        private String website;
        private String notes;
        private List<String> tags = List.of();
        private List<LadderFlag> ladder = List.of();
        private List<UUID> chainNodeIds = List.of();

        Builder() {
        }

        Builder(CompanyData d) {
            uscc = d.uscc; name = d.name; shortName = d.shortName; legalRep = d.legalRep;
            registeredCapital = d.registeredCapital; foundedOn = d.foundedOn; divisionCode = d.divisionCode;
            address = d.address; industryCode = d.industryCode; locatedInDistrict = d.locatedInDistrict;
            specialized = d.specialized; listed = d.listed; fortune500 = d.fortune500; sourceChannel = d.sourceChannel;
            referrerCompanyId = d.referrerCompanyId; fundName = d.fundName; pursuitStatus = d.pursuitStatus;
            ownerTeamId = d.ownerTeamId; ownerPersonId = d.ownerPersonId; score = d.score; website = d.website;
            notes = d.notes; tags = d.tags; ladder = d.ladder; chainNodeIds = d.chainNodeIds;
        }

        public Builder uscc(String v) { uscc = v; return this; }
        public Builder name(String v) { name = v; return this; }
        public Builder shortName(String v) { shortName = v; return this; }
        public Builder legalRep(String v) { legalRep = v; return this; }
        public Builder registeredCapital(BigDecimal v) { registeredCapital = v; return this; }
        public Builder foundedOn(LocalDate v) { foundedOn = v; return this; }
        public Builder divisionCode(String v) { divisionCode = v; return this; }
        public Builder address(String v) { address = v; return this; }
        public Builder industryCode(String v) { industryCode = v; return this; }
        public Builder locatedInDistrict(boolean v) { locatedInDistrict = v; return this; }
        public Builder specialized(boolean v) { specialized = v; return this; }
        public Builder listed(boolean v) { listed = v; return this; }
        public Builder fortune500(boolean v) { fortune500 = v; return this; }
        public Builder sourceChannel(SourceChannel v) { sourceChannel = v; return this; }
        public Builder referrerCompanyId(UUID v) { referrerCompanyId = v; return this; }
        public Builder fundName(String v) { fundName = v; return this; }
        public Builder pursuitStatus(PursuitStatus v) { pursuitStatus = v; return this; }
        public Builder ownerTeamId(UUID v) { ownerTeamId = v; return this; }
        public Builder ownerPersonId(UUID v) { ownerPersonId = v; return this; }
        public Builder score(Integer v) { score = v; return this; }
        public Builder website(String v) { website = v; return this; }
        public Builder notes(String v) { notes = v; return this; }
        public Builder tags(List<String> v) { tags = v; return this; }
        public Builder ladder(List<LadderFlag> v) { ladder = v; return this; }
        public Builder chainNodeIds(List<UUID> v) { chainNodeIds = v; return this; }

        public CompanyData build() {
            return new CompanyData(uscc, name, shortName, legalRep, registeredCapital, foundedOn, divisionCode, address,
                    industryCode, locatedInDistrict, specialized, listed, fortune500, sourceChannel, referrerCompanyId,
                    fundName, pursuitStatus, ownerTeamId, ownerPersonId, score, website, notes, tags, ladder,
                    chainNodeIds);
        }
    }
}
