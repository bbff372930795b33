package cn.zhaoshang.desk.team;

import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.session.Session;
import cn.zhaoshang.desk.common.time.OfficeZone;
import cn.zhaoshang.desk.security.AccessPolicy;
import cn.zhaoshang.desk.security.Permission;
import cn.zhaoshang.desk.team.db.TeamRepository;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Resident teams (驻地招商小分队), people and rotation (轮岗): the current roster, its history, joining
 * and leaving with dates; and "my workspace" — the team lists open on for the person signed in.
 */
public final class TeamService {
    private final TeamRepository teams;
    private final Session session;
    private final AccessPolicy access;
    private final Clock clock;

    /** Changing teams, units, people and the rotation is for managers and administrators. */
    public TeamService(TeamRepository teams, AccessPolicy access, Clock clock) {
        this.teams = teams;
        this.session = access.session();
        this.access = access;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(OfficeZone.ZONE));
    }

    public List<TeamSummary> teams() {
        return teams.teams(today());
    }

    /** Adds a team; its name must be new and it needs a base city. */
    public UUID addTeam(String name, String baseCity, String region) {
        access.require(Permission.MANAGE_TEAMS);
        if (name == null || name.isBlank() || baseCity == null || baseCity.isBlank()) {
            throw new DeskException("team.error.required");
        }
        if (teams.teamNameTaken(name.strip())) {
            throw new DeskException("team.error.duplicate", name.strip());
        }
        return teams.insertTeam(name.strip(), baseCity.strip(), region == null || region.isBlank() ? null : region.strip());
    }

    /** Who is on the team today. */
    public List<Membership> roster(UUID teamId) {
        LocalDate today = today();
        return teams.memberships(teamId, null).stream().filter(m -> m.currentOn(today)).toList();
    }

    /**
     * The resident team's weekly rhythm: each member on the roster today and their qualified leads this
     * week (Monday 00:00 to next Monday, Beijing time).
     */
    public List<WeeklyLeads> weeklyLeads(UUID teamId) {
        LocalDate monday = today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        OffsetDateTime from = monday.atStartOfDay(OfficeZone.ZONE).toOffsetDateTime();
        List<Membership> members = roster(teamId);
        Map<UUID, Integer> counts = teams.qualifiedLeads(members.stream().map(Membership::personId).toList(),
                from, from.plusWeeks(1));
        return members.stream().map(m -> new WeeklyLeads(m.personId(), m.personName(), counts.getOrDefault(m.personId(), 0)))
                .toList();
    }

    /** Everyone who was ever on the team, newest first (the rotation history). */
    public List<Membership> history(UUID teamId) {
        return teams.memberships(teamId, null);
    }

    public List<PersonRef> people() {
        return teams.people();
    }

    /** The kinds a unit can be, in the order pickers show them. */
    public static final List<String> UNIT_KINDS = List.of("DEPARTMENT", "STREET", "ZONE", "OTHER");

    public List<UnitRef> units() {
        return teams.units();
    }

    /** Adds a unit (e.g. a new street office); its name must be new. */
    public UUID addUnit(String name, String kind) {
        access.require(Permission.MANAGE_TEAMS);
        if (name == null || name.isBlank() || kind == null || !UNIT_KINDS.contains(kind)) {
            throw new DeskException("team.error.required");
        }
        if (teams.unitNameTaken(name.strip())) {
            throw new DeskException("team.error.duplicateUnit", name.strip());
        }
        return teams.insertUnit(name.strip(), kind);
    }

    /**
     * Adds a person with their home unit (派出单位), who can then join a team. A mobile number, when
     * given, must be a Chinese mobile (11 digits starting with 1).
     */
    public UUID addPerson(String name, UUID unitId, String title, String mobile) {
        access.require(Permission.MANAGE_TEAMS);
        if (name == null || name.isBlank()) {
            throw new DeskException("team.error.required");
        }
        String phone = mobile == null ? "" : mobile.replaceAll("[\\s-]", "");
        if (!phone.isEmpty() && !phone.matches("1\\d{10}")) {
            throw new DeskException("team.error.mobile", mobile.strip());
        }
        return teams.insertPerson(name.strip(), unitId, title == null || title.isBlank() ? null : title.strip(),
                phone.isEmpty() ? null : phone);
    }

    /** A person joins a team from a date; refused while the person is already on that team then. */
    public UUID join(UUID teamId, UUID personId, String role, LocalDate from) {
        access.require(Permission.MANAGE_TEAMS);
        if (teamId == null || personId == null || from == null) {
            throw new DeskException("team.error.required");
        }
        boolean overlaps = teams.memberships(teamId, personId).stream()
                .anyMatch(m -> m.to() == null || !m.to().isBefore(from));
        if (overlaps) {
            throw new DeskException("team.error.alreadyMember");
        }
        return teams.insertMembership(teamId, personId, role == null ? "MEMBER" : role, from);
    }

    /** Ends a membership on a date (not before it began); stale edits are refused. */
    public void leave(Membership membership, LocalDate to) {
        access.require(Permission.MANAGE_TEAMS);
        if (to == null || to.isBefore(membership.from())) {
            throw new DeskException("team.error.endBeforeStart");
        }
        teams.endMembership(membership.id(), membership.version(), to);
    }

    /** The teams the signed-in person is on today (empty without a linked person). */
    public List<UUID> myTeams() {
        access.requireSignedIn();
        UUID person = session.personId();
        if (person == null) {
            return List.of();
        }
        LocalDate today = today();
        return teams.memberships(null, person).stream().filter(m -> m.currentOn(today)).map(Membership::teamId).toList();
    }

    /** The team lists open filtered on: the person's current team, or null (everything). */
    public UUID defaultTeamFilter() {
        List<UUID> mine = myTeams();
        return mine.isEmpty() ? null : mine.getFirst();
    }
}
