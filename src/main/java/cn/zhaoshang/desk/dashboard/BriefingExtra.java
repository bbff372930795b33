package cn.zhaoshang.desk.dashboard;

import cn.zhaoshang.desk.common.i18n.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A section another feature adds to the weekly/monthly briefing (company requests, receptions and
 * events …): a heading, a summary sentence and its lines, all as bundle keys with their arguments, so
 * that the briefing is worded in the language it is written in, not the one the feature was built with.
 */
public record BriefingExtra(String titleKey, List<Object> titleArgs, String summaryKey, List<Object> summaryArgs,
                              List<Line> lines) {
    public BriefingExtra {
        titleArgs = List.copyOf(titleArgs);
        summaryArgs = List.copyOf(summaryArgs);
        lines = List.copyOf(lines);
    }

    /** One line: a date, what it concerns, and what happened as a key with arguments (an enum reads as its label). */
    public record Line(LocalDate date, String subject, String key, List<Object> args) {
        public Line {
            args = Collections.unmodifiableList(new ArrayList<>(args)); // an argument may be null, as in Messages.get
        }

        public static Line of(LocalDate date, String subject, String key, Object... args) {
            return new Line(date, subject, key, Arrays.asList(args));
        }

        /** The line as the briefing shows it, in {@code m}'s language. */
        public ReportLine in(Messages m) {
            Object[] worded = args.stream().map(a -> a instanceof Enum<?> e ? m.label(e) : a).toArray();
            return new ReportLine(date, subject, m.get(key, worded));
        }
    }
}
