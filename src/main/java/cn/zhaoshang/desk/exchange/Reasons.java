package cn.zhaoshang.desk.exchange;

import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.exchange.rows.ParsedRow;
import java.util.ArrayList;
import java.util.List;

/**
 * Reasons in the user's language: why a row was rejected ("第 12 行：统一社会信用代码：校验位不正确（…）；…")
 * and what was left out of a row that was imported ("第 7 行：注册资本：无法识别的金额“约五百万”，此项未导入").
 */
public final class Reasons {
    private Reasons() {
    }

    /** Every problem of a rejected row, after its line number. */
    public static String describe(ParsedRow row, Messages messages) {
        return line(row, row.problems().stream().map(p -> describe(p, messages)).toList(), messages);
    }

    /** Every warning of an imported row, after its line number. */
    public static String describeWarnings(ParsedRow row, Messages messages) {
        return line(row, row.warnings().stream().map(p -> describeWarning(p, messages)).toList(), messages);
    }

    private static String line(ParsedRow row, List<String> parts, Messages messages) {
        return messages.get("exchange.reason.line", row.line(), String.join(messages.get("exchange.reason.separator"),
                new ArrayList<>(parts)));
    }

    public static String describe(ParsedRow.Problem problem, Messages messages) {
        Object[] args = problem.args().clone();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Enum<?> e) {
                args[i] = messages.label(e);
            }
        }
        String reason = messages.get(problem.key(), args);
        return problem.field() == null || problem.key().startsWith("exchange.reason.missing")
                ? reason : messages.get("exchange.reason.field", messages.label(problem.field()), reason);
    }

    /** A warning says what happened to the value: its own words, or "left out" after the reason. */
    public static String describeWarning(ParsedRow.Problem warning, Messages messages) {
        String text = describe(warning, messages);
        if (warning.key().startsWith("exchange.warning.")) {
            return text;
        }
        // The forms' own messages end a sentence ("…填写。"); the note on what was left out follows it.
        return messages.get("exchange.warning.leftOut", text.endsWith("。") || text.endsWith(".")
                ? text.substring(0, text.length() - 1) : text);
    }
}
