package cn.zhaoshang.desk.reception;

import cn.zhaoshang.desk.dashboard.BriefingExtra;
import cn.zhaoshang.desk.dashboard.BriefingSource;
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

    public ReceptionBriefing(ReceptionService receptions, EventService events) {
        this.receptions = receptions;
        this.events = events;
    }

    @Override
    public BriefingExtra section(LocalDate from, LocalDate to, UUID teamId) {
        List<BriefingExtra.Line> lines = new ArrayList<>();
        List<Reception> received = receptions.list(from, to).stream()
                .filter(r -> teamId == null || teamId.equals(r.teamId())).toList();
        for (Reception r : received) {
            lines.add(BriefingExtra.Line.of(r.visitOn(), r.companyName(), "reception.briefing.line",
                    r.delegation() == null ? "—" : r.delegation(), r.outcome() == null ? "—" : r.outcome()));
        }
        int signed = 0;
        List<FieldEvent> held = events.list(from, to).stream().map(e -> events.get(e.id())).toList();
        for (FieldEvent e : held) {
            signed += e.signings().size();
            lines.add(BriefingExtra.Line.of(e.heldOn(), e.name(), "event.briefing.line", e.kind(),
                    e.city() == null ? "—" : e.city(), e.invitees().size(), e.attendedCount(), e.signings().size()));
        }
        lines.sort(Comparator.comparing(BriefingExtra.Line::date));
        return new BriefingExtra("reception.briefing.title", List.of(), "reception.briefing.summary",
                List.of(received.size(), held.size(), signed), lines);
    }
}
