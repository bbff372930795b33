package cn.zhaoshang.desk.reception;

import cn.zhaoshang.desk.event.EventService;
import cn.zhaoshang.desk.event.FieldEvent;
import cn.zhaoshang.desk.task.CalendarEntry;
import cn.zhaoshang.desk.task.CalendarSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Receptions and events in the task calendar: a reception under its delegation (or company), an event under its name. */
public final class FieldWorkCalendar implements CalendarSource {
    private final ReceptionService receptions;
    private final EventService events;

    public FieldWorkCalendar(ReceptionService receptions, EventService events) {
        this.receptions = receptions;
        this.events = events;
    }

    @Override
    public List<CalendarEntry> entries(LocalDate from, LocalDate to) {
        List<CalendarEntry> found = new ArrayList<>();
        for (Reception r : receptions.list(from, to)) {
            found.add(new CalendarEntry(CalendarEntry.Kind.RECEPTION, r.id(), r.version(), r.visitOn(),
                    r.delegation() == null ? r.companyName() : r.delegation(), null, null, false, r.companyName(), r.leaders()));
        }
        for (FieldEvent e : events.list(from, to)) {
            found.add(new CalendarEntry(CalendarEntry.Kind.EVENT, e.id(), e.version(), e.heldOn(), e.name(), null, null, false,
                    e.city(), null));
        }
        return found;
    }
}
