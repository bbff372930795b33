package cn.zhaoshang.desk.company.db;

import static cn.zhaoshang.desk.generated.Tables.COMPANY;
import static cn.zhaoshang.desk.generated.Tables.COMPANY_CHAIN_NODE;
import static cn.zhaoshang.desk.generated.Tables.COMPANY_LADDER;
import static cn.zhaoshang.desk.generated.Tables.COMPANY_TAG;
import static cn.zhaoshang.desk.generated.Tables.CONTACT;

import cn.zhaoshang.desk.common.change.ChangeKind;
import cn.zhaoshang.desk.common.db.AuditLog;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.FieldChange;
import cn.zhaoshang.desk.common.db.Ids;
import cn.zhaoshang.desk.common.db.RecordWriter;
import cn.zhaoshang.desk.common.db.StaleRecordException;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.text.CompanyNames;
import cn.zhaoshang.desk.common.text.Money;
import cn.zhaoshang.desk.company.Company;
import cn.zhaoshang.desk.company.CompanyData;
import cn.zhaoshang.desk.company.DuplicateMatch;
import cn.zhaoshang.desk.company.LadderFlag;
import cn.zhaoshang.desk.company.RegistryFacts;
import cn.zhaoshang.desk.generated.tables.records.CompanyLadderRecord;
import cn.zhaoshang.desk.generated.tables.records.CompanyRecord;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Reads and writes company rows with their tags, ladder rungs and chain-node links. Writes go
 * through {@link RecordWriter} (audit, optimistic locking); link rows are compared and only the
 * differences written, and recorded as changes of the company.
 */
public final class CompanyRepository {
    private final Database database;
    private final RecordWriter writer;
    private final AuditLog audit;

    public CompanyRepository(Database database, RecordWriter writer, AuditLog audit) {
        this.database = database;
        this.writer = writer;
        this.audit = audit;
    }

    private DSLContext dsl() {
        return database.dsl();
    }

    public Optional<Company> find(UUID id) {
        return dsl().selectFrom(COMPANY).where(COMPANY.ID.eq(id)).and(COMPANY.DELETED_AT.isNull())
                .fetchOptional().map(this::toCompany);
    }

    public Optional<Company> findByUscc(String uscc) {
        return dsl().selectFrom(COMPANY).where(COMPANY.USCC.eq(uscc)).and(COMPANY.DELETED_AT.isNull())
                .fetchOptional().map(this::toCompany);
    }

    /** What registry exports brought in beyond the form's fields (NONE when nothing). */
    public RegistryFacts registryFacts(UUID id) {
        return dsl().select(COMPANY.REGISTRATION_STATUS, COMPANY.COMPANY_TYPE, COMPANY.INSURED_COUNT,
                        COMPANY.PAID_IN_CAPITAL, COMPANY.CAPITAL_CURRENCY, COMPANY.FOREIGN_CAPITAL, COMPANY.PHONES,
                        COMPANY.EMAILS, COMPANY.BUSINESS_SCOPE)
                .from(COMPANY).where(COMPANY.ID.eq(id)).fetchOptional(r -> new RegistryFacts(
                        r.value1(), r.value2(), r.value3(),
                        r.value4(), r.value5() == null ? null : new Money.Amount(r.value6(), r.value5()), r.value7(),
                        r.value8(), r.value9()))
                .orElse(RegistryFacts.NONE);
    }

    public boolean exists(UUID id) {
        return dsl().fetchExists(COMPANY, COMPANY.ID.eq(id).and(COMPANY.DELETED_AT.isNull()));
    }

    public Company insert(CompanyData data) {
        CompanyRecord record = dsl().newRecord(COMPANY);
        apply(record, data);
        CompanyRecord stored = writer.insert(record);
        Map<String, FieldChange> links = writeLinks(stored.getId(), data);
        if (!links.isEmpty()) {
            audit.record(AuditLog.Action.UPDATE, COMPANY.getName(), stored.getId(), links);
        }
        return find(stored.getId()).orElseThrow();
    }

    /**
     * Saves the company if {@code expectedVersion} is still the stored one. A change of tags, ladder
     * or chain nodes alone also bumps the version, so that a stale copy cannot overwrite them.
     */
    public Company update(UUID id, int expectedVersion, CompanyData data) {
        CompanyRecord record = writer.load(COMPANY, id);
        if (record.getDeletedAt() != null) {
            throw new DeskException("company.error.deleted", record.getName());
        }
        apply(record, data);
        record.setVersion(expectedVersion);
        CompanyRecord stored = writer.update(record);
        Map<String, FieldChange> links = writeLinks(id, data);
        if (!links.isEmpty()) {
            if (stored.getVersion() == expectedVersion) {
                touch(id, expectedVersion);
            }
            audit.record(AuditLog.Action.UPDATE, COMPANY.getName(), id, links);
        }
        return find(id).orElseThrow();
    }

    /** Bumps version and updated_at: the company changed through one of its link rows. */
    public void touch(UUID id, int expectedVersion) {
        int n = dsl().update(COMPANY).set(COMPANY.VERSION, expectedVersion + 1).set(COMPANY.UPDATED_AT, audit.now())
                .where(COMPANY.ID.eq(id)).and(COMPANY.VERSION.eq(expectedVersion)).execute();
        if (n != 1) {
            throw new StaleRecordException(COMPANY.getName(), Map.of(), audit.userName());
        }
        database.recordChange(COMPANY, ChangeKind.UPDATE, id);
    }

    public void softDelete(UUID id, int expectedVersion) {
        writer.softDelete(COMPANY, id, expectedVersion);
    }

    private static void apply(CompanyRecord r, CompanyData d) {
        r.setUscc(d.uscc());
        r.setName(d.name());
        r.setNormalizedName(CompanyNames.normalize(d.name()));
        r.setShortName(d.shortName());
        r.setLegalRep(d.legalRep());
        r.setRegisteredCapital(d.registeredCapital());
        r.setFoundedOn(d.foundedOn());
        r.setDivisionCode(d.divisionCode());
        r.setAddress(d.address());
        r.setIndustryCode(d.industryCode());
        r.setLocatedInDistrict(d.locatedInDistrict());
        r.setSpecialized(d.specialized());
        r.setListed(d.listed());
        r.setFortune500(d.fortune500());
        r.setSourceChannel(d.sourceChannel());
        r.setReferrerCompanyId(d.referrerCompanyId());
        r.setFundName(d.fundName());
        r.setPursuitStatus(d.pursuitStatus());
        r.setOwnerTeamId(d.ownerTeamId());
        r.setOwnerPersonId(d.ownerPersonId());
        r.setScore(d.score());
        r.setWebsite(d.website());
        r.setNotes(d.notes());
    }

    private Company toCompany(CompanyRecord r) {
        UUID id = r.getId();
        CompanyData data = CompanyData.named(r.getName()).uscc(r.getUscc()).shortName(r.getShortName())
                .legalRep(r.getLegalRep()).registeredCapital(r.getRegisteredCapital()).foundedOn(r.getFoundedOn())
                .divisionCode(r.getDivisionCode()).address(r.getAddress()).industryCode(r.getIndustryCode())
                .locatedInDistrict(r.getLocatedInDistrict()).specialized(r.getSpecialized()).listed(r.getListed())
                .fortune500(r.getFortune500())
                .sourceChannel(r.getSourceChannel())
                .referrerCompanyId(r.getReferrerCompanyId()).fundName(r.getFundName())
                .pursuitStatus(r.getPursuitStatus()).ownerTeamId(r.getOwnerTeamId())
                .ownerPersonId(r.getOwnerPersonId()).score(r.getScore()).website(r.getWebsite()).notes(r.getNotes())
                .tags(tags(id)).ladder(ladder(id)).chainNodeIds(chainNodes(id)).build();
        return new Company(id, r.getVersion(), data, r.getCreatedAt(), r.getUpdatedAt());
    }

    List<String> tags(UUID companyId) {
        return dsl().select(COMPANY_TAG.TAG).from(COMPANY_TAG).where(COMPANY_TAG.COMPANY_ID.eq(companyId))
                .orderBy(COMPANY_TAG.TAG).fetch(COMPANY_TAG.TAG);
    }

    private List<LadderFlag> ladder(UUID companyId) {
        return dsl().selectFrom(COMPANY_LADDER).where(COMPANY_LADDER.COMPANY_ID.eq(companyId))
                .and(COMPANY_LADDER.DELETED_AT.isNull()).orderBy(COMPANY_LADDER.CERTIFIED_ON, COMPANY_LADDER.TIER)
                .fetch(r -> new LadderFlag(r.getTier(), r.getCertifiedOn(), r.getExpiresOn()));
    }

    private List<UUID> chainNodes(UUID companyId) {
        return dsl().select(COMPANY_CHAIN_NODE.NODE_ID).from(COMPANY_CHAIN_NODE)
                .where(COMPANY_CHAIN_NODE.COMPANY_ID.eq(companyId)).fetch(COMPANY_CHAIN_NODE.NODE_ID);
    }

    /**
     * Brings tags, ladder and chain links in line with the data; returns what changed, for the audit.
     * Tag and chain links are plain link rows (no history of their own), so removed ones are deleted;
     * ladder rungs carry dates and are soft-deleted.
     */
    private Map<String, FieldChange> writeLinks(UUID id, CompanyData d) {
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        List<String> oldTags = tags(id);
        if (!sameSet(oldTags, d.tags())) {
            dsl().deleteFrom(COMPANY_TAG).where(COMPANY_TAG.COMPANY_ID.eq(id)).and(COMPANY_TAG.TAG.notIn(d.tags())).execute();
            for (String tag : d.tags()) {
                if (!oldTags.contains(tag)) {
                    dsl().insertInto(COMPANY_TAG).set(COMPANY_TAG.COMPANY_ID, id).set(COMPANY_TAG.TAG, tag).execute();
                }
            }
            changes.put("tags", new FieldChange(String.join("|", oldTags), String.join("|", d.tags())));
            database.recordChange(COMPANY_TAG.getName(), ChangeKind.UPDATE, List.of(id));
        }
        List<UUID> oldNodes = chainNodes(id);
        if (!sameSet(oldNodes, d.chainNodeIds())) {
            dsl().deleteFrom(COMPANY_CHAIN_NODE).where(COMPANY_CHAIN_NODE.COMPANY_ID.eq(id))
                    .and(COMPANY_CHAIN_NODE.NODE_ID.notIn(d.chainNodeIds())).execute();
            for (UUID node : d.chainNodeIds()) {
                if (!oldNodes.contains(node)) {
                    dsl().insertInto(COMPANY_CHAIN_NODE).set(COMPANY_CHAIN_NODE.COMPANY_ID, id)
                            .set(COMPANY_CHAIN_NODE.NODE_ID, node).execute();
                }
            }
            changes.put("chainNodes", new FieldChange(joinIds(oldNodes), joinIds(d.chainNodeIds())));
            database.recordChange(COMPANY_CHAIN_NODE.getName(), ChangeKind.UPDATE, List.of(id));
        }
        List<LadderFlag> oldLadder = ladder(id);
        if (!sameSet(oldLadder, d.ladder())) {
            writeLadder(id, d.ladder());
            changes.put("ladder", new FieldChange(describeLadder(oldLadder), describeLadder(d.ladder())));
        }
        return changes;
    }

    private void writeLadder(UUID id, List<LadderFlag> wanted) {
        OffsetDateTime now = audit.now();
        for (CompanyLadderRecord r : dsl().selectFrom(COMPANY_LADDER).where(COMPANY_LADDER.COMPANY_ID.eq(id))
                .and(COMPANY_LADDER.DELETED_AT.isNull()).fetch()) {
            LadderFlag existing = new LadderFlag(r.getTier(), r.getCertifiedOn(), r.getExpiresOn());
            if (!wanted.contains(existing)) {
                dsl().update(COMPANY_LADDER).set(COMPANY_LADDER.DELETED_AT, now).set(COMPANY_LADDER.UPDATED_AT, now)
                        .set(COMPANY_LADDER.VERSION, r.getVersion() + 1).where(COMPANY_LADDER.ID.eq(r.getId())).execute();
                database.recordChange(COMPANY_LADDER, ChangeKind.DELETE, r.getId());
            }
        }
        List<LadderFlag> kept = ladder(id);
        for (LadderFlag flag : wanted) {
            if (!kept.contains(flag)) {
                UUID rung = Ids.next();
                database.recordChange(COMPANY_LADDER, ChangeKind.CREATE, rung);
                dsl().insertInto(COMPANY_LADDER).set(COMPANY_LADDER.ID, rung)
                        .set(COMPANY_LADDER.CREATED_AT, now).set(COMPANY_LADDER.UPDATED_AT, now)
                        .set(COMPANY_LADDER.VERSION, 0).set(COMPANY_LADDER.COMPANY_ID, id)
                        .set(COMPANY_LADDER.TIER, flag.tier()).set(COMPANY_LADDER.CERTIFIED_ON, flag.certifiedOn())
                        .set(COMPANY_LADDER.EXPIRES_ON, flag.expiresOn()).execute();
            }
        }
    }

    private static String describeLadder(List<LadderFlag> ladder) {
        List<String> parts = new ArrayList<>();
        for (LadderFlag f : ladder) {
            parts.add(f.tier().name() + "@" + f.certifiedOn() + ".." + f.expiresOn());
        }
        return String.join("|", parts);
    }

    private static String joinIds(List<UUID> ids) {
        return String.join("|", ids.stream().map(UUID::toString).sorted().toList());
    }

    private static boolean sameSet(List<?> a, List<?> b) {
        return a.size() == b.size() && new HashSet<>(a).equals(new HashSet<>(b));
    }

    /**
     * Companies that the given credit code or name would duplicate, other than {@code self}. A
     * credit code held by a deleted company counts too (the code stays unique in the trash).
     */
    public List<DuplicateMatch> duplicatesOf(UUID self, String uscc, String name) {
        String normalized = CompanyNames.normalize(name);
        Condition same = DSL.falseCondition();
        if (uscc != null && !uscc.isBlank()) {
            same = same.or(COMPANY.USCC.eq(uscc));
        }
        if (!normalized.isEmpty()) {
            same = same.or(COMPANY.NORMALIZED_NAME.eq(normalized).and(COMPANY.DELETED_AT.isNull()));
        }
        Condition notSelf = self == null ? DSL.trueCondition() : COMPANY.ID.ne(self);
        return dsl().select(COMPANY.ID, COMPANY.NAME, COMPANY.USCC, COMPANY.DELETED_AT).from(COMPANY)
                .where(same).and(notSelf).orderBy(COMPANY.DELETED_AT.nullsFirst(), COMPANY.NAME).limit(10)
                .fetch(r -> new DuplicateMatch(r.value1(), r.value2(), r.value3(),
                        uscc != null && uscc.equals(r.value3()) ? DuplicateMatch.Reason.USCC : DuplicateMatch.Reason.NAME,
                        r.value4() != null));
    }

}
