package cn.zhaoshang.desk.request;

import cn.zhaoshang.desk.common.i18n.DeskException;
import java.time.LocalDate;

/**
 * The request's closed loop, in one place (pure: "today" is passed in, like the project stages'
 * {@code TransitionPolicy}): 受理 RECEIVED → 办理中 IN_PROGRESS → 办结 CLOSED (with the result) → 回访
 * REVISITED (with the company's satisfaction). A closed or revisited request may be reopened with a
 * reason (e.g. the company was not satisfied). No step is dated in the future or before the request
 * was received.
 */
public final class RequestFlow {
    public static final int CONTENT_MAX = 2000;
    public static final int NOTE_MAX = 2000;

    /** A checked step: the status reached and the note kept in the history. */
    public record Step(RequestStatus from, RequestStatus to, LocalDate on, String note) { }

    private RequestFlow() {
    }

    public static Step start(CompanyRequest r, LocalDate on, String note, LocalDate today) {
        require(r.status() == RequestStatus.RECEIVED, "request.error.notReceived");
        return new Step(r.status(), RequestStatus.IN_PROGRESS, date(r, on, today), clean(note, false));
    }

    public static Step close(CompanyRequest r, LocalDate on, String result, LocalDate today) {
        require(r.status().isOpen(), "request.error.notOpen");
        return new Step(r.status(), RequestStatus.CLOSED, date(r, on, today), clean(result, true));
    }

    public static Step revisit(CompanyRequest r, LocalDate on, Satisfaction satisfaction, String note, LocalDate today) {
        require(r.status() == RequestStatus.CLOSED, "request.error.notClosed");
        require(satisfaction != null, "request.error.satisfactionRequired");
        LocalDate day = date(r, on, today);
        require(r.closedOn() == null || !day.isBefore(r.closedOn()), "request.error.revisitBeforeClosing");
        return new Step(r.status(), RequestStatus.REVISITED, day, clean(note, false));
    }

    public static Step reopen(CompanyRequest r, LocalDate on, String reason, LocalDate today) {
        require(!r.status().isOpen(), "request.error.notClosed");
        return new Step(r.status(), RequestStatus.IN_PROGRESS, date(r, on, today), clean(reason, true));
    }

    /** Checks a new request's fields; returns the draft with texts trimmed and the received day filled in. */
    public static RequestDraft check(RequestDraft d, LocalDate today) {
        require(d.companyId() != null, "request.error.companyRequired");
        require(d.category() != null, "request.error.categoryRequired");
        String content = d.content() == null ? "" : d.content().strip();
        require(!content.isEmpty(), "request.error.contentRequired");
        require(content.length() <= CONTENT_MAX, "request.error.contentTooLong", CONTENT_MAX);
        LocalDate received = d.receivedOn() == null ? today : d.receivedOn();
        require(!received.isAfter(today), "request.error.future", today);
        require(d.dueOn() == null || !d.dueOn().isBefore(received), "request.error.dueBeforeReceived");
        return new RequestDraft(d.companyId(), d.projectId(), d.interactionId(), d.receptionId(), d.category(), content,
                d.unitId(), d.dueOn(), blankToNull(d.promisedBy()), blankToNull(d.promise()), received);
    }

    private static LocalDate date(CompanyRequest r, LocalDate on, LocalDate today) {
        LocalDate day = on == null ? today : on;
        require(!day.isAfter(today), "request.error.future", today);
        require(!day.isBefore(r.receivedOn()), "request.error.beforeReceived", r.receivedOn());
        return day;
    }

    private static String clean(String text, boolean required) {
        String t = blankToNull(text);
        require(!required || t != null, "request.error.noteRequired");
        require(t == null || t.length() <= NOTE_MAX, "request.error.contentTooLong", NOTE_MAX);
        return t;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void require(boolean ok, String key, Object... args) {
        if (!ok) {
            throw new DeskException(key, args);
        }
    }
}
