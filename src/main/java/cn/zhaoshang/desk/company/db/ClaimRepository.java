package cn.zhaoshang.desk.company.db;

import static cn.zhaoshang.desk.generated.Tables.CLAIM;

import cn.zhaoshang.desk.common.change.ChangeKind;
import cn.zhaoshang.desk.common.db.AuditLog;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.RecordWriter;
import cn.zhaoshang.desk.company.Claim;
import cn.zhaoshang.desk.company.ClaimEnd;
import cn.zhaoshang.desk.generated.tables.records.ClaimRecord;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;

/** Claims (认领) of companies: who holds what until when, and every claim that ended. */
public final class ClaimRepository {
    private final Database database;
    private final RecordWriter writer;
    private final AuditLog audit;
    private final LookupRepository lookups;

    /** Who holds a company, for the list. */
    public record Holder(String name, LocalDate until) {
    }

    public ClaimRepository(Database database, RecordWriter writer, AuditLog audit, LookupRepository lookups) {
        this.database = database;
        this.writer = writer;
        this.audit = audit;
        this.lookups = lookups;
    }

    private static Condition activeOn(LocalDate day) {
        return CLAIM.DELETED_AT.isNull().and(CLAIM.RELEASED_AT.isNull()).and(CLAIM.EXPIRES_ON.ge(day));
    }

    public Map<UUID, Holder> holders(List<UUID> companyIds, LocalDate today) {
        if (companyIds.isEmpty()) {
            return Map.of();
        }
        List<ClaimRecord> active = database.dsl().selectFrom(CLAIM).where(CLAIM.COMPANY_ID.in(companyIds))
                .and(activeOn(today)).fetch();
        List<Claim> claims = named(active);
        Map<UUID, Holder> result = new HashMap<>();
        claims.forEach(c -> result.put(c.companyId(), new Holder(c.holder(), c.expiresOn())));
        return result;
    }

    public Optional<Claim> active(UUID companyId, LocalDate today) {
        return named(database.dsl().selectFrom(CLAIM).where(CLAIM.COMPANY_ID.eq(companyId)).and(activeOn(today))
                .orderBy(CLAIM.CLAIMED_ON.desc()).limit(1).fetch()).stream().findFirst();
    }

    /** The company a claim is on. */
    public Optional<UUID> companyOf(UUID claimId) {
        return database.dsl().select(CLAIM.COMPANY_ID).from(CLAIM).where(CLAIM.ID.eq(claimId)).fetchOptional(CLAIM.COMPANY_ID);
    }

    /** Every claim of the company, newest first. */
    public List<Claim> history(UUID companyId) {
        return named(database.dsl().selectFrom(CLAIM).where(CLAIM.COMPANY_ID.eq(companyId)).and(CLAIM.DELETED_AT.isNull())
                .orderBy(CLAIM.CLAIMED_ON.desc(), CLAIM.CREATED_AT.desc()).fetch());
    }

    public Claim insert(UUID companyId, UUID teamId, UUID personId, LocalDate claimedOn, LocalDate expiresOn) {
        ClaimRecord r = database.dsl().newRecord(CLAIM);
        r.setCompanyId(companyId);
        r.setTeamId(teamId);
        r.setPersonId(personId);
        r.setClaimedOn(claimedOn);
        r.setExpiresOn(expiresOn);
        return named(List.of(writer.insert(r))).get(0);
    }

    public Claim extend(UUID claimId, int version, LocalDate expiresOn) {
        ClaimRecord r = writer.load(CLAIM, claimId);
        r.setExpiresOn(expiresOn);
        r.setVersion(version);
        return named(List.of(writer.update(r))).get(0);
    }

    public void end(UUID claimId, int version, ClaimEnd reason) {
        ClaimRecord r = writer.load(CLAIM, claimId);
        r.setReleasedAt(audit.now());
        r.setReleaseReason(reason);
        r.setVersion(version);
        writer.update(r);
    }

    /**
     * Ends every claim whose expiry has passed (公海: the company is free again) and records one audit
     * summary; returns how many ended. The list already treats them as lapsed; this keeps the history.
     */
    public int releaseLapsed(LocalDate today) {
        var now = audit.now();
        List<UUID> ended = database.dsl().update(CLAIM).set(CLAIM.RELEASED_AT, now)
                .set(CLAIM.RELEASE_REASON, ClaimEnd.LAPSED)
                .set(CLAIM.UPDATED_AT, now).set(CLAIM.VERSION, CLAIM.VERSION.plus(1))
                .where(CLAIM.RELEASED_AT.isNull()).and(CLAIM.DELETED_AT.isNull()).and(CLAIM.EXPIRES_ON.lt(today))
                .returningResult(CLAIM.ID).fetch(CLAIM.ID);
        database.recordChange(CLAIM.getName(), ChangeKind.UPDATE, ended);
        int n = ended.size();
        if (n > 0) {
            audit.recordBulk(AuditLog.Action.UPDATE, CLAIM.getName(), "lapsed before " + today + ": " + n, null);
        }
        return n;
    }

    /** Moves every claim of {@code from} to {@code to}; ends {@code from}'s active one if {@code to} has one. */
    public int moveAll(UUID from, UUID to, LocalDate today) {
        Optional<Claim> kept = active(to, today);
        Optional<Claim> moved = active(from, today);
        if (kept.isPresent() && moved.isPresent()) {
            end(moved.get().id(), moved.get().version(), ClaimEnd.MERGED);
        }
        List<UUID> movedClaims = database.dsl().update(CLAIM).set(CLAIM.COMPANY_ID, to).set(CLAIM.UPDATED_AT, audit.now())
                .set(CLAIM.VERSION, CLAIM.VERSION.plus(1)).where(CLAIM.COMPANY_ID.eq(from))
                .returningResult(CLAIM.ID).fetch(CLAIM.ID);
        database.recordChange(CLAIM.getName(), ChangeKind.UPDATE, movedClaims);
        return movedClaims.size();
    }

    private List<Claim> named(List<ClaimRecord> records) {
        Set<UUID> teams = new HashSet<>();
        Set<UUID> people = new HashSet<>();
        records.forEach(r -> {
            if (r.getTeamId() != null) {
                teams.add(r.getTeamId());
            }
            if (r.getPersonId() != null) {
                people.add(r.getPersonId());
            }
        });
        Map<UUID, String> teamNames = lookups.teamNames(teams);
        Map<UUID, String> personNames = lookups.personNames(people);
        return records.stream().map(r -> new Claim(r.getId(), r.getVersion(), r.getCompanyId(), r.getTeamId(),
                teamNames.get(r.getTeamId()), r.getPersonId(), personNames.get(r.getPersonId()), r.getClaimedOn(),
                r.getExpiresOn(), r.getReleasedAt(),
                r.getReleaseReason())).toList();
    }
}
