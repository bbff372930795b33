package cn.zhaoshang.desk.company;

import cn.zhaoshang.desk.common.db.AuditLog;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.FieldChange;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.company.db.ClaimRepository;
import cn.zhaoshang.desk.company.db.CompanyRepository;
import cn.zhaoshang.desk.company.db.MergeRepository;
import cn.zhaoshang.desk.security.Permission;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The duplicate finder and merge. Duplicates are companies with the same normalised name (the
 * credit code is unique, so the same code cannot be stored twice). A merge keeps one company, moves
 * contacts, visits, projects, tasks, talent, tags, ladder rungs, chain-node links and claims of the
 * other to it, fills the kept company's empty fields from the other, and moves the other to the
 * trash, all in one transaction with one audit entry listing what moved.
 */
public final class DuplicateService {
    private static final int NOTES_LENGTH = 4000;
    private final Database database;
    private final MergeRepository merges;
    private final CompanyRepository companies;
    private final ClaimRepository claims;
    private final AuditLog audit;
    private final CompanyService service;

    /** What a merge did: the kept company and how many rows moved per table. */
    public record MergeResult(Company kept, Map<String, Integer> moved) {
    }

    DuplicateService(Database database, MergeRepository merges, CompanyRepository companies, ClaimRepository claims,
                     AuditLog audit, CompanyService service) {
        this.database = database;
        this.merges = merges;
        this.companies = companies;
        this.claims = claims;
        this.audit = audit;
        this.service = service;
    }

    /** Groups of companies sharing a normalised name, at most {@code limit} groups. */
    public List<DuplicateGroup> groups(int limit) {
        service.access().policy().require(Permission.MERGE_COMPANIES);
        return merges.groups(limit);
    }

    /** Merges two companies (managers and administrators: one of them disappears). */
    public MergeResult merge(UUID keepId, UUID dropId) {
        service.access().policy().require(Permission.MERGE_COMPANIES);
        if (keepId.equals(dropId)) {
            throw new DeskException("company.merge.error.same");
        }
        MergeResult result = database.transaction(() -> {
            Company keep = service.get(keepId);
            Company drop = service.get(dropId);
            Map<String, Integer> moved = new LinkedHashMap<>(merges.moveChildren(dropId, keepId));
            moved.putAll(merges.moveLinks(dropId, keepId));
            moved.put("claim", claims.moveAll(dropId, keepId, service.today()));
            moved.put("referrals", merges.moveReferrals(dropId, keepId));
            Company dropNow = service.get(dropId);
            if (keep.uscc() == null && drop.uscc() != null) {
                // The code is unique even in the trash: take it from the dropped company first.
                dropNow = companies.update(dropId, dropNow.version(), dropNow.data().toBuilder().uscc(null).build());
            }
            Company keepNow = service.get(keepId);
            CompanyData filled = fillBlanks(keepNow.data(), drop.data(), keepId, dropId);
            if (!filled.equals(keepNow.data())) {
                keepNow = companies.update(keepId, keepNow.version(), filled);
            }
            companies.softDelete(dropId, dropNow.version());
            Map<String, FieldChange> summary = new LinkedHashMap<>();
            summary.put("merged", new FieldChange(drop.name() + " (" + dropId + ")", keep.name() + " (" + keepId + ")"));
            moved.forEach((table, n) -> summary.put(table, new FieldChange(null, String.valueOf(n))));
            audit.record(AuditLog.Action.MERGE, "company", keepId, summary);
            return new MergeResult(keepNow, moved);
        });
        return result;
    }

    /** The kept company's data, with what it lacks taken from the other one. */
    static CompanyData fillBlanks(CompanyData keep, CompanyData other, UUID keepId, UUID otherId) {
        CompanyData.Builder b = keep.toBuilder();
        b.uscc(first(keep.uscc(), other.uscc()));
        b.shortName(first(keep.shortName(), other.shortName()));
        b.legalRep(first(keep.legalRep(), other.legalRep()));
        b.registeredCapital(first(keep.registeredCapital(), other.registeredCapital()));
        b.foundedOn(first(keep.foundedOn(), other.foundedOn()));
        b.divisionCode(first(keep.divisionCode(), other.divisionCode()));
        b.address(first(keep.address(), other.address()));
        b.industryCode(first(keep.industryCode(), other.industryCode()));
        b.sourceChannel(first(keep.sourceChannel(), other.sourceChannel()));
        UUID referrer = first(keep.referrerCompanyId(), other.referrerCompanyId());
        b.referrerCompanyId(keepId.equals(referrer) || otherId.equals(referrer) ? null : referrer);
        b.fundName(first(keep.fundName(), other.fundName()));
        b.ownerTeamId(first(keep.ownerTeamId(), other.ownerTeamId()));
        b.ownerPersonId(first(keep.ownerPersonId(), other.ownerPersonId()));
        b.score(first(keep.score(), other.score()));
        b.website(first(keep.website(), other.website()));
        b.locatedInDistrict(keep.locatedInDistrict() || other.locatedInDistrict());
        b.specialized(keep.specialized() || other.specialized());
        b.listed(keep.listed() || other.listed());
        b.fortune500(keep.fortune500() || other.fortune500());
        b.notes(joinNotes(keep.notes(), other.notes()));
        return b.build();
    }

    private static <T> T first(T a, T b) {
        return a != null ? a : b;
    }

    private static String joinNotes(String a, String b) {
        if (b == null || b.equals(a)) {
            return a;
        }
        if (a == null) {
            return b;
        }
        String joined = a + "\n——\n" + b;
        return joined.length() > NOTES_LENGTH ? joined.substring(0, NOTES_LENGTH) : joined;
    }
}
