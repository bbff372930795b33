package cn.zhaoshang.desk.company;

import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.company.db.ClaimRepository;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Claims (认领): a team or person holds a company for a set number of days so that two teams do not
 * chase the same firm. Others see the holder and cannot claim it meanwhile; the holder may renew.
 * A claim past its expiry no longer counts, and {@link #releaseLapsed} ends it in the history (公海).
 */
public final class ClaimService {
    public static final int DEFAULT_DAYS = 90;
    private final Database database;
    private final ClaimRepository claims;
    private final CompanyService companies;

    ClaimService(Database database, ClaimRepository claims, CompanyService companies) {
        this.database = database;
        this.claims = claims;
        this.companies = companies;
    }

    /** Who holds the company today, if anybody. */
    public Optional<Claim> current(UUID companyId) {
        companies.access().requireVisible(companyId);
        return claims.active(companyId, companies.today());
    }

    /** Every claim of the company, newest first (ended ones included). */
    public List<Claim> history(UUID companyId) {
        companies.access().requireVisible(companyId);
        return claims.history(companyId);
    }

    /**
     * Claims the company from today for {@code days} days. The same holder renews its claim; a
     * claim held by someone else is refused, naming the holder and the end date.
     */
    public Claim claim(UUID companyId, UUID teamId, UUID personId, int days) {
        FieldProblem.refuseIfAny(CompanyRules.checkClaim(teamId, personId, days));
        return database.transaction(() -> {
            companies.requireCompany(companyId);
            var today = companies.today();
            Optional<Claim> held = claims.active(companyId, today);
            if (held.isPresent()) {
                Claim c = held.get();
                if (Objects.equals(c.teamId(), teamId) && Objects.equals(c.personId(), personId)) {
                    return claims.extend(c.id(), c.version(), today.plusDays(days));
                }
                throw new DeskException("company.claim.error.held", c.holder(), c.expiresOn());
            }
            return claims.insert(companyId, teamId, personId, today, today.plusDays(days));
        });
    }

    /** Gives the company back to the common pool. */
    public void release(Claim claim) {
        database.transaction(() -> {
            UUID companyId = claims.companyOf(claim.id()).orElseThrow(() -> new DeskException("company.error.notFound"));
            companies.requireCompany(companyId);
            claims.end(claim.id(), claim.version(), ClaimEnd.RELEASED);
        });
    }

    /** Ends every claim past its expiry; run at start and once a day. Returns how many ended. */
    public int releaseLapsed() {
        companies.access().policy().requireSignedIn();
        return database.transaction(() -> claims.releaseLapsed(companies.today()));
    }
}
