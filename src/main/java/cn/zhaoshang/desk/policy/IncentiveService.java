package cn.zhaoshang.desk.policy;

import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.RecordWriter;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.i18n.FieldInputException;
import cn.zhaoshang.desk.common.text.TextNormalizer;
import cn.zhaoshang.desk.policy.db.IncentiveRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What was promised to projects and what was delivered (一企一策). A promise made under a policy
 * records the policy version in force on the promise date ({@link PolicyService#versionInForce}) and
 * keeps it when the policy is revised later. A bespoke promise has no policy but must say what it is.
 * Delivery is cumulative: the delivered amount is the total paid so far, never more than promised.
 */
public final class IncentiveService {
    private final Database database;
    private final IncentiveRepository incentives;
    private final PolicyService policies;
    private final Clock clock;

    public IncentiveService(Database database, RecordWriter writer, PolicyService policies, Clock clock) {
        this.database = database;
        this.incentives = new IncentiveRepository(database, writer);
        this.policies = policies;
        this.clock = clock;
    }

    /**
     * Records a promise to a project.
     *
     * @param policyKey the policy (any of its versions' key), or null for a bespoke promise
     * @param amount 万元; may be null for a promise in kind (rent-free space …), then the description says what
     */
    public Incentive promise(UUID projectId, UUID policyKey, LocalDate promisedOn, BigDecimal amount, String description) {
        String text = TextNormalizer.clean(description);
        if (promisedOn == null) {
            throw new FieldInputException("promisedOn", "policy.error.dateRequired");
        }
        if (promisedOn.isAfter(LocalDate.now(clock))) {
            throw new FieldInputException("promisedOn", "policy.error.dateInFuture");
        }
        if (amount != null && amount.signum() < 0) {
            throw new FieldInputException("promisedAmount", "policy.error.negative");
        }
        if (policyKey == null && text == null) {
            throw new FieldInputException("description", "policy.error.bespokeNeedsDescription");
        }
        if (amount == null && text == null) {
            throw new FieldInputException("promisedAmount", "policy.error.amountOrDescription");
        }
        if (text != null && text.length() > 1000) {
            throw new FieldInputException("description", "policy.error.tooLong", 1000);
        }
        return database.transaction(() -> {
            policies.projectFacts(projectId, promisedOn);
            UUID policyId = policyKey == null ? null : policies.versionInForce(policyKey, promisedOn).id();
            return incentives.insert(projectId, policyId, text, promisedOn, amount);
        });
    }

    /** Records what has been delivered so far on a promise (cumulative amount, date of the latest payment). */
    public Incentive deliver(UUID incentiveId, int expectedVersion, LocalDate deliveredOn, BigDecimal amount) {
        return database.transaction(() -> {
            Incentive promise = incentives.find(incentiveId).orElseThrow(() -> new DeskException("policy.error.incentiveNotFound"));
            policies.requireProjectVisible(promise.projectId());
            if (deliveredOn == null) {
                throw new FieldInputException("deliveredOn", "policy.error.dateRequired");
            }
            if (deliveredOn.isAfter(LocalDate.now(clock))) {
                throw new FieldInputException("deliveredOn", "policy.error.dateInFuture");
            }
            if (promise.promisedOn() != null && deliveredOn.isBefore(promise.promisedOn())) {
                throw new FieldInputException("deliveredOn", "policy.error.deliveredBeforePromised");
            }
            if (amount == null || amount.signum() < 0) {
                throw new FieldInputException("deliveredAmount", "policy.error.deliveredAmountRequired");
            }
            if (promise.promisedAmount() != null && amount.compareTo(promise.promisedAmount()) > 0) {
                throw new FieldInputException("deliveredAmount", "policy.error.deliveredExceedsPromised",
                        promise.promisedAmount().stripTrailingZeros().toPlainString());
            }
            return incentives.deliver(incentiveId, expectedVersion, deliveredOn, amount);
        });
    }

    public void delete(UUID incentiveId, int expectedVersion) {
        database.transaction(() -> {
            Incentive promise = incentives.find(incentiveId).orElseThrow(() -> new DeskException("policy.error.incentiveNotFound"));
            policies.requireProjectVisible(promise.projectId());
            incentives.softDelete(incentiveId, expectedVersion);
        });
    }

    public List<Incentive> ofProject(UUID projectId) {
        policies.requireProjectVisible(projectId);
        return incentives.ofProject(projectId);
    }

    /** Promises made under any version of a policy (shown on the policy's detail). */
    public List<Incentive> underPolicy(UUID policyKey) {
        return incentives.underPolicy(policyKey);
    }

    /** Promised vs delivered per project, largest promise first. */
    public List<IncentiveTotals> totalsByProject() {
        return incentives.totalsByProject();
    }

    /** Promised vs delivered over all projects. */
    public IncentiveTotals overall() {
        return incentives.overall();
    }
}
