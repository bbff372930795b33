package cn.zhaoshang.desk.company;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A saved view as JSON (column saved_view.definition). Reading is lenient: a part this version
 * does not understand (a column or status from a newer version, a mistyped date) is skipped, so a
 * saved view never stops the list from opening.
 */
public final class ViewDefinitionCodec {
    private static final Logger LOG = LoggerFactory.getLogger(ViewDefinitionCodec.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private ViewDefinitionCodec() {
    }

    public static String write(ViewDefinition view) {
        ObjectNode root = JSON.createObjectNode();
        CompanyFilter f = view.filter();
        ObjectNode filter = root.putObject("filter");
        strings(filter, "industryCodes", f.industryCodes());
        strings(filter, "chainNodeIds", f.chainNodeIds());
        text(filter, "divisionCode", f.divisionCode());
        strings(filter, "ladderTiers", f.ladderTiers());
        strings(filter, "flags", f.flags());
        strings(filter, "statuses", f.statuses());
        strings(filter, "channels", f.channels());
        text(filter, "ownerTeamId", f.ownerTeamId());
        text(filter, "ownerPersonId", f.ownerPersonId());
        text(filter, "claimState", f.claimState());
        strings(filter, "tags", f.tags());
        text(filter, "capitalMin", f.capitalMin() == null ? null : f.capitalMin().toPlainString());
        text(filter, "capitalMax", f.capitalMax() == null ? null : f.capitalMax().toPlainString());
        text(filter, "foundedFrom", f.foundedFrom());
        text(filter, "foundedTo", f.foundedTo());
        ArrayNode columns = root.putArray("columns");
        view.columns().forEach(c -> columns.add(c.name()));
        ObjectNode sort = root.putObject("sort");
        sort.put("column", view.sort().column().name());
        sort.put("ascending", view.sort().ascending());
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("View not serialisable", e);
        }
    }

    public static ViewDefinition read(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json == null ? "{}" : json);
        } catch (JsonProcessingException e) {
            LOG.warn("Saved view unreadable, using the default: {}", e.getOriginalMessage());
            return ViewDefinition.DEFAULT;
        }
        JsonNode f = root.path("filter");
        CompanyFilter filter = CompanyFilter.NONE.toBuilder()
                .industryCodes(set(f, "industryCodes", s -> s))
                .chainNodeIds(set(f, "chainNodeIds", UUID::fromString))
                .divisionCode(one(f, "divisionCode", s -> s))
                .ladderTiers(set(f, "ladderTiers", LadderTier::valueOf))
                .flags(set(f, "flags", CompanyFlag::valueOf))
                .statuses(set(f, "statuses", PursuitStatus::valueOf))
                .channels(set(f, "channels", SourceChannel::valueOf))
                .ownerTeamId(one(f, "ownerTeamId", UUID::fromString))
                .ownerPersonId(one(f, "ownerPersonId", UUID::fromString))
                .claimState(one(f, "claimState", ClaimState::valueOf))
                .tags(set(f, "tags", s -> s))
                .capital(one(f, "capitalMin", BigDecimal::new), one(f, "capitalMax", BigDecimal::new))
                .founded(one(f, "foundedFrom", LocalDate::parse), one(f, "foundedTo", LocalDate::parse))
                .build();
        List<CompanyColumn> columns = new ArrayList<>(set(root, "columns", CompanyColumn::valueOf));
        CompanySort sort = CompanySort.DEFAULT;
        CompanyColumn sortColumn = one(root.path("sort"), "column", CompanyColumn::valueOf);
        if (sortColumn != null && sortColumn.sortable()) {
            sort = new CompanySort(sortColumn, root.path("sort").path("ascending").asBoolean(true));
        }
        return new ViewDefinition(filter, columns, sort);
    }

    private static void strings(ObjectNode node, String name, Collection<?> values) {
        if (!values.isEmpty()) {
            ArrayNode array = node.putArray(name);
            values.stream().map(v -> v instanceof Enum<?> e ? e.name() : String.valueOf(v)).sorted().forEach(array::add);
        }
    }

    private static void text(ObjectNode node, String name, Object value) {
        if (value != null) {
            node.put(name, value instanceof Enum<?> e ? e.name() : String.valueOf(value));
        }
    }

    private static <T> Set<T> set(JsonNode node, String name, Function<String, T> parse) {
        Set<T> result = new LinkedHashSet<>();
        for (JsonNode item : node.path(name)) {
            T value = parse(item.asText(), parse);
            if (value != null) {
                result.add(value);
            }
        }
        return result;
    }

    private static <T> T one(JsonNode node, String name, Function<String, T> parse) {
        JsonNode value = node.path(name);
        return value.isMissingNode() || value.isNull() ? null : parse(value.asText(), parse);
    }

    private static <T> T parse(String text, Function<String, T> parse) {
        try {
            return parse.apply(text);
        } catch (RuntimeException e) {
            LOG.warn("Saved view part '{}' skipped: {}", text, e.getMessage());
            return null;
        }
    }
}
