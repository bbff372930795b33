package cn.zhaoshang.desk.event;

import java.time.LocalDate;

/** An event as entered: kind, name, day, city (often another one) and venue, notes. */
public record EventDraft(EventKind kind, String name, LocalDate heldOn, String city, String venue, String notes) {
}
