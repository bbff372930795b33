package cn.zhaoshang.desk.event;

import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.RecordWriter;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.session.Session;
import cn.zhaoshang.desk.event.db.EventRepository;
import cn.zhaoshang.desk.project.ProjectService;
import cn.zhaoshang.desk.search.SearchService;
import cn.zhaoshang.desk.project.ProjectSnapshot;
import cn.zhaoshang.desk.project.ProjectStage;
import cn.zhaoshang.desk.project.StageField;
import cn.zhaoshang.desk.project.TransitionRequest;
import cn.zhaoshang.desk.security.CompanyAccess;
import cn.zhaoshang.desk.task.TaskDates;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Events (招商推介会, 签约仪式, 项目观摩): day, place (often another city), the companies invited and who
 * came, and the projects signed at it. Signing a project at an event moves it to 签约 through the
 * project library's own rules ({@link ProjectService#transition}: dated the event's day, with the
 * contract amount), in the same transaction as the event's record of it; what those rules refuse, the
 * event refuses. A print-ready list and a sign-in sheet are written as .xlsx.
 */
public final class EventService {
    public static final int LIST_LIMIT = 500;
    static final int NAME_MAX = 200;

    private final Database database;
    private final EventRepository events;
    private final ProjectService projects;
    private final SearchService search;
    private final Session session;
    private final CompanyAccess access;
    private final Clock clock;

    public EventService(Database database, RecordWriter writer, ProjectService projects, SearchService search, Session session,
                        CompanyAccess access, Clock clock) {
        this.database = database;
        this.search = search;
        this.events = new EventRepository(database, writer);
        this.projects = projects;
        this.session = session;
        this.access = access;
        this.clock = clock;
    }

    public LocalDate today() {
        return TaskDates.today(clock);
    }

    public FieldEvent create(EventDraft d) {
        if (d.kind() == null) {
            throw new DeskException("event.error.kindRequired");
        }
        String name = d.name() == null ? "" : d.name().strip();
        if (name.isEmpty() || name.length() > NAME_MAX) {
            throw new DeskException("event.error.nameRequired", NAME_MAX);
        }
        if (d.heldOn() == null) {
            throw new DeskException("event.error.dateRequired");
        }
        EventDraft clean = new EventDraft(d.kind(), name, d.heldOn(), blank(d.city()), blank(d.venue()), blank(d.notes()));
        UUID id = database.transaction(() -> events.insert(clean, session.displayName()));
        return get(id);
    }

    /** The event with its invitees (only companies the user may read) and signings. */
    public FieldEvent get(UUID id) {
        FieldEvent e = events.get(id, access.policy().maySeeConfidentialNames());
        return new FieldEvent(e.id(), e.version(), e.kind(), e.name(), e.heldOn(), e.city(), e.venue(), e.notes(),
                access.visibleOnly(e.invitees(), Invitee::companyId), e.signings(), e.recordedBy());
    }

    public List<FieldEvent> list(LocalDate from, LocalDate to) {
        return events.list(from, to, LIST_LIMIT);
    }

    /** Invites a company (once; inviting it again changes nothing). */
    public FieldEvent invite(UUID eventId, UUID companyId) {
        access.requireVisible(companyId);
        database.transaction(() -> {
            get(eventId);
            if (events.invitee(eventId, companyId).isEmpty()) {
                events.invite(eventId, companyId, false);
            }
        });
        return get(eventId);
    }

    /** Marks whether an invited company came, and who came for it (the sign-in). */
    public FieldEvent attended(UUID eventId, UUID companyId, boolean attended, String representative) {
        access.requireVisible(companyId);
        database.transaction(() -> {
            Invitee i = events.invitee(eventId, companyId).orElseThrow(() -> new DeskException("event.error.notInvited"));
            events.setAttendance(i.id(), i.version(), attended, blank(representative));
        });
        return get(eventId);
    }

    /**
     * Signs a project at the event: the project moves to 签约 on the event's day with the contract amount
     * (the stage rules decide: a future event, or a project already signed, is refused), the event records
     * it, and the project's company counts as attending.
     */
    public FieldEvent sign(UUID eventId, UUID projectId, BigDecimal contractAmount) {
        database.transaction(() -> {
            FieldEvent event = get(eventId);
            ProjectSnapshot project = projects.snapshot(projectId);
            UUID company = events.companyOfProject(projectId).orElse(null);
            access.requireVisible(company);
            if (project.signedOn() != null) {
                throw new DeskException("event.error.alreadySigned");
            }
            projects.transition(projectId, project.version(), TransitionRequest.to(ProjectStage.SIGNED)
                    .with(StageField.SIGNED_ON, event.heldOn()).with(StageField.CONTRACT_AMOUNT, contractAmount));
            events.sign(eventId, projectId, contractAmount);
            if (company != null) {
                var invitee = events.invitee(eventId, company);
                if (invitee.isEmpty()) {
                    events.invite(eventId, company, true);
                } else if (!invitee.get().attended()) {
                    events.setAttendance(invitee.get().id(), invitee.get().version(), true, invitee.get().representative());
                }
            }
        });
        return get(eventId);
    }

    /** Projects not signed yet whose name contains the text (of companies the user may read). */
    public List<Pick> findUnsignedProjects(String text, int limit) {
        String q = text == null ? "" : text.strip();
        if (q.isEmpty()) {
            return List.of();
        }
        return access.visibleOnly(events.unsignedProjects(q, access.policy().maySeeConfidentialNames(), limit),
                EventRepository.ProjectChoice::companyId).stream()
                .map(p -> new Pick(p.id(), p.name(), p.companyName())).toList();
    }

    /** A project (with its company as the detail) or a company offered in a picker. */
    public record Pick(UUID id, String name, String detail) { }

    /** Companies whose name, pinyin or code matches (the search index; hidden companies left out). */
    public List<Pick> findCompanies(String text, int limit) {
        String q = text == null ? "" : text.strip();
        return q.isEmpty() ? List.of() : search.search(q, limit).stream()
                .map(h -> new Pick(h.companyId(), h.name(), null)).toList();
    }

    public void delete(UUID id, int version) {
        get(id);
        events.softDelete(id, version);
    }

    /** The print-ready list: invitees, who came, projects signed. */
    public void writeList(UUID eventId, Messages messages, Path file) {
        write(() -> EventSheets.list(get(eventId), messages, file), file);
    }

    /** The sign-in sheet (签到表): one row per invited company with empty name, phone and signature cells. */
    public void writeSignInSheet(UUID eventId, Messages messages, Path file) {
        write(() -> EventSheets.signIn(get(eventId), messages, file), file);
    }

    private interface Writing {
        void run() throws IOException;
    }

    private static void write(Writing writing, Path file) {
        try {
            writing.run();
        } catch (IOException e) {
            throw new DeskException(e, "event.error.write", file);
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
