package cn.zhaoshang.desk.company.ui;

import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.company.Choice;
import cn.zhaoshang.desk.company.CompanyData;
import cn.zhaoshang.desk.company.LadderFlag;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/** How company values read on screen: amounts, dates, and every field as text for change lists. */
public final class CompanyTexts {
    public static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private CompanyTexts() {
    }

    /** 12,345.67 — an amount in 万元 as people write it. */
    public static String amount(BigDecimal value) {
        return value == null ? "" : new DecimalFormat("#,##0.####").format(value);
    }

    /** Each field of the data as the user reads it, keyed by the field's name. */
    public static Map<String, String> describe(CompanyData data, Messages m, CompanyChoices choices) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (RecordComponent component : CompanyData.class.getRecordComponents()) {
            Object value;
            try {
                value = component.getAccessor().invoke(data);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            texts.put(component.getName(), text(component.getName(), value, m, choices));
        }
        return texts;
    }

    private static String text(String field, Object value, Messages m, CompanyChoices choices) {
        if (value == null) {
            return "";
        }
        return switch (field) {
            case "ownerTeamId" -> choices.team((UUID) value).map(Choice::name).orElse("");
            case "ownerPersonId" -> choices.person((UUID) value).map(Choice::name).orElse("");
            case "chainNodeIds" -> ((List<?>) value).stream()
                    .map(id -> choices.chainNode((UUID) id).map(Choice::toString).orElse("")).collect(Collectors.joining("、"));
            case "ladder" -> ((List<?>) value).stream().map(f -> {
                var flag = (LadderFlag) f;
                return m.label(flag.tier()) + (flag.certifiedOn() == null ? "" : " " + flag.certifiedOn());
            }).collect(Collectors.joining("、"));
            case "tags" -> String.join("、", ((List<?>) value).stream().map(String::valueOf).toList());
            case "registeredCapital" -> amount((BigDecimal) value);
            default -> value instanceof Enum<?> e ? m.label(e)
                    : value instanceof Boolean b ? m.get(b ? "company.yes" : "company.no") : String.valueOf(value);
        };
    }

    /**
     * Three-way merge of a form after a refused save: fields the user did not touch take the stored
     * values, fields the user changed keep the user's.
     */
    public static CompanyData merge(CompanyData base, CompanyData mine, CompanyData theirs) {
        RecordComponent[] components = CompanyData.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                Object b = components[i].getAccessor().invoke(base);
                Object mineValue = components[i].getAccessor().invoke(mine);
                values[i] = Objects.equals(b, mineValue) ? components[i].getAccessor().invoke(theirs) : mineValue;
                types[i] = components[i].getType();
            }
            return CompanyData.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
