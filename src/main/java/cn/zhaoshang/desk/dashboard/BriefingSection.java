package cn.zhaoshang.desk.dashboard;

import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.office.OfficialDocx;

/**
 * One numbered part of a briefing (一、主要指标 …). {@link BriefingWriter} numbers the sections in list
 * order and writes their appendices after them, so a new part of the briefing is one new implementation
 * added to {@link BriefingSections#ALL} (and its figures to {@link ReportService.Briefing}).
 */
interface BriefingSection {
    /** The heading without its number. */
    String title(ReportService.Briefing b, Messages m);

    void body(ReportService.Briefing b, Messages m, OfficialDocx doc);

    /** Detail too long for the body, as an appendix table at the end; {@code number} is the appendix's number. */
    default boolean hasAppendix(ReportService.Briefing b) {
        return false;
    }

    default void appendix(ReportService.Briefing b, Messages m, OfficialDocx doc, int number) {
    }
}
