package cn.zhaoshang.desk.exchange;

import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.company.PursuitStatus;
import cn.zhaoshang.desk.exchange.rows.CellProblem;
import cn.zhaoshang.desk.exchange.rows.Vocabulary;
import cn.zhaoshang.desk.project.ProjectStage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which companies' contacts an export takes: industry code prefixes, division code prefixes, pursuit
 * statuses, owner teams (by name), tags and a part of the company name. Empty parts do not filter;
 * several values of one part mean any of them. Written as text for the command line and the export
 * log: {@code industry=65|64,division=4101,status=FOLLOWING,team=北京驻地招商小分队,tag=链主,name=华润,stage=SIGNED}
 * (Chinese keys 行业, 地区, 状态, 小分队, 标签, 名称, 项目阶段 work too).
 */
public record ContactFilter(List<String> industries, List<String> divisions, List<String> statuses, List<String> teams,
                            List<String> tags, String nameContains, List<String> projectStages) {
    public static final ContactFilter ALL = new ContactFilter(List.of(), List.of(), List.of(), List.of(), List.of(), null,
            List.of());

    /** Without a project filter. */
    public ContactFilter(List<String> industries, List<String> divisions, List<String> statuses, List<String> teams,
                         List<String> tags, String nameContains) {
        this(industries, divisions, statuses, teams, tags, nameContains, List.of());
    }

    public ContactFilter {
        industries = List.copyOf(industries);
        divisions = List.copyOf(divisions);
        statuses = List.copyOf(statuses);
        teams = List.copyOf(teams);
        tags = List.copyOf(tags);
        projectStages = List.copyOf(projectStages);
        nameContains = nameContains == null || nameContains.isBlank() ? null : nameContains.strip();
    }

    /** The statuses as the company library's enum (their names were checked when the filter was read). */
    public List<PursuitStatus> pursuitStatuses() {
        return statuses.stream().map(PursuitStatus::valueOf).toList();
    }

    /** The project stages as the project library's enum (their names were checked when the filter was read). */
    public List<ProjectStage> stages() {
        return projectStages.stream().map(ProjectStage::valueOf).toList();
    }

    public boolean isEmpty() {
        return industries.isEmpty() && divisions.isEmpty() && statuses.isEmpty() && teams.isEmpty() && tags.isEmpty()
                && nameContains == null && projectStages.isEmpty();
    }

    public static ContactFilter parse(String expression) {
        if (expression == null || expression.isBlank()) {
            return ALL;
        }
        Map<String, List<String>> parts = new LinkedHashMap<>();
        for (String part : expression.split("[,，]")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new DeskException("exchange.error.badFilter", part.strip());
            }
            String key = canonicalKey(part.substring(0, eq).strip());
            for (String value : part.substring(eq + 1).split("\\|")) {
                if (!value.isBlank()) {
                    parts.computeIfAbsent(key, k -> new ArrayList<>()).add(value.strip());
                }
            }
        }
        Vocabulary words = Vocabulary.shipped(List.of(PursuitStatus.class, ProjectStage.class));
        List<String> statuses = new ArrayList<>();
        for (String s : parts.getOrDefault("status", List.of())) {
            try {
                statuses.add(words.lookup(PursuitStatus.class, s));
            } catch (CellProblem unknown) {
                throw new DeskException("exchange.error.badFilterValue", "status", s);
            }
        }
        List<String> stages = new ArrayList<>();
        for (String s : parts.getOrDefault("stage", List.of())) {
            try {
                stages.add(words.lookup(ProjectStage.class, s));
            } catch (CellProblem unknown) {
                throw new DeskException("exchange.error.badFilterValue", "stage", s);
            }
        }
        List<String> names = parts.getOrDefault("name", List.of());
        return new ContactFilter(parts.getOrDefault("industry", List.of()), parts.getOrDefault("division", List.of()),
                statuses, parts.getOrDefault("team", List.of()), parts.getOrDefault("tag", List.of()),
                names.isEmpty() ? null : names.get(0), stages);
    }

    private static String canonicalKey(String key) {
        return switch (key.toLowerCase(Locale.ROOT)) {
            case "industry", "行业" -> "industry";
            case "division", "region", "地区", "行政区划" -> "division";
            case "status", "状态" -> "status";
            case "team", "小分队", "团队" -> "team";
            case "tag", "标签" -> "tag";
            case "name", "名称", "企业名称" -> "name";
            case "stage", "项目阶段", "阶段" -> "stage";
            default -> throw new DeskException("exchange.error.badFilterKey", key);
        };
    }

    /** The filter as the text {@link #parse} reads; empty for no filter. */
    public String toText() {
        List<String> parts = new ArrayList<>();
        add(parts, "industry", industries);
        add(parts, "division", divisions);
        add(parts, "status", statuses);
        add(parts, "team", teams);
        add(parts, "tag", tags);
        if (nameContains != null) {
            parts.add("name=" + nameContains);
        }
        add(parts, "stage", projectStages);
        return String.join(",", parts);
    }

    private static void add(List<String> parts, String key, List<String> values) {
        if (!values.isEmpty()) {
            parts.add(key + "=" + String.join("|", values));
        }
    }
}
