package cn.zhaoshang.desk.history;

import cn.zhaoshang.desk.common.db.FieldChange;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.session.Session;
import cn.zhaoshang.desk.history.db.HistoryNames;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns audit entries into {@link HistoryLine}s in the reader's language: table and field labels from
 * the bundles, codes as the screens name them (阶段：线索 → 洽谈), ids as the records' names
 * (投资企业：华润新能源投资有限公司), and the summary entries of jobs as sentences.
 */
final class HistoryText {
    /** Enum names whose labels ({@code enum.<Name>.<CODE>}) a stored code may be, tried in this order. */
    private static final List<String> ENUMS = List.of("ProjectStage", "PursuitStatus", "SourceChannel", "TaskStatus",
            "TaskPriority", "TaskSource", "InteractionKind", "CarrierKind", "Role", "LadderTier", "TalentLevel",
            "ClaimEnd", "TransitionKind", "PolicyStatus", "Indicator", "OwnerKind", "SupervisionLevel", "Segment",
            "ImportEntity", "ExportFormat", "DuplicatePolicy");
    /** Columns whose enum is known (the same code means different things in different enums). */
    private static final Map<String, String> ENUM_OF = Map.ofEntries(Map.entry("stage", "ProjectStage"),
            Map.entry("from_stage", "ProjectStage"), Map.entry("to_stage", "ProjectStage"),
            Map.entry("pursuit_status", "PursuitStatus"), Map.entry("source_channel", "SourceChannel"),
            Map.entry("priority", "TaskPriority"), Map.entry("role", "Role"), Map.entry("tier", "LadderTier"));
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]+");
    private static final Pattern COUNT_JOB = Pattern.compile("(demo-data|stage-deadline): (\\d+)");
    private static final Pattern SEEDS = Pattern.compile("seeds/([a-z_]+)\\.csv: (\\d+)");
    private static final Pattern LAPSED = Pattern.compile("lapsed before ([0-9-]+): (\\d+)");
    private static final Pattern RULES = Pattern.compile("rules(?: \\S+)?: \\+(\\d+)");
    private static final Pattern NODE = Pattern.compile("node (\\S+): ([+-])(\\d+)");

    private final Messages messages;
    private final HistoryNames names;
    private final NumberFormat counts;

    HistoryText(Messages messages, HistoryNames names) {
        this.messages = messages;
        this.names = names;
        this.counts = NumberFormat.getIntegerInstance(messages.locale());
    }

    HistoryLine line(AuditEntry e) {
        return new HistoryLine(e.occurredAt(), who(e.userName()), action(e.action()), record(e), details(e));
    }

    /** A user's display name; the system (start-up jobs) and nobody signed in by name in the reader's language. */
    private String who(String userName) {
        return switch (userName) {
            case Session.SYSTEM -> messages.get("history.who.system");
            case Session.NOBODY -> messages.get("history.who.nobody");
            default -> names.userName(userName);
        };
    }

    private String action(String action) {
        return messages.has("history.action." + action) ? messages.get("history.action." + action) : action;
    }

    String table(String table) {
        return HistoryService.tableLabel(table, messages);
    }

    /** "项目 蓝鲸储能基地", or the sentence of a job. */
    private String record(AuditEntry e) {
        String job = job(e.table(), e.recordId());
        if (job != null) {
            return job;
        }
        if ("permission".equals(e.table())) {
            return messages.get("history.refusedPermission", label("history.permission.", e.recordId()));
        }
        String name = names.recordName(e.table(), e.recordId());
        if (name == null && ("IMPORT".equals(e.action()) || "UNDO".equals(e.action()))) {
            name = names.recordName("import_run", e.recordId());
        }
        return table(e.table()) + " " + (name != null ? name : e.recordId());
    }

    /** The summary entries that jobs write ("demo-data: 2000") as sentences; null for a record's id. */
    private String job(String table, String recordId) {
        Matcher m = COUNT_JOB.matcher(recordId);
        if (m.matches()) {
            return messages.get("history.job." + m.group(1), count(m.group(2)));
        }
        if ((m = SEEDS.matcher(recordId)).matches()) {
            String stem = m.group(1);
            String seeded = stem.endsWith("ies") ? stem.substring(0, stem.length() - 3) + "y"
                    : stem.endsWith("s") ? stem.substring(0, stem.length() - 1) : stem;
            return messages.get("history.job.seeds", table(seeded), count(m.group(2)));
        }
        if ((m = LAPSED.matcher(recordId)).matches()) {
            return messages.get("history.job.lapsed", count(m.group(2)), m.group(1));
        }
        if ((m = RULES.matcher(recordId)).matches()) {
            return messages.get("history.job.rules", table(table), count(m.group(1)));
        }
        if ((m = NODE.matcher(recordId)).matches()) {
            String node = names.recordName("chain_node", m.group(1));
            return messages.get("-".equals(m.group(2)) ? "history.job.untagged" : "history.job.tagged",
                    table(table), node != null ? node : m.group(1), count(m.group(3)));
        }
        return null;
    }

    private String count(String digits) {
        return counts.format(Long.parseLong(digits));
    }

    /** "阶段：线索 → 洽谈；投资企业：— → 华润新能源投资有限公司". */
    private String details(AuditEntry e) {
        List<String> parts = new ArrayList<>();
        e.changes().forEach((field, change) -> parts.add(change(e.table(), field, change)));
        return String.join(messages.get("history.separator"), parts);
    }

    private String change(String table, String field, FieldChange change) {
        String label = field(table, field);
        if (change.before() == null) {
            return label + messages.get("history.colon") + value(field, change.after());
        }
        return label + messages.get("history.colon") + value(field, change.before()) + " → " + value(field, change.after());
    }

    /** The field's label: the table's own form label, else the history's, else the column name. */
    String field(String table, String column) {
        return fieldLabel(table, column, messages);
    }

    static String fieldLabel(String table, String column, Messages messages) {
        String camel = camel(column);
        for (String key : List.of(table + ".field." + camel, "history.field." + table + "." + column,
                "history.field." + column)) {
            if (messages.has(key)) {
                return messages.get(key);
            }
        }
        return column;
    }

    private String value(String column, String raw) {
        if (raw == null || raw.isEmpty()) {
            return "—";
        }
        if ("reason".equals(column)) {
            return label("history.reason.", raw);
        }
        if (column.endsWith("_id") || column.equals("parent")) {
            String name = names.referenceName(column, raw);
            if (name != null) {
                return name;
            }
        }
        return codeText(column, raw, messages);
    }

    static String codeText(String column, String raw, Messages messages) {
        if (raw == null || raw.isEmpty()) {
            return "—";
        }
        if ("true".equals(raw) || "false".equals(raw)) {
            return messages.get("true".equals(raw) ? "history.yes" : "history.no");
        }
        if (CODE.matcher(raw).matches()) {
            String known = ENUM_OF.get(column);
            for (String type : known != null ? List.of(known) : ENUMS) {
                if (messages.has("enum." + type + "." + raw)) {
                    return messages.get("enum." + type + "." + raw);
                }
            }
        }
        return raw;
    }

    /** The label of a code in a family of keys (history.permission.X …), the code when there is none. */
    private String label(String family, String code) {
        return messages.has(family + code) ? messages.get(family + code) : code;
    }

    /** An export as a line: who, "导出", what (联系人（Excel）), then rows, masking, the filter in words, the file. */
    HistoryLine export(ExportEntry e) {
        List<String> parts = new ArrayList<>();
        parts.add(messages.get("history.export.rows", counts.format(e.rows())));
        parts.add(messages.get(e.masked() ? "history.export.masked" : "history.export.unmasked"));
        if (e.filter() != null && !e.filter().isBlank()) {
            parts.add(messages.get("history.export.filter", filter(e.filter())));
        }
        if (e.fileName() != null) {
            parts.add(messages.get("history.export.file", e.fileName()));
        }
        return new HistoryLine(e.occurredAt(), who(e.userName()), action("EXPORT"),
                label("history.export.kind.", e.kind()), String.join(messages.get("history.separator"), parts));
    }

    /** "industry=C38|C39,name=北京" as "行业：电气机械和器材制造业、计算机…；名称含：北京". */
    private String filter(String text) {
        List<String> parts = new ArrayList<>();
        for (String part : text.split(",")) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                parts.add(part);
                continue;
            }
            String key = part.substring(0, eq);
            List<String> values = new ArrayList<>();
            for (String v : part.substring(eq + 1).split("\\|")) {
                values.add(switch (key) {
                    case "industry" -> names.codeName("industry", v);
                    case "division" -> names.codeName("division", v);
                    case "status" -> value("pursuit_status", v);
                    case "stage" -> value("stage", v);
                    case "team" -> { String n = names.recordName("team", v); yield n != null ? n : v; }
                    default -> v;
                });
            }
            parts.add(label("history.filterKey.", key) + messages.get("history.colon") + String.join("、", values));
        }
        return String.join(messages.get("history.separator"), parts);
    }

    private static String camel(String column) {
        StringBuilder out = new StringBuilder();
        boolean up = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                up = true;
            } else {
                out.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return out.toString();
    }
}
