package cn.zhaoshang.desk.policy.db;

import static cn.zhaoshang.desk.generated.Tables.POLICY;

import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.RecordWriter;
import cn.zhaoshang.desk.generated.tables.records.PolicyRecord;
import cn.zhaoshang.desk.policy.Policy;
import cn.zhaoshang.desk.policy.PolicyDraft;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.impl.DSL;

/** Policy versions: read, add, supersede, trash; writes through the record writer (audited, locked). */
public final class PolicyRepository {
    private final Database database;
    private final RecordWriter writer;

    public PolicyRepository(Database database, RecordWriter writer) {
        this.database = database;
        this.writer = writer;
    }

    /** The current version of every policy not in the trash (the library holds hundreds, not millions). */
    public List<Policy> findCurrent() {
        return database.dsl().selectFrom(POLICY).where(POLICY.SUPERSEDED_AT.isNull()).and(POLICY.DELETED_AT.isNull())
                .orderBy(POLICY.NAME).fetch(PolicyRepository::toPolicy);
    }

    /** Any version, trashed or superseded ones included: promises keep pointing at them. */
    public Optional<Policy> find(UUID id) {
        return database.dsl().selectFrom(POLICY).where(POLICY.ID.eq(id)).fetchOptional(PolicyRepository::toPolicy);
    }

    /** All versions of a policy, newest first. */
    public List<Policy> versions(UUID policyKey) {
        return database.dsl().selectFrom(POLICY).where(POLICY.POLICY_KEY.eq(policyKey)).and(POLICY.DELETED_AT.isNull())
                .orderBy(POLICY.VERSION_NO.desc()).fetch(PolicyRepository::toPolicy);
    }

    public int highestVersionNo(UUID policyKey) {
        Integer max = database.dsl().select(DSL.max(POLICY.VERSION_NO)).from(POLICY)
                .where(POLICY.POLICY_KEY.eq(policyKey)).fetchOne(0, Integer.class);
        return max == null ? 0 : max;
    }

    public Policy insert(UUID policyKey, int versionNo, PolicyDraft d) {
        PolicyRecord r = new PolicyRecord();
        r.setPolicyKey(policyKey);
        r.setVersionNo(versionNo);
        fill(r, d);
        return toPolicy(writer.insert(r));
    }

    /** Marks a version replaced; refused as stale when the user's row version is no longer the stored one. */
    public void supersede(UUID id, int expectedVersion, OffsetDateTime at) {
        PolicyRecord r = writer.load(POLICY, id);
        r.setSupersededAt(at);
        r.setVersion(expectedVersion);
        writer.update(r);
    }

    public void softDelete(UUID id, int version) {
        writer.softDelete(POLICY, id, version);
    }

    private static void fill(PolicyRecord r, PolicyDraft d) {
        r.setName(d.name());
        r.setIssuer(d.issuer());
        r.setDocumentNo(d.documentNo());
        r.setEffectiveFrom(d.effectiveFrom());
        r.setEffectiveTo(d.effectiveTo());
        r.setIndustryCodes(join(d.industryCodes()));
        r.setLadderTiers(join(d.ladderTiers()));
        r.setMinInvestment(d.minInvestment());
        r.setMaxInvestment(d.maxInvestment());
        r.setBenefitSummary(d.benefitSummary());
    }

    private static String join(List<String> values) {
        return values.isEmpty() ? null : String.join("|", values);
    }

    private static List<String> split(String joined) {
        return joined == null ? List.of()
                : Arrays.stream(joined.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static Policy toPolicy(PolicyRecord r) {
        PolicyDraft content = new PolicyDraft(r.getName(), r.getIssuer(), r.getDocumentNo(), r.getEffectiveFrom(),
                r.getEffectiveTo(), split(r.getIndustryCodes()), split(r.getLadderTiers()), r.getMinInvestment(),
                r.getMaxInvestment(), r.getBenefitSummary());
        return new Policy(r.getId(), r.getVersion(), r.getPolicyKey(), r.getVersionNo(), r.getCreatedAt(),
                r.getSupersededAt(), content);
    }
}
