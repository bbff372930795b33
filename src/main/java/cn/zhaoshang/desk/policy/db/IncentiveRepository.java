package cn.zhaoshang.desk.policy.db;

import static cn.zhaoshang.desk.generated.Tables.COMPANY;
import static cn.zhaoshang.desk.generated.Tables.POLICY;
import static cn.zhaoshang.desk.generated.Tables.PROJECT;
import static cn.zhaoshang.desk.generated.Tables.PROJECT_INCENTIVE;

import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.RecordWriter;
import cn.zhaoshang.desk.generated.tables.records.ProjectIncentiveRecord;
import cn.zhaoshang.desk.policy.Incentive;
import cn.zhaoshang.desk.policy.IncentiveTotals;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** Promises to projects (一企一策) and their delivery; each row points at one policy version. */
public final class IncentiveRepository {
    private final Database database;
    private final RecordWriter writer;

    public IncentiveRepository(Database database, RecordWriter writer) {
        this.database = database;
        this.writer = writer;
    }

    public List<Incentive> ofProject(UUID projectId) {
        return select(PROJECT_INCENTIVE.PROJECT_ID.eq(projectId));
    }

    public Optional<Incentive> find(UUID id) {
        return select(PROJECT_INCENTIVE.ID.eq(id)).stream().findFirst();
    }

    /** Promises made under any version of a policy. */
    public List<Incentive> underPolicy(UUID policyKey) {
        return select(POLICY.POLICY_KEY.eq(policyKey));
    }

    private List<Incentive> select(Condition condition) {
        return database.dsl().select(PROJECT_INCENTIVE.asterisk(), PROJECT.NAME, PROJECT.CODE_NAME, POLICY.NAME,
                        POLICY.VERSION_NO, POLICY.SUPERSEDED_AT)
                .from(PROJECT_INCENTIVE)
                .join(PROJECT).on(PROJECT.ID.eq(PROJECT_INCENTIVE.PROJECT_ID))
                .leftJoin(POLICY).on(POLICY.ID.eq(PROJECT_INCENTIVE.POLICY_ID))
                .where(condition).and(PROJECT_INCENTIVE.DELETED_AT.isNull())
                .orderBy(PROJECT_INCENTIVE.PROMISED_ON.desc().nullsLast(), PROJECT_INCENTIVE.CREATED_AT)
                .fetch(IncentiveRepository::toIncentive);
    }

    public Incentive insert(UUID projectId, UUID policyId, String description, LocalDate promisedOn, BigDecimal amount) {
        ProjectIncentiveRecord r = new ProjectIncentiveRecord();
        r.setProjectId(projectId);
        r.setPolicyId(policyId);
        r.setDescription(description);
        r.setPromisedOn(promisedOn);
        r.setPromisedAmount(amount);
        UUID id = writer.insert(r).getId();
        return find(id).orElseThrow();
    }

    /** Records delivery; refused as stale when the row changed since the user read it. */
    public Incentive deliver(UUID id, int expectedVersion, LocalDate deliveredOn, BigDecimal amount) {
        ProjectIncentiveRecord r = writer.load(PROJECT_INCENTIVE, id);
        r.setDeliveredOn(deliveredOn);
        r.setDeliveredAmount(amount);
        r.setVersion(expectedVersion);
        writer.update(r);
        return find(id).orElseThrow();
    }

    public void softDelete(UUID id, int version) {
        writer.softDelete(PROJECT_INCENTIVE, id, version);
    }

    /** Promised and delivered per project with at least one live promise, largest promise first. */
    public List<IncentiveTotals> totalsByProject() {
        var promised = DSL.sum(PROJECT_INCENTIVE.PROMISED_AMOUNT);
        var delivered = DSL.sum(PROJECT_INCENTIVE.DELIVERED_AMOUNT);
        return database.dsl().select(PROJECT.ID, PROJECT.NAME, PROJECT.CODE_NAME, COMPANY.NAME, DSL.count(), promised, delivered)
                .from(PROJECT_INCENTIVE)
                .join(PROJECT).on(PROJECT.ID.eq(PROJECT_INCENTIVE.PROJECT_ID))
                .leftJoin(COMPANY).on(COMPANY.ID.eq(PROJECT.COMPANY_ID))
                .where(PROJECT_INCENTIVE.DELETED_AT.isNull()).and(PROJECT.DELETED_AT.isNull())
                .groupBy(PROJECT.ID, PROJECT.NAME, PROJECT.CODE_NAME, COMPANY.NAME)
                .orderBy(promised.desc().nullsLast(), PROJECT.NAME)
                .fetch(r -> {
                    boolean secret = r.value3() != null;
                    return new IncentiveTotals(r.value1(), secret ? r.value3() : r.value2(), secret ? null : r.value4(),
                            r.value5(), zero(r.value6()), zero(r.value7()));
                });
    }

    /** Everything promised and delivered, over all projects. */
    public IncentiveTotals overall() {
        var r = database.dsl().select(DSL.count(),
                        DSL.sum(PROJECT_INCENTIVE.PROMISED_AMOUNT), DSL.sum(PROJECT_INCENTIVE.DELIVERED_AMOUNT))
                .from(PROJECT_INCENTIVE)
                .join(PROJECT).on(PROJECT.ID.eq(PROJECT_INCENTIVE.PROJECT_ID))
                .where(PROJECT_INCENTIVE.DELETED_AT.isNull()).and(PROJECT.DELETED_AT.isNull())
                .fetchOne();
        return new IncentiveTotals(null, null, null, r.value1(), zero(r.value2()), zero(r.value3()));
    }

    private static BigDecimal zero(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    private static Incentive toIncentive(Record r) {
        ProjectIncentiveRecord i = r.into(PROJECT_INCENTIVE);
        String code = r.get(PROJECT.CODE_NAME);
        Integer versionNo = r.get(POLICY.VERSION_NO);
        return new Incentive(i.getId(), i.getVersion(), i.getProjectId(), code != null ? code : r.get(PROJECT.NAME),
                i.getPolicyId(), r.get(POLICY.NAME), versionNo == null ? 0 : versionNo,
                r.get(POLICY.SUPERSEDED_AT) == null, i.getDescription(), i.getPromisedOn(), i.getPromisedAmount(),
                i.getDeliveredOn(), i.getDeliveredAmount());
    }
}
