package cn.zhaoshang.desk.company;

import cn.zhaoshang.desk.common.db.AuditLog;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.RecordWriter;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.session.Session;
import cn.zhaoshang.desk.common.text.Uscc;
import cn.zhaoshang.desk.common.time.OfficeZone;
import cn.zhaoshang.desk.company.db.ClaimRepository;
import cn.zhaoshang.desk.company.db.CompanyListQuery;
import cn.zhaoshang.desk.company.db.CompanyRepository;
import cn.zhaoshang.desk.company.db.ContactRepository;
import cn.zhaoshang.desk.company.db.InteractionRepository;
import cn.zhaoshang.desk.company.db.LookupRepository;
import cn.zhaoshang.desk.company.db.MergeRepository;
import cn.zhaoshang.desk.company.db.SavedViewRepository;
import cn.zhaoshang.desk.search.SearchHit;
import cn.zhaoshang.desk.search.SearchService;
import cn.zhaoshang.desk.security.CompanyAccess;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The target-company library (目标企业库): the list (keyset pages, counts, filters, search), one
 * company's data with its tags, ladder and chain nodes, and duplicate warnings. Contacts, the visit
 * log, claims, saved views and the duplicate finder are reached through the accessors.
 *
 * <p>Every write is validated ({@link CompanyRules}), audited and version-checked (a stale save is
 * refused with {@link cn.zhaoshang.desk.common.db.StaleRecordException}), and then told to the
 * search index. "Today" is the date in China, where the office works.
 */
public final class CompanyService {
    /** The office's calendar: dates such as "today" and claim expiry follow it. */

    private final Database database;
    private final Session session;
    private final Clock clock;
    private final SearchService search;
    private final CompanyAccess access;
    private final CompanyRepository companies;
    private final LookupRepository lookups;
    private final CompanyListQuery list;
    private final ContactService contacts;
    private final VisitService visits;
    private final ClaimService claims;
    private final SavedViewService views;
    private final DuplicateService duplicates;

    public CompanyService(Database database, RecordWriter writer, AuditLog audit, SearchService search, Session session,
                          Clock clock, CompanyAccess access) {
        this.database = database;
        this.access = access;
        this.session = session;
        this.clock = clock;
        this.search = search;
        this.companies = new CompanyRepository(database, writer, audit);
        this.lookups = new LookupRepository(database);
        ClaimRepository claimRows = new ClaimRepository(database, writer, audit, lookups);
        this.list = new CompanyListQuery(database, lookups, claimRows);
        this.contacts = new ContactService(database, new ContactRepository(database, writer), this);
        this.visits = new VisitService(database, new InteractionRepository(database, writer), this, session);
        this.claims = new ClaimService(database, claimRows, this);
        this.views = new SavedViewService(database, new SavedViewRepository(database, writer), session);
        this.duplicates = new DuplicateService(database, new MergeRepository(database, audit), companies, claimRows, audit,
                this);
    }

    public ContactService contacts() { return contacts; }
    public VisitService visits() { return visits; }
    public ClaimService claims() { return claims; }
    public SavedViewService views() { return views; }
    public DuplicateService duplicates() { return duplicates; }

    /** Today in the office's calendar. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(OfficeZone.ZONE));
    }

    // The list

    /** One page of the list; pass the previous page's {@code next} to get the following one. */
    public CompanyPage page(CompanyFilter filter, CompanySort sort, PageKey after, int limit) {
        return list.page(filter, sort, after, limit, viewer());
    }

    /** How many companies pass the filter. A full count: run it in the background. */
    public int count(CompanyFilter filter) {
        return list.count(filter, viewer());
    }

    /**
     * Search-as-you-type: the search index's matches (Chinese substring, pinyin, initials, credit
     * code, contact names), best first, narrowed by the filter.
     */
    public List<CompanyRow> search(String query, CompanyFilter filter, int limit) {
        List<UUID> ids = search.search(query, limit).stream().map(SearchHit::companyId).toList();
        return list.rows(ids, filter, viewer());
    }

    /**
     * Every row of the list under this filter and sort, page by page (the list's export: what the screen
     * shows, not only the loaded pages).
     */
    public void forEachRow(CompanyFilter filter, CompanySort sort, Consumer<CompanyRow> each) {
        PageKey after = null;
        do {
            CompanyPage page = page(filter, sort, after, 1_000);
            page.rows().forEach(each);
            after = page.next();
        } while (after != null);
    }

    /** The list rows of these companies (those still in the library), in the given order. */
    public List<CompanyRow> rows(List<UUID> ids) {
        return list.rows(ids, CompanyFilter.NONE, viewer());
    }

    private CompanyListQuery.Viewer viewer() {
        LocalDate today = today();
        return new CompanyListQuery.Viewer(session.personId(), lookups.teamsOf(session.personId(), today), today,
                access.scope());
    }

    // One company

    /** The company, unless it is gone or the person working now may not read it (another team's claim). */
    public Optional<Company> find(UUID id) {
        return companies.find(id).filter(c -> access.isVisible(c.id()));
    }

    /** The company; refused when it is gone, or held by another team for a recruiter or team lead. */
    public Company get(UUID id) {
        access.requireVisible(id);
        return companies.find(id).orElseThrow(() -> new DeskException("company.error.notFound"));
    }

    /** What the company register says of the company (from registry exports); refused like {@link #get}. */
    public RegistryFacts registryFacts(UUID id) {
        access.requireVisible(id);
        return companies.registryFacts(id);
    }

    /** Which companies the person working now may read (for the other company services). */
    CompanyAccess access() {
        return access;
    }

    public Optional<Company> findByUscc(String uscc) {
        String code = Uscc.normalize(uscc);
        return code == null ? Optional.empty() : companies.findByUscc(code).filter(c -> access.isVisible(c.id()));
    }

    /**
     * The company with this credit code; refused (and the refusal recorded) when another team holds
     * it, "not found" when there is none.
     */
    public Company getByUscc(String uscc) {
        String code = Uscc.normalize(uscc);
        access.policy().requireSignedIn();
        Company company = (code == null ? Optional.<Company>empty() : companies.findByUscc(code))
                .orElseThrow(() -> new DeskException("company.error.notFoundUscc", uscc == null ? "" : uscc.strip()));
        access.requireVisible(company.id());
        return company;
    }

    /**
     * A company by what a person types (the command line's `company show`): its id, its credit code, its
     * exact name, else the only company whose name holds the text (the search index must be built). Companies without a credit code are
     * reachable too. Several candidates are refused with their names, none with a clear message.
     */
    public Company lookup(String typed) {
        String text = typed == null ? "" : typed.strip();
        UUID id = parseId(text);
        if (id != null) {
            access.requireVisible(id);   // refused (and recorded) before anything is shown when another team holds it
            return companies.find(id).orElseThrow(() -> new DeskException("company.error.notFoundAny", text));
        }
        Optional<Company> byCode = findByUscc(text).filter(c -> access.isVisible(c.id()));
        if (byCode.isPresent()) {
            return byCode.get();
        }
        List<DuplicateMatch> sameName = companies.duplicatesOf(null, null, text).stream()
                .filter(m -> !m.deleted() && m.reason() == DuplicateMatch.Reason.NAME && access.isVisible(m.id())).toList();
        if (sameName.size() == 1) {
            return get(sameName.get(0).id());
        }
        // Only hits whose name holds the text as typed: a pinyin or initials hit is too loose for "show this one".
        List<CompanyRow> containing = sameName.isEmpty() ? search(text, CompanyFilter.NONE, 20).stream()
                .filter(r -> r.name().toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT)))
                .toList() : List.of();
        if (containing.size() == 1) {
            return get(containing.get(0).id());
        }
        if (containing.isEmpty() && sameName.isEmpty()) {
            throw text.toUpperCase(Locale.ROOT).matches("[0-9A-Z]{18}")
                    ? new DeskException("company.error.notFoundUscc", text)
                    : new DeskException("company.error.notFoundAny", text);
        }
        List<String> names = sameName.isEmpty() ? containing.stream().map(CompanyRow::name).toList()
                : sameName.stream().map(m -> m.name() + (m.uscc() == null ? "" : " " + m.uscc())).toList();
        throw new DeskException("company.error.ambiguous", text, String.join("、", names.subList(0, Math.min(5, names.size()))));
    }

    private static UUID parseId(String text) {
        if (text.length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Companies the given code or name would duplicate (for the warning while typing and on save). */
    public List<DuplicateMatch> duplicatesOf(UUID self, String uscc, String name) {
        return companies.duplicatesOf(self, Uscc.normalize(uscc),
                CompanyInput.text(name));
    }

    /**
     * Creates a company. Refused when a rule is broken or the credit code is taken; a company with
     * the same normalised name is allowed (the form warns and asks first).
     */
    public Company create(CompanyData data) {
        access.policy().requireSignedIn();
        CompanyData clean = CompanyInput.clean(data);
        FieldProblem.refuseIfAny(CompanyRules.check(clean, today()));
        return database.transaction(() -> {
            refuseTakenUscc(null, clean.uscc());
            return companies.insert(clean);
        });
    }

    /** Saves changes if nobody saved the company since {@code expectedVersion} was read. */
    public Company update(UUID id, int expectedVersion, CompanyData data) {
        CompanyData clean = CompanyInput.clean(data);
        FieldProblem.refuseIfAny(CompanyRules.check(clean, today()));
        if (id.equals(clean.referrerCompanyId())) {
            throw new DeskException("company.validation.referrerSelf");
        }
        access.requireVisible(id);
        return database.transaction(() -> {
            refuseTakenUscc(id, clean.uscc());
            return companies.update(id, expectedVersion, clean);
        });
    }

    /** Moves the company to the trash (soft delete); its contacts and visits stay attached. */
    public void delete(UUID id, int expectedVersion) {
        access.requireVisible(id);
        companies.softDelete(id, expectedVersion);
    }

    private void refuseTakenUscc(UUID self, String uscc) {
        if (uscc == null) {
            return;
        }
        companies.duplicatesOf(self, uscc, null).stream().filter(m -> m.reason() == DuplicateMatch.Reason.USCC)
                .findFirst().ifPresent(m -> {
                    throw new DeskException(m.deleted() ? "company.error.usccInTrash" : "company.error.usccTaken",
                            uscc, m.name());
                });
    }

    /** Refuses work on a company that is not (or no longer) in the library. */
    void requireCompany(UUID id) {
        if (!companies.exists(id)) {
            throw new DeskException("company.error.notFound");
        }
        access.requireVisible(id);
    }

    UUID sessionPerson() {
        return session.personId();
    }

    // What pickers offer

    public List<Choice> teams() {
        return lookups.teams();
    }

    /** Current members of the team, or everybody. */
    public List<Choice> people(UUID teamId) {
        return lookups.people(teamId, today());
    }

    /** The teams the signed-in person belongs to today. */
    public List<UUID> myTeams() {
        access.policy().requireSignedIn();
        return lookups.teamsOf(session.personId(), today());
    }

    public List<Choice> chainNodes() {
        return lookups.chainNodes();
    }

    /** Tags in use, most used first. */
    public List<String> tags() {
        return lookups.tags(200);
    }

    public String companyName(UUID id) {
        return id == null ? null : lookups.companyNames(List.of(id)).get(id);
    }

    /** Every region (GB/T 2260), for pickers. */
    public List<CodeChoice> divisions() {
        return lookups.divisions();
    }

    /** Every industry (GB/T 4754-2017), sections first, for pickers. */
    public List<CodeChoice> industries() {
        return lookups.industries();
    }

    // The names are cached after the first read: the cache must not answer where the database would refuse.
    public String divisionName(String code) {
        access.policy().requireSignedIn();
        return lookups.divisionName(code);
    }

    public String industryName(String code) {
        access.policy().requireSignedIn();
        return lookups.industryName(code);
    }
}
