package cn.zhaoshang.desk.reception;

import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.dashboard.BriefingSection;
import cn.zhaoshang.desk.dashboard.BriefingSource;
import cn.zhaoshang.desk.dashboard.ReportLine;
import cn.zhaoshang.desk.event.EventService;
import cn.zhaoshang.desk.event.FieldEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The briefing's section on receptions and events of the period: how many delegations were received,
 * how many events held and projects signed at them, then one line each.
 */
public final class ReceptionBriefing implements BriefingSource {
    private final ReceptionService receptions;
    private final EventService events;
    private final Messages messages;

    public ReceptionBriefing(ReceptionService receptions, EventService events, Messages messages) {
        this.receptions = receptions;
        this.events = events;
        this.messages = messages;
    }

    @Override
    public BriefingSection section(LocalDate from, LocalDate to, UUID teamId) {
        List<ReportLine> lines = new ArrayList<>();
        List<Reception> received = receptions.list(from, to).stream()
                .filter(r -> teamId == null || teamId.equals(r.teamId())).toList();
        for (Reception r : received) {
            lines.add(new ReportLine(r.visitOn(), r.companyName(), messages.get("reception.briefing.line",
                    r.delegation() == null ? "—" : r.delegation(), r.outcome() == null ? "—" : r.outcome())));
        }
        int signed = 0;
        List<FieldEvent> held = events.list(from, to).stream().map(e -> events.get(e.id())).toList();
        for (FieldEvent e : held) {
            signed += e.signings().size();
            lines.add(new ReportLine(e.heldOn(), e.name(), messages.get("event.briefing.line", messages.label(e.kind()),
                    e.city() == null ? "—" : e.city(), e.invitees().size(), e.attendedCount(), e.signings().size())));
        }
        lines.sort(Comparator.comparing(ReportLine::date));
        return new BriefingSection("reception.briefing.title", List.of(), "reception.briefing.summary",
                List.of(received.size(), held.size(), signed), lines);
    }
}
