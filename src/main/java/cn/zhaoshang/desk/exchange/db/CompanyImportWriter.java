package cn.zhaoshang.desk.exchange.db;

import static cn.zhaoshang.desk.exchange.ImportField.*;
import static cn.zhaoshang.desk.generated.Tables.COMPANY;
import static cn.zhaoshang.desk.generated.Tables.COMPANY_TAG;
import static cn.zhaoshang.desk.generated.Tables.CONTACT;

import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.db.BulkInserter;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.Ids;
import cn.zhaoshang.desk.common.text.CompanyNames;
import cn.zhaoshang.desk.company.PursuitStatus;
import cn.zhaoshang.desk.exchange.DuplicatePolicy;
import cn.zhaoshang.desk.exchange.ImportField;
import cn.zhaoshang.desk.exchange.rows.ParsedRow;
import cn.zhaoshang.desk.generated.tables.records.CompanyRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.Field;

/**
 * Companies from a list. A row is the same company as a stored one when the credit codes match, or
 * when the normalised names match and one side has no code (two different codes are two legal
 * entities, even with the same name). A match found in the trash is brought back with the file's
 * values; a second row of a company earlier in the same file is merged into it (its values fill what
 * is still empty, its contact is added); otherwise the duplicate policy decides. An update refreshes
 * what the company register knows and fills the office's own fields only where they are empty
 * ({@link CompanyValues}). A contact on the row is added to its company.
 */
public final class CompanyImportWriter implements ChunkWriter {
    private static final List<Field<?>> INSERT = new ArrayList<>(List.of(COMPANY.ID, COMPANY.CREATED_AT,
            COMPANY.UPDATED_AT, COMPANY.VERSION, COMPANY.NORMALIZED_NAME, COMPANY.IMPORT_ID));
    private static final List<Field<?>> UPDATE = new ArrayList<>(List.of(COMPANY.NORMALIZED_NAME, COMPANY.DELETED_AT));

    static {
        INSERT.addAll(CompanyValues.COLUMNS);
        UPDATE.addAll(CompanyValues.COLUMNS);
    }

    private final Database database;
    private final BulkInserter bulk;
    private final UpdateBatch updates;
    private final ContactRows contacts;

    public CompanyImportWriter(Database database, BulkInserter bulk) {
        this.database = database;
        this.bulk = bulk;
        this.updates = new UpdateBatch(database, bulk, COMPANY, UPDATE);
        this.contacts = new ContactRows(database, bulk);
    }

    /** One company the chunk writes: new, or stored (before is its stored state). */
    private static final class Target {
        final UUID id;
        final CompanyRecord before;
        final boolean createdHere;
        final Map<Field<?>, Object> values = new HashMap<>();
        final Set<String> storedTags;
        final Set<String> tags = new LinkedHashSet<>();
        final Set<String> storedContacts;
        final List<ParsedRow> contactRows = new ArrayList<>();
        boolean revived;

        Target(UUID id, CompanyRecord before, boolean createdHere, Set<String> storedTags, Set<String> storedContacts) {
            this.id = id;
            this.before = before;
            this.createdHere = createdHere;
            this.storedTags = storedTags;
            this.storedContacts = storedContacts;
        }

        Object current(Field<?> field) {
            return values.containsKey(field) ? values.get(field) : before == null ? null : before.get(field);
        }

        boolean isNew() {
            return before == null;
        }

        boolean inTrash() {
            return before != null && before.getDeletedAt() != null && !revived;
        }
    }

    @Override
    public ChunkResult write(List<ParsedRow> rows, ImportContext context) {
        String[] normalized = new String[rows.size()];
        Set<String> codes = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < normalized.length; i++) {
            ParsedRow row = rows.get(i);
            normalized[i] = CompanyNames.normalize(row.text(COMPANY_NAME));
            names.add(normalized[i]);
            if (row.has(COMPANY_USCC)) {
                codes.add(row.text(COMPANY_USCC));
            }
        }
        Stored stored = Stored.load(database, codes, names);

        ChunkResult result = new ChunkResult();
        Map<UUID, Target> targets = new LinkedHashMap<>();
        Map<String, Target> byCode = new HashMap<>();
        Map<String, Target> byName = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            ParsedRow row = rows.get(i);
            String code = row.text(COMPANY_USCC);
            Target match = null;
            boolean matchedByCode = false;
            if (code != null) {
                match = byCode.get(code);
                if (match == null && stored.byCode.containsKey(code)) {
                    match = targetFor(stored.byCode.get(code), stored, targets, context);
                }
                matchedByCode = match != null;
            }
            if (match == null) {
                Target sameName = byName.get(normalized[i]);
                if (sameName == null && stored.byName.containsKey(normalized[i])) {
                    sameName = targetFor(stored.byName.get(normalized[i]), stored, targets, context);
                }
                if (sameName != null && (code == null || sameName.current(COMPANY.USCC) == null)) {
                    match = sameName;
                }
            }
            if (match != null && match.inTrash()) {
                match.revived = true;
                match.values.put(COMPANY.DELETED_AT, null);
                apply(match, row, normalized[i], CompanyValues.Mode.ALL, result);
                result.imported++;
            } else if (match != null && (match.isNew() || match.createdHere)) {
                // The same company twice in one file: one company, the later row fills what is still empty.
                apply(match, row, normalized[i], CompanyValues.Mode.FILL, result);
                result.merged++;
            } else if (match != null && context.policy() != DuplicatePolicy.KEEP_BOTH) {
                if (context.policy() == DuplicatePolicy.UPDATE
                        && apply(match, row, normalized[i], CompanyValues.Mode.REFRESH, result)) {
                    result.updated++;
                } else {
                    result.skipped++;
                }
            } else if (match != null && matchedByCode) {
                row.reject("exchange.reason.usccTaken", code);
                continue;
            } else {
                match = new Target(Ids.next(), null, true, Set.of(), Set.of());
                targets.put(match.id, match);
                apply(match, row, normalized[i], CompanyValues.Mode.ALL, result);
                result.imported++;
            }
            if (match.current(COMPANY.USCC) != null) {
                byCode.put((String) match.current(COMPANY.USCC), match);
            }
            byName.putIfAbsent(normalized[i], match);
        }
        flush(targets.values(), context);
        return result;
    }

    private static Target targetFor(CompanyRecord record, Stored stored, Map<UUID, Target> targets, ImportContext context) {
        return targets.computeIfAbsent(record.getId(), id -> new Target(id, record,
                context.importId().equals(record.getImportId()), stored.tags.getOrDefault(id, Set.of()),
                stored.contactNames.getOrDefault(id, Set.of())));
    }

    /**
     * Puts the row's values on the target as the mode says; true when anything changes (a value, a
     * tag, a contact). A refresh counts each changed field of a stored company.
     */
    private static boolean apply(Target target, ParsedRow row, String normalizedName, CompanyValues.Mode mode,
                                 ChunkResult result) {
        Set<ImportField> changed = CompanyValues.apply(row, target.values, target::current, mode);
        if (target.values.containsKey(COMPANY.NAME)) {
            target.values.put(COMPANY.NORMALIZED_NAME, normalizedName);
        }
        boolean tagsAdded = false;
        for (String tag : row.list(TAGS)) {
            if (!target.storedTags.contains(tag) && target.tags.add(tag)) {
                tagsAdded = true;
            }
        }
        boolean contactAdded = false;
        if (row.has(CONTACT_NAME) && !target.storedContacts.contains(row.text(CONTACT_NAME))
                && target.contactRows.stream().noneMatch(c -> c.text(CONTACT_NAME).equals(row.text(CONTACT_NAME)))) {
            target.contactRows.add(row);
            contactAdded = true;
        }
        if (mode == CompanyValues.Mode.REFRESH) {
            changed.forEach(result::changed);
            if (tagsAdded) {
                result.changed(TAGS);
            }
            if (contactAdded) {
                result.changed(CONTACT_NAME);
            }
        }
        return !changed.isEmpty() || tagsAdded || contactAdded || mode == CompanyValues.Mode.ALL;
    }

    private void flush(Iterable<Target> targets, ImportContext context) {
        List<Object[]> inserts = new ArrayList<>();
        List<UpdateBatch.Pending> changes = new ArrayList<>();
        List<Object[]> tags = new ArrayList<>();
        for (Target t : targets) {
            if (t.isNew()) {
                inserts.add(insertRow(t, context));
            } else if (!t.values.isEmpty() || !t.tags.isEmpty() || t.revived) {
                Map<String, String[]> extra = t.tags.isEmpty() ? Map.of() : Map.of("tags", new String[] {
                        String.join("|", t.storedTags), String.join("|", union(t.storedTags, t.tags))});
                UpdateBatch.Pending p = new UpdateBatch.Pending(t.id, t.before, t.values, extra);
                if (p.changes()) {
                    changes.add(p);
                }
            }
            t.tags.forEach(tag -> tags.add(new Object[] {t.id, tag}));
            boolean firstIsPrimary = t.storedContacts.isEmpty();
            for (ParsedRow c : t.contactRows) {
                contacts.add(t.id, c, firstIsPrimary, context);
                firstIsPrimary = false;
            }
        }
        bulk.insert(COMPANY, INSERT, inserts.iterator(), Progress.NONE, inserts.size());
        updates.execute(changes, context);
        bulk.insert(COMPANY_TAG, List.of(COMPANY_TAG.COMPANY_ID, COMPANY_TAG.TAG), tags.iterator(), Progress.NONE, tags.size());
        contacts.flush();
    }

    private static Object[] insertRow(Target t, ImportContext context) {
        Object[] row = new Object[INSERT.size()];
        row[0] = t.id;
        row[1] = context.now();
        row[2] = context.now();
        row[3] = 0;
        row[4] = t.values.get(COMPANY.NORMALIZED_NAME);
        row[5] = context.importId();
        for (int i = 6; i < INSERT.size(); i++) {
            row[i] = t.values.get(INSERT.get(i));
        }
        setDefault(row, COMPANY.PURSUIT_STATUS, PursuitStatus.NEW);
        for (Field<?> flag : List.of(COMPANY.LOCATED_IN_DISTRICT, COMPANY.SPECIALIZED, COMPANY.LISTED, COMPANY.FORTUNE500)) {
            setDefault(row, flag, Boolean.FALSE);
        }
        return row;
    }

    private static void setDefault(Object[] row, Field<?> field, Object value) {
        int i = INSERT.indexOf(field);
        if (row[i] == null) {
            row[i] = value;
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }

    /** What the database holds for a chunk's codes and names. */
    private record Stored(Map<String, CompanyRecord> byCode, Map<String, CompanyRecord> byName,
                          Map<UUID, Set<String>> tags, Map<UUID, Set<String>> contactNames) {
        static Stored load(Database database, Set<String> codes, Set<String> names) {
            var dsl = database.dsl();
            Map<String, CompanyRecord> byCode = new HashMap<>();
            Map<String, CompanyRecord> byName = new HashMap<>();
            // Two index look-ups rather than one OR, which H2 would answer with a scan.
            if (!codes.isEmpty()) {
                dsl.selectFrom(COMPANY).where(InLists.in(COMPANY.USCC, codes)).forEach(r -> byCode.put(r.getUscc(), r));
            }
            if (!names.isEmpty()) {
                dsl.selectFrom(COMPANY).where(InLists.in(COMPANY.NORMALIZED_NAME, names)).and(COMPANY.DELETED_AT.isNull())
                        .orderBy(COMPANY.CREATED_AT, COMPANY.ID)
                        .forEach(r -> byName.putIfAbsent(r.getNormalizedName(), r));
            }
            Set<UUID> ids = new HashSet<>();
            byCode.values().forEach(r -> ids.add(r.getId()));
            byName.values().forEach(r -> ids.add(r.getId()));
            Map<UUID, Set<String>> tags = new HashMap<>();
            Map<UUID, Set<String>> contactNames = new HashMap<>();
            if (!ids.isEmpty()) {
                dsl.select(COMPANY_TAG.COMPANY_ID, COMPANY_TAG.TAG).from(COMPANY_TAG).where(InLists.in(COMPANY_TAG.COMPANY_ID, ids))
                        .forEach(r -> tags.computeIfAbsent(r.value1(), k -> new LinkedHashSet<>()).add(r.value2()));
                dsl.select(CONTACT.COMPANY_ID, CONTACT.NAME).from(CONTACT).where(InLists.in(CONTACT.COMPANY_ID, ids))
                        .and(CONTACT.DELETED_AT.isNull())
                        .forEach(r -> contactNames.computeIfAbsent(r.value1(), k -> new HashSet<>()).add(r.value2()));
            }
            return new Stored(byCode, byName, tags, contactNames);
        }
    }
}
