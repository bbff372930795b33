package cn.zhaoshang.desk.policy;

import cn.zhaoshang.desk.attachment.AttachmentStore;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.Ids;
import cn.zhaoshang.desk.common.db.RecordWriter;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.text.TextNormalizer;
import cn.zhaoshang.desk.common.time.OfficeZone;
import cn.zhaoshang.desk.policy.db.AttachmentRepository;
import cn.zhaoshang.desk.policy.db.IncentiveRepository;
import cn.zhaoshang.desk.policy.db.PolicyProjectRepository;
import cn.zhaoshang.desk.policy.db.PolicyRepository;
import cn.zhaoshang.desk.reference.ReferenceDataService;
import cn.zhaoshang.desk.security.CompanyAccess;
import java.nio.file.Path;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Incentive policies (奖补政策): the library, its versions, which policies apply to a project, and
 * the attachments of each version. Promises to projects live in {@link IncentiveService}.
 *
 * <p>Versioning: {@link #revise} never changes a version's content; it marks the current version
 * superseded and adds the next one, so a promise keeps pointing at the text it was made under.
 * Only the current version of a policy appears in the library; older ones stay readable through
 * {@link #versions} and {@link #get}. Attachments are copied (by reference to the same stored file) to
 * the new version.
 */
public final class PolicyService {
    /** Policies ending within this many days are flagged as expiring. */
    public static final int EXPIRY_WARNING_DAYS = 60;

    private final Database database;
    private final PolicyRepository policies;
    private final AttachmentRepository attachments;
    private final PolicyProjectRepository projects;
    private final AttachmentStore store;
    private final ReferenceDataService referenceData;
    private final Clock clock;
    /** A project's facts (and so its incentives) are as hidden as its company (decision 0009). */
    private final CompanyAccess access;

    public PolicyService(Database database, RecordWriter writer, ReferenceDataService referenceData, AttachmentStore store,
                         Clock clock, CompanyAccess access) {
        this.database = database;
        this.access = access;
        this.policies = new PolicyRepository(database, writer);
        this.attachments = new AttachmentRepository(database, writer);
        this.projects = new PolicyProjectRepository(database);
        this.store = store;
        this.referenceData = referenceData;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Current versions matching the filter, by name (in pinyin order). */
    public List<Policy> library(PolicyFilter filter) {
        LocalDate today = today();
        String text = filter.text() == null ? "" : filter.text().strip().toLowerCase(Locale.ROOT);
        return policies.findCurrent().stream()
                .filter(p -> text.isEmpty() || contains(p, text))
                .filter(p -> filter.industryCode() == null || p.industryCodes().isEmpty()
                        || p.industryCodes().contains(filter.industryCode())
                        || p.industryCodes().contains(sectionOf(filter.industryCode())))
                .filter(p -> filter.tier() == null || p.ladderTiers().isEmpty() || p.ladderTiers().contains(filter.tier().name()))
                .filter(p -> filter.status() == null || p.status(today, EXPIRY_WARNING_DAYS) == filter.status())
                .sorted(Comparator.comparing(Policy::name, Collator.getInstance(Locale.CHINA)))
                .toList();
    }

    private static boolean contains(Policy p, String text) {
        return Stream.of(p.name(), p.content().issuer(), p.content().documentNo(), p.content().benefitSummary())
                .filter(Objects::nonNull).anyMatch(s -> s.toLowerCase(Locale.ROOT).contains(text));
    }

    private String sectionOf(String divisionCode) {
        return industrySections().getOrDefault(divisionCode, divisionCode);
    }

    /** Current policies whose end date falls within the next {@code days} days (today included). */
    public List<Policy> expiringWithin(int days) {
        LocalDate today = today();
        return policies.findCurrent().stream()
                .filter(p -> p.effectiveTo() != null && !p.effectiveTo().isBefore(today)
                        && !p.effectiveTo().isAfter(today.plusDays(days)))
                .sorted(Comparator.comparing(Policy::effectiveTo)).toList();
    }

    /** Any version by id (superseded and trashed ones too: promises refer to them). */
    public Policy get(UUID id) {
        return policies.find(id).orElseThrow(() -> new DeskException("policy.error.notFound"));
    }

    /** All versions of the policy, newest first. */
    public List<Policy> versions(UUID policyKey) {
        return policies.versions(policyKey);
    }

    public Policy create(PolicyDraft draft) {
        access.policy().requireSignedIn();
        PolicyDraft clean = checked(draft);
        return database.transaction(() -> policies.insert(Ids.next(), 1, clean));
    }

    /**
     * Adds a new version with the given content and marks {@code policyId} superseded. Refused when that
     * version is no longer current or was changed since the user read it ({@code expectedVersion}).
     * Saving unchanged content adds nothing and returns the current version.
     */
    public Policy revise(UUID policyId, int expectedVersion, PolicyDraft draft) {
        access.policy().requireSignedIn();
        PolicyDraft clean = checked(draft);
        return database.transaction(() -> {
            Policy current = get(policyId);
            if (!current.isCurrent()) {
                throw new DeskException("policy.error.notCurrent", current.versionNo());
            }
            if (current.content().equals(clean) && current.version() == expectedVersion) {
                return current;
            }
            OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
            policies.supersede(current.id(), expectedVersion, now);
            Policy next = policies.insert(current.policyKey(), policies.highestVersionNo(current.policyKey()) + 1, clean);
            attachments.of(current.id()).forEach(a -> attachments.insert(next.id(), a.fileName(), a.sha256(), a.sizeBytes()));
            return next;
        });
    }

    /** Moves a policy (its current version) to the trash; promises keep their versions. */
    public void delete(UUID policyId, int expectedVersion) {
        database.transaction(() -> {
            Policy current = get(policyId);
            if (!current.isCurrent()) {
                throw new DeskException("policy.error.notCurrent", current.versionNo());
            }
            policies.softDelete(policyId, expectedVersion);
        });
    }

    /**
     * The version of a policy in force on a day: among the versions whose effective dates cover the day,
     * the newest that already existed on that day; when none existed yet (the policy was entered later),
     * the oldest covering version. Refused when no version covers the day.
     */
    public Policy versionInForce(UUID policyKey, LocalDate day) {
        List<Policy> covering = policies.versions(policyKey).stream().filter(p -> p.inForceOn(day)).toList();
        if (covering.isEmpty()) {
            throw new DeskException("policy.error.notInForce", day.toString());
        }
        return covering.stream()
                .filter(p -> !p.createdAt().atZoneSameInstant(OfficeZone.ZONE).toLocalDate().isAfter(day))
                .max(Comparator.comparingInt(Policy::versionNo))
                .orElse(covering.get(covering.size() - 1));
    }

    /** The facts that decide applicability, as of a day. */
    public ProjectFacts projectFacts(UUID projectId, LocalDate day) {
        access.requireProjectVisible(projectId);
        return projects.facts(projectId, day).orElseThrow(() -> new DeskException("policy.error.projectNotFound"));
    }

    /** Refuses a project the person working now may not read (for the incentive ledger). */
    void requireProjectVisible(UUID projectId) {
        access.requireProjectVisible(projectId);
    }

    /** Current policies that apply to the project on the day (industry, tier, size, dates), by name. */
    public List<Policy> applicableTo(UUID projectId, LocalDate day) {
        return database.transaction(() -> {
            ProjectFacts facts = projectFacts(projectId, day);
            return policies.findCurrent().stream().filter(p -> PolicyMatcher.applies(p, facts, day))
                    .sorted(Comparator.comparing(Policy::name, Collator.getInstance(Locale.CHINA))).toList();
        });
    }

    /** Projects for a picker, by name (confidential ones by code name). */
    public List<ProjectRef> findProjects(String text, int limit) {
        String q = TextNormalizer.clean(text);
        return q == null ? List.of() : projects.find(q, limit);
    }

    /** Live projects in the given stages (e.g. signed and beyond), most recently moved first. */
    public List<ProjectRef> projectsInStages(Collection<String> stages, int limit) {
        return projects.inStages(stages, limit);
    }

    /** GB/T 4754 divisions with their names, for choosing and showing industries. */
    public Map<String, String> industryChoices() {
        Map<String, String> choices = new LinkedHashMap<>();
        for (ReferenceDataService.Industry section : referenceData.industries(null)) {
            choices.put(section.code(), section.name());
            referenceData.industries(section.code()).forEach(d -> choices.put(d.code(), d.name()));
        }
        return choices;
    }

    private Map<String, String> sections;

    private synchronized Map<String, String> industrySections() {
        if (sections == null) {
            Map<String, String> map = new HashMap<>();
            for (ReferenceDataService.Industry section : referenceData.industries(null)) {
                referenceData.industries(section.code()).forEach(d -> map.put(d.code(), section.code()));
            }
            sections = map;
        }
        return sections;
    }

    // Attachments

    public List<PolicyAttachment> attachments(UUID policyId) {
        return attachments.of(policyId);
    }

    /** Stores the file by hash (once, however often it is attached) and attaches it to the version. */
    public PolicyAttachment attach(UUID policyId, Path file) {
        Policy policy = get(policyId);
        if (!policy.isCurrent()) {
            throw new DeskException("policy.error.notCurrent", policy.versionNo());
        }
        AttachmentStore.Stored stored = store.store(file);
        return database.transaction(() -> attachments.insert(policyId, file.getFileName().toString(), stored.sha256(),
                stored.sizeBytes()));
    }

    /** A plain copy of an attachment (stored encrypted), outside the data folder, to open or copy. */
    public Path attachmentFile(PolicyAttachment attachment) {
        access.policy().requireSignedIn();
        return store.openCopy(attachment.sha256(), attachment.fileName());
    }

    /** Takes an attachment off a version; the stored file stays (other versions may share it). */
    public void removeAttachment(UUID attachmentId, int expectedVersion) {
        attachments.softDelete(attachmentId, expectedVersion);
    }

    private static PolicyDraft checked(PolicyDraft d) {
        PolicyDraft clean = new PolicyDraft(TextNormalizer.clean(d.name()), TextNormalizer.clean(d.issuer()),
                TextNormalizer.clean(d.documentNo()), d.effectiveFrom(), d.effectiveTo(),
                d.industryCodes().stream().distinct().sorted().toList(),
                d.ladderTiers().stream().distinct().sorted(Comparator.comparingInt(t -> PolicyLadderTier.of(t).map(Enum::ordinal).orElse(99))).toList(),
                d.minInvestment(), d.maxInvestment(), d.benefitSummary() == null || d.benefitSummary().isBlank() ? null : d.benefitSummary().strip());
        PolicyRules.check(clean).ifPresent(e -> {
            throw e;
        });
        return clean;
    }
}
