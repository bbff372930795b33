package cn.zhaoshang.desk.task;

import static cn.zhaoshang.desk.generated.Tables.TEAM;

import cn.zhaoshang.desk.company.InteractionKind;
import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.company.PursuitStatus;
import cn.zhaoshang.desk.generated.tables.records.CompanyRecord;
import cn.zhaoshang.desk.generated.tables.records.InteractionRecord;
import cn.zhaoshang.desk.generated.tables.records.PersonRecord;
import cn.zhaoshang.desk.generated.tables.records.ProjectRecord;
import cn.zhaoshang.desk.generated.tables.records.TeamMembershipRecord;
import cn.zhaoshang.desk.generated.tables.records.TeamRecord;
import cn.zhaoshang.desk.project.ProjectStage;
import cn.zhaoshang.desk.security.Role;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Rows that tasks link to, written like the other features write them (the company and project
 * screens are built elsewhere): people, a team with members, companies, projects and visits.
 */
public final class TaskFixtures {
    public static final LocalDate TODAY = LocalDate.of(2026, 6, 15);   // TestDatabases.CLOCK in Beijing time (a Monday)
    private final Services services;
    public final UUID team;
    public final UUID me;
    public final UUID colleague;

    /** A team 北京驻地招商小分队 with 张伟 (signed in as zhangwei) and 李娜. */
    public TaskFixtures(Services services) {
        this.services = services;
        this.team = team("北京驻地招商小分队", "北京");
        this.me = person("张伟");
        this.colleague = person("李娜");
        member(team, me);
        member(team, colleague);
        services.users().signIn(cn.zhaoshang.desk.testing.TestDatabases.asSystem(services).users().create("zhangwei", "张伟", Role.RECRUITER, me));
    }

    /** The seeded team of that name (the four resident teams exist in every database), or a new one. */
    public UUID team(String name, String city) {
        UUID seeded = services.database().dsl().select(TEAM.ID).from(TEAM).where(TEAM.NAME.eq(name)).fetchOne(TEAM.ID);
        if (seeded != null) {
            return seeded;
        }
        TeamRecord r = new TeamRecord();
        r.setName(name);
        r.setBaseCity(city);
        return services.writer().insert(r).getId();
    }

    public UUID person(String name) {
        PersonRecord r = new PersonRecord();
        r.setName(name);
        return services.writer().insert(r).getId();
    }

    public void member(UUID teamId, UUID person) {
        TeamMembershipRecord r = new TeamMembershipRecord();
        r.setTeamId(teamId);
        r.setPersonId(person);
        r.setRole("MEMBER");
        r.setFromDate(TODAY.minusYears(1));
        services.writer().insert(r);
    }

    public UUID company(String name, UUID ownerTeam, UUID owner) {
        CompanyRecord r = new CompanyRecord();
        r.setName(name);
        r.setNormalizedName(name);
        r.setPursuitStatus(PursuitStatus.FOLLOWING);
        r.setOwnerTeamId(ownerTeam);
        r.setOwnerPersonId(owner);
        return services.writer().insert(r).getId();
    }

    public UUID project(String name, UUID company, String stage, LocalDate enteredOn, boolean major) {
        ProjectRecord r = new ProjectRecord();
        r.setName(name);
        r.setCompanyId(company);
        r.setStage(ProjectStage.valueOf(stage));
        r.setStageEnteredOn(enteredOn);
        r.setTeamId(team);
        r.setOwnerPersonId(me);
        r.setMajor(major);
        return services.writer().insert(r).getId();
    }

    /** A visit out to the company with a next step due on the given day. */
    public UUID visit(UUID company, String nextStep, LocalDate dueOn) {
        InteractionRecord r = new InteractionRecord();
        r.setCompanyId(company);
        r.setOccurredOn(TODAY.minusDays(3));
        r.setKind(InteractionKind.VISIT_OUT);
        r.setOurParticipants("张伟");
        r.setTheirParticipants("王总");
        r.setSummary("介绍中原区产业政策，对方有意在郑州设立区域总部。");
        r.setNextStep(nextStep);
        r.setNextStepDueOn(dueOn);
        r.setRecordedBy("张伟");
        return services.writer().insert(r).getId();
    }

    /** A task for me, due on a day (null: undated). */
    public Task task(String title, LocalDate due) {
        return services.tasks().create(TaskDraft.blank().withAssignee(me, team).withDueOn(due).withTitle(title));
    }
}
