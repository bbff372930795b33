package cn.zhaoshang.desk.team.db;

import static cn.zhaoshang.desk.generated.Tables.COMPANY;
import static cn.zhaoshang.desk.generated.Tables.CONTACT;
import static cn.zhaoshang.desk.generated.Tables.PERSON;
import static cn.zhaoshang.desk.generated.Tables.TEAM;
import static cn.zhaoshang.desk.generated.Tables.TEAM_MEMBERSHIP;
import static cn.zhaoshang.desk.generated.Tables.UNIT;
import static org.jooq.impl.DSL.count;

import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.RecordWriter;
import cn.zhaoshang.desk.generated.tables.records.PersonRecord;
import cn.zhaoshang.desk.generated.tables.records.TeamMembershipRecord;
import cn.zhaoshang.desk.generated.tables.records.TeamRecord;
import cn.zhaoshang.desk.generated.tables.records.UnitRecord;
import cn.zhaoshang.desk.team.Membership;
import cn.zhaoshang.desk.team.PersonRef;
import cn.zhaoshang.desk.team.TeamSummary;
import cn.zhaoshang.desk.team.UnitRef;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/** Teams, people and memberships (rotation); writes through the RecordWriter (audited, versioned). */
public final class TeamRepository {
    private final Database database;
    private final RecordWriter writer;

    public TeamRepository(Database database, RecordWriter writer) {
        this.database = database;
        this.writer = writer;
    }

    private static Condition currentOn(LocalDate day) {
        return TEAM_MEMBERSHIP.DELETED_AT.isNull().and(TEAM_MEMBERSHIP.FROM_DATE.le(day))
                .and(TEAM_MEMBERSHIP.TO_DATE.isNull().or(TEAM_MEMBERSHIP.TO_DATE.ge(day)));
    }

    public List<TeamSummary> teams(LocalDate today) {
        var members = database.dsl().select(TEAM_MEMBERSHIP.TEAM_ID, count().as("n")).from(TEAM_MEMBERSHIP)
                .where(currentOn(today)).groupBy(TEAM_MEMBERSHIP.TEAM_ID).asTable("m");
        return database.dsl().select(TEAM.ID, TEAM.NAME, TEAM.BASE_CITY, TEAM.REGION, members.field("n", Integer.class))
                .from(TEAM).leftJoin(members).on(members.field(TEAM_MEMBERSHIP.TEAM_ID).eq(TEAM.ID))
                .where(TEAM.DELETED_AT.isNull()).orderBy(TEAM.NAME)
                .fetch(r -> new TeamSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5() == null ? 0 : r.value5()));
    }

    public UUID insertTeam(String name, String baseCity, String region) {
        TeamRecord r = database.dsl().newRecord(TEAM);
        r.setName(name);
        r.setBaseCity(baseCity);
        r.setRegion(region);
        return writer.insert(r).getId();
    }

    public boolean teamNameTaken(String name) {
        return database.dsl().fetchExists(TEAM, TEAM.NAME.eq(name));
    }

    /** All memberships of a team (or of a person), newest first. */
    public List<Membership> memberships(UUID teamId, UUID personId) {
        Condition where = TEAM_MEMBERSHIP.DELETED_AT.isNull();
        if (teamId != null) {
            where = where.and(TEAM_MEMBERSHIP.TEAM_ID.eq(teamId));
        }
        if (personId != null) {
            where = where.and(TEAM_MEMBERSHIP.PERSON_ID.eq(personId));
        }
        return database.dsl().select(TEAM_MEMBERSHIP.ID, TEAM_MEMBERSHIP.VERSION, TEAM.ID, TEAM.NAME, PERSON.ID, PERSON.NAME,
                        UNIT.NAME, TEAM_MEMBERSHIP.ROLE, TEAM_MEMBERSHIP.FROM_DATE, TEAM_MEMBERSHIP.TO_DATE)
                .from(TEAM_MEMBERSHIP)
                .join(TEAM).on(TEAM.ID.eq(TEAM_MEMBERSHIP.TEAM_ID))
                .join(PERSON).on(PERSON.ID.eq(TEAM_MEMBERSHIP.PERSON_ID))
                .leftJoin(UNIT).on(UNIT.ID.eq(PERSON.UNIT_ID))
                .where(where)
                .orderBy(TEAM_MEMBERSHIP.FROM_DATE.desc(), PERSON.NAME)
                .fetch(r -> new Membership(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9(), r.value10()));
    }

    public List<PersonRef> people() {
        return database.dsl().select(PERSON.ID, PERSON.NAME, UNIT.NAME).from(PERSON)
                .leftJoin(UNIT).on(UNIT.ID.eq(PERSON.UNIT_ID))
                .where(PERSON.DELETED_AT.isNull()).orderBy(PERSON.NAME)
                .fetch(r -> new PersonRef(r.value1(), r.value2(), r.value3()));
    }

    /** Live units (区直单位、街道、开发区), by name. */
    public List<UnitRef> units() {
        return database.dsl().select(UNIT.ID, UNIT.NAME, UNIT.KIND).from(UNIT).where(UNIT.DELETED_AT.isNull())
                .orderBy(UNIT.NAME).fetch(r -> new UnitRef(r.value1(), r.value2(), r.value3()));
    }

    public boolean unitNameTaken(String name) {
        return database.dsl().fetchExists(UNIT, UNIT.NAME.eq(name));
    }

    public UUID insertUnit(String name, String kind) {
        UnitRecord r = database.dsl().newRecord(UNIT);
        r.setName(name);
        r.setKind(kind);
        return writer.insert(r).getId();
    }

    public UUID insertPerson(String name, UUID unitId, String title, String mobile) {
        PersonRecord r = database.dsl().newRecord(PERSON);
        r.setName(name);
        r.setUnitId(unitId);
        r.setTitle(title);
        r.setMobile(mobile);
        return writer.insert(r).getId();
    }

    public UUID insertMembership(UUID teamId, UUID personId, String role, LocalDate from) {
        TeamMembershipRecord r = database.dsl().newRecord(TEAM_MEMBERSHIP);
        r.setTeamId(teamId);
        r.setPersonId(personId);
        r.setRole(role);
        r.setFromDate(from);
        return writer.insert(r).getId();
    }

    /** Sets the end date with the version the user saw; a stale version is refused by the writer. */
    public void endMembership(UUID id, int version, LocalDate to) {
        TeamMembershipRecord r = writer.load(TEAM_MEMBERSHIP, id);
        r.setVersion(version);
        r.setToDate(to);
        writer.update(r);
    }

    /**
     * How many companies each person owns that were entered by hand between two instants and carry the four
     * required fields: name (always), credit code, industry, and a live contact with a phone (decision 0126).
     */
    public Map<UUID, Integer> qualifiedLeads(Collection<UUID> people, OffsetDateTime from,
                                                       OffsetDateTime to) {
        var withPhone = DSL.selectOne().from(CONTACT).where(CONTACT.COMPANY_ID.eq(COMPANY.ID))
                .and(CONTACT.DELETED_AT.isNull()).and(CONTACT.MOBILE.isNotNull().or(CONTACT.PHONE.isNotNull()));
        return database.dsl().select(COMPANY.OWNER_PERSON_ID, count()).from(COMPANY)
                .where(COMPANY.OWNER_PERSON_ID.in(people)).and(COMPANY.DELETED_AT.isNull()).and(COMPANY.IMPORT_ID.isNull())
                .and(COMPANY.CREATED_AT.ge(from)).and(COMPANY.CREATED_AT.lt(to))
                .and(COMPANY.USCC.isNotNull()).and(COMPANY.INDUSTRY_CODE.isNotNull())
                .andExists(withPhone).groupBy(COMPANY.OWNER_PERSON_ID)
                .fetchMap(r -> r.value1(), r -> r.value2());
    }
}
