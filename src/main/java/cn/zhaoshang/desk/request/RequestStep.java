package cn.zhaoshang.desk.request;

import java.time.LocalDate;
import java.util.UUID;

/** One step of a request's history: from which status to which, on which day, by whom, with what note. */
public record RequestStep(UUID id, LocalDate stepOn, RequestStatus from, RequestStatus to, String note, String doneBy) {
}
