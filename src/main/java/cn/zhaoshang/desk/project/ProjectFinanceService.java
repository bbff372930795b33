package cn.zhaoshang.desk.project;

import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.RecordWriter;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.time.OfficeZone;
import cn.zhaoshang.desk.project.db.FinanceRepository;
import cn.zhaoshang.desk.security.CompanyAccess;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The money around a project: funds in place (资金到位) recorded as dated amounts, with their total
 * and rate against the contract amount, and incentives (奖补) promised and delivered, each referring
 * to a policy of the policy library or described in free text.
 */
public final class ProjectFinanceService {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Database database;
    private final FinanceRepository repository;
    private final Clock clock;
    /** Funds and incentives are as hidden as their project's company (decision 0009). */
    private final CompanyAccess access;

    public ProjectFinanceService(Database database, RecordWriter writer, Clock clock, CompanyAccess access) {
        this.database = database;
        this.access = access;
        this.repository = new FinanceRepository(database, writer);
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(OfficeZone.ZONE));
    }

    // Funds in place

    public List<Fund> funds(UUID projectId) {
        access.requireProjectVisible(projectId);
        return repository.funds(projectId);
    }

    /** Total, contract amount and rate (percent, one decimal; null without a contract amount). */
    public FundSummary fundSummary(UUID projectId) {
        access.requireProjectVisible(projectId);
        List<Fund> funds = repository.funds(projectId);
        BigDecimal total = funds.stream().map(Fund::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal contract = repository.contractAmount(projectId);
        return new FundSummary(total, contract, rate(total, contract), funds.size());
    }

    /** 资金到位率: funds in place over the contract amount, in percent. */
    public static BigDecimal rate(BigDecimal total, BigDecimal contract) {
        if (contract == null || contract.signum() <= 0) {
            return null;
        }
        return total.multiply(HUNDRED).divide(contract, 1, RoundingMode.HALF_UP);
    }

    public UUID addFund(UUID projectId, LocalDate receivedOn, BigDecimal amount, String note) {
        if (receivedOn == null) {
            throw new DeskException("project.fund.error.dateRequired");
        }
        if (receivedOn.isAfter(today())) {
            throw new DeskException("project.transition.error.future", today());
        }
        if (amount == null || amount.signum() <= 0) {
            throw new DeskException("project.fund.error.amountPositive");
        }
        return database.transaction(() -> {
            requireProject(projectId);
            return repository.addFund(projectId, receivedOn, amount, note == null || note.isBlank() ? null : note.strip());
        });
    }

    /** Removes a wrongly entered amount (soft delete: it stays in the trash and the audit log). */
    public void deleteFund(UUID fundId, int version) {
        database.transaction(() -> {
            access.requireProjectVisible(repository.projectOfFund(fundId));
            repository.deleteFund(fundId, version);
        });
    }

    // Incentives

    public List<Incentive> incentives(UUID projectId) {
        access.requireProjectVisible(projectId);
        return repository.incentives(projectId);
    }

    public UUID addIncentive(UUID projectId, IncentiveDraft draft) {
        IncentiveDraft clean = validate(draft);
        return database.transaction(() -> {
            requireProject(projectId);
            return repository.addIncentive(projectId, clean);
        });
    }

    public void updateIncentive(UUID id, int version, IncentiveDraft draft) {
        IncentiveDraft clean = validate(draft);
        database.transaction(() -> {
            access.requireProjectVisible(repository.projectOfIncentive(id));
            repository.updateIncentive(id, version, clean);
        });
    }

    public void deleteIncentive(UUID id, int version) {
        database.transaction(() -> {
            access.requireProjectVisible(repository.projectOfIncentive(id));
            repository.deleteIncentive(id, version);
        });
    }

    private IncentiveDraft validate(IncentiveDraft d) {
        String description = d.description() == null || d.description().isBlank() ? null : d.description().strip();
        if (d.policyId() == null && description == null) {
            throw new DeskException("project.incentive.error.policyOrDescription");
        }
        if (d.policyId() != null && !repository.policyExists(d.policyId())) {
            throw new DeskException("project.incentive.error.policyMissing");
        }
        for (BigDecimal amount : new BigDecimal[] {d.promisedAmount(), d.deliveredAmount()}) {
            if (amount != null && amount.signum() < 0) {
                throw new DeskException("project.error.amountNegative");
            }
        }
        for (LocalDate date : new LocalDate[] {d.promisedOn(), d.deliveredOn()}) {
            if (date != null && date.isAfter(today())) {
                throw new DeskException("project.transition.error.future", today());
            }
        }
        if (d.promisedOn() != null && d.deliveredOn() != null && d.deliveredOn().isBefore(d.promisedOn())) {
            throw new DeskException("project.incentive.error.deliveredBeforePromised");
        }
        if (d.deliveredAmount() != null && d.deliveredOn() == null) {
            throw new DeskException("project.incentive.error.deliveredDateRequired");
        }
        return new IncentiveDraft(d.policyId(), description, d.promisedOn(), d.promisedAmount(), d.deliveredOn(),
                d.deliveredAmount());
    }

    private void requireProject(UUID projectId) {
        if (!repository.projectExists(projectId)) {
            throw new DeskException("project.error.notFound");
        }
        access.requireProjectVisible(projectId);
    }
}
