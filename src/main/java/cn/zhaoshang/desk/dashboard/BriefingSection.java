package cn.zhaoshang.desk.dashboard;

import java.util.List;

/**
 * A section another feature adds to the weekly/monthly briefing (company requests, receptions and
 * events …): a heading and a summary sentence as bundle keys with their arguments, and its lines.
 */
public record BriefingSection(String titleKey, List<Object> titleArgs, String summaryKey, List<Object> summaryArgs,
                              List<ReportLine> lines) {
    public BriefingSection {
        titleArgs = List.copyOf(titleArgs);
        summaryArgs = List.copyOf(summaryArgs);
        lines = List.copyOf(lines);
    }
}
