package cn.zhaoshang.desk.project.db;

import static cn.zhaoshang.desk.generated.Tables.POLICY;
import static cn.zhaoshang.desk.generated.Tables.PROJECT;
import static cn.zhaoshang.desk.generated.Tables.PROJECT_FUND;
import static cn.zhaoshang.desk.generated.Tables.PROJECT_INCENTIVE;

import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.RecordWriter;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.generated.tables.records.ProjectFundRecord;
import cn.zhaoshang.desk.generated.tables.records.ProjectIncentiveRecord;
import cn.zhaoshang.desk.project.Fund;
import cn.zhaoshang.desk.project.Incentive;
import cn.zhaoshang.desk.project.IncentiveDraft;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Funds in place and incentives of projects; rows are written through {@link RecordWriter}. */
public final class FinanceRepository {
    private final Database database;
    private final RecordWriter writer;

    public FinanceRepository(Database database, RecordWriter writer) {
        this.database = database;
        this.writer = writer;
    }

    public boolean projectExists(UUID projectId) {
        return database.dsl().fetchExists(PROJECT, PROJECT.ID.eq(projectId).and(PROJECT.DELETED_AT.isNull()));
    }

    /** The project a fund row belongs to (null when there is no such row). */
    public UUID projectOfFund(UUID fundId) {
        return database.dsl().select(PROJECT_FUND.PROJECT_ID).from(PROJECT_FUND).where(PROJECT_FUND.ID.eq(fundId))
                .fetchOne(PROJECT_FUND.PROJECT_ID);
    }

    /** The project an incentive row belongs to (null when there is no such row). */
    public UUID projectOfIncentive(UUID incentiveId) {
        return database.dsl().select(PROJECT_INCENTIVE.PROJECT_ID).from(PROJECT_INCENTIVE)
                .where(PROJECT_INCENTIVE.ID.eq(incentiveId)).fetchOne(PROJECT_INCENTIVE.PROJECT_ID);
    }

    public BigDecimal contractAmount(UUID projectId) {
        return database.dsl().select(PROJECT.CONTRACT_AMOUNT).from(PROJECT).where(PROJECT.ID.eq(projectId))
                .fetchOne(PROJECT.CONTRACT_AMOUNT);
    }

    public List<Fund> funds(UUID projectId) {
        return database.dsl().selectFrom(PROJECT_FUND).where(PROJECT_FUND.PROJECT_ID.eq(projectId))
                .and(PROJECT_FUND.DELETED_AT.isNull()).orderBy(PROJECT_FUND.RECEIVED_ON, PROJECT_FUND.CREATED_AT)
                .fetch(r -> new Fund(r.getId(), r.getVersion(), r.getReceivedOn(), r.getAmount(), r.getNote()));
    }

    public UUID addFund(UUID projectId, LocalDate receivedOn, BigDecimal amount, String note) {
        ProjectFundRecord r = database.dsl().newRecord(PROJECT_FUND);
        r.setProjectId(projectId);
        r.setReceivedOn(receivedOn);
        r.setAmount(amount);
        r.setNote(note);
        return writer.insert(r).getId();
    }

    public void deleteFund(UUID fundId, int version) {
        writer.softDelete(PROJECT_FUND, fundId, version);
    }

    public List<Incentive> incentives(UUID projectId) {
        return database.dsl().select(PROJECT_INCENTIVE.asterisk(), POLICY.NAME).from(PROJECT_INCENTIVE)
                .leftJoin(POLICY).on(POLICY.ID.eq(PROJECT_INCENTIVE.POLICY_ID))
                .where(PROJECT_INCENTIVE.PROJECT_ID.eq(projectId)).and(PROJECT_INCENTIVE.DELETED_AT.isNull())
                .orderBy(PROJECT_INCENTIVE.PROMISED_ON.asc().nullsLast(), PROJECT_INCENTIVE.CREATED_AT)
                .fetch(r -> {
                    ProjectIncentiveRecord i = r.into(PROJECT_INCENTIVE);
                    return new Incentive(i.getId(), i.getVersion(), i.getPolicyId(), r.get(POLICY.NAME), i.getDescription(),
                            i.getPromisedOn(), i.getPromisedAmount(), i.getDeliveredOn(), i.getDeliveredAmount());
                });
    }

    public boolean policyExists(UUID policyId) {
        return database.dsl().fetchExists(POLICY, POLICY.ID.eq(policyId).and(POLICY.DELETED_AT.isNull()));
    }

    public UUID addIncentive(UUID projectId, IncentiveDraft d) {
        ProjectIncentiveRecord r = database.dsl().newRecord(PROJECT_INCENTIVE);
        r.setProjectId(projectId);
        fill(r, d);
        return writer.insert(r).getId();
    }

    public void updateIncentive(UUID id, int version, IncentiveDraft d) {
        ProjectIncentiveRecord r = database.dsl().selectFrom(PROJECT_INCENTIVE).where(PROJECT_INCENTIVE.ID.eq(id))
                .and(PROJECT_INCENTIVE.DELETED_AT.isNull()).fetchOne();
        if (r == null) {
            throw new DeskException("project.error.notFound");
        }
        fill(r, d);
        r.setVersion(version);
        writer.update(r);
    }

    public void deleteIncentive(UUID id, int version) {
        writer.softDelete(PROJECT_INCENTIVE, id, version);
    }

    private static void fill(ProjectIncentiveRecord r, IncentiveDraft d) {
        r.setPolicyId(d.policyId());
        r.setDescription(d.description());
        r.setPromisedOn(d.promisedOn());
        r.setPromisedAmount(d.promisedAmount());
        r.setDeliveredOn(d.deliveredOn());
        r.setDeliveredAmount(d.deliveredAmount());
    }
}
