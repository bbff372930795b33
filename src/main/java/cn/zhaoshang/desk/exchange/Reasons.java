package cn.zhaoshang.desk.exchange;

import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.exchange.rows.ParsedRow;
import java.util.ArrayList;
import java.util.List;

/** Rejection reasons in the user's language: "第 12 行：统一社会信用代码：校验位不正确（…）；…". */
public final class Reasons {
    private Reasons() {
    }

    public static String describe(ParsedRow row, Messages messages) {
        List<String> parts = new ArrayList<>();
        for (ParsedRow.Problem p : row.problems()) {
            parts.add(describe(p, messages));
        }
        return messages.get("exchange.reason.line", row.line(), String.join(messages.get("exchange.reason.separator"), parts));
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
}
