package cn.zhaoshang.desk.security;

import static cn.zhaoshang.desk.company.CompanyFixtures.company;

import cn.zhaoshang.desk.exchange.ImportEntity;
import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.attachment.Attachment;
import cn.zhaoshang.desk.attachment.AttachmentOwner;
import cn.zhaoshang.desk.chain.ChainMap;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.company.Choice;
import cn.zhaoshang.desk.company.Claim;
import cn.zhaoshang.desk.company.Company;
import cn.zhaoshang.desk.company.Contact;
import cn.zhaoshang.desk.company.Interaction;
import cn.zhaoshang.desk.company.InteractionKind;
import cn.zhaoshang.desk.dashboard.DashboardFilter;
import cn.zhaoshang.desk.event.EventDraft;
import cn.zhaoshang.desk.event.EventKind;
import cn.zhaoshang.desk.event.FieldEvent;
import cn.zhaoshang.desk.generated.Tables;
import cn.zhaoshang.desk.project.ProjectDraft;
import cn.zhaoshang.desk.project.ProjectSnapshot;
import cn.zhaoshang.desk.project.ProjectStage;
import cn.zhaoshang.desk.reception.NextStep;
import cn.zhaoshang.desk.reception.Reception;
import cn.zhaoshang.desk.reception.ReceptionDraft;
import cn.zhaoshang.desk.reception.Visitor;
import cn.zhaoshang.desk.request.CompanyRequest;
import cn.zhaoshang.desk.request.RequestCategory;
import cn.zhaoshang.desk.request.RequestDraft;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What the role matrix works on: demo data (its users have no passwords), one user per role, and
 * everything hanging on a company that another team holds — the records a recruiter and a team lead
 * must never reach: the company, its contact, a visit with a next step, its claim, a project with a
 * fund and an incentive, a request (企业诉求) with a file attached, a reception with a next step, and an
 * event it is invited to.
 */
final class RoleMatrixFixture {
    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    final Services services;
    final Path dir;
    final User recruiter;
    final User lead;
    final User manager;
    final User admin;
    final UUID otherTeam;
    final Company theirs;
    final Contact theirContact;
    final Interaction theirVisit;
    final Claim theirClaim;
    final UUID theirProject;
    final UUID theirFund;
    final UUID theirIncentive;
    final ProjectSnapshot theirSnapshot;
    final CompanyRequest theirRequest;
    final Reception theirReception;
    final FieldEvent theirEvent;
    final Attachment theirAttachment;
    /** A small file to attach. */
    final Path card;
    private final UUID othersImport;
    final ChainMap chainMap;
    final DashboardFilter dashboard;

    RoleMatrixFixture(Services s, Path dir) {
        this.services = s;
        this.dir = dir;
        s.demoData().generate(5, 3, Progress.NONE);
        s.database().dsl().deleteFrom(Tables.CLAIM).execute();
        List<User> users = s.users().list();
        recruiter = users.stream().filter(u -> u.role() == Role.RECRUITER && u.personId() != null).findFirst().orElseThrow();
        Set<UUID> recruiterTeams = teamsOf(recruiter);
        lead = users.stream().filter(u -> u.role() == Role.TEAM_LEAD && u.personId() != null).findFirst().orElseThrow();
        Set<UUID> leadTeams = teamsOf(lead);
        manager = users.stream().filter(u -> u.role() == Role.MANAGER).findFirst().orElseThrow();
        admin = users.stream().filter(u -> u.role() == Role.ADMIN).findFirst().orElseThrow();
        otherTeam = s.companies().teams().stream().map(Choice::id)
                .filter(t -> !recruiterTeams.contains(t) && !leadTeams.contains(t)).findFirst().orElseThrow();

        theirs = s.companies().create(company("蓝鲸深海储能科技有限公司", 931).build());
        theirContact = s.companies().contacts().save(new Contact(null, 0, theirs.id(), "赵秘书", "总经理", "13912345678",
                null, null, null, true, "名片，本人同意"));
        theirVisit = s.companies().visits().record(theirs.id(), new Interaction.Draft(TODAY, InteractionKind.values()[0],
                "王芳", "赵秘书", "谈储能项目落地", "寄送园区资料", TODAY.plusDays(7)));
        theirProject = s.projects().create(new ProjectDraft("蓝鲸储能基地", null, theirs.id(), "44", List.of(),
                new BigDecimal("50000"), null, null, null, "李副区长", otherTeam, false, null), ProjectStage.NEGOTIATING,
                TODAY.minusDays(30)).id();
        theirFund = s.projectFinance().addFund(theirProject, TODAY, new BigDecimal("100"), "首笔");
        theirIncentive = s.incentives().promise(theirProject, null, TODAY, new BigDecimal("10"), "三年免租").id();
        theirClaim = s.companies().claims().claim(theirs.id(), otherTeam, null, 30);
        theirSnapshot = s.projects().snapshot(theirProject);
        theirRequest = s.requests().record(new RequestDraft(theirs.id(), theirProject, null, null,
                RequestCategory.LAND, "协调储能基地用地指标", null, TODAY.plusDays(30), "李副区长",
                "一个月内答复", TODAY.minusDays(2)));
        theirReception = s.receptions().record(new ReceptionDraft(theirs.id(), TODAY.minusDays(1),
                "蓝鲸储能考察团", List.of(new Visitor("钱总", "董事长")), "李副区长", List.of(),
                "有意向", List.of(NextStep.of("寄送用地资料", TODAY.plusDays(3)))));
        theirEvent = s.events().invite(s.events().create(new EventDraft(
                EventKind.PROMOTION, "深圳储能产业推介会", TODAY.plusDays(10), "深圳", null, null)).id(),
                theirs.id());
        card = write(dir.resolve("名片.pdf"), "%PDF-1.4 钱总名片");
        theirAttachment = s.attachments().add(AttachmentOwner.REQUEST, theirRequest.id(), card);
        chainMap = s.chainMap().map(s.chains().chains().getFirst().id());
        dashboard = s.dashboard().defaultFilter(null);
        othersImport = UUID.randomUUID();
        var now = OffsetDateTime.now(TestDatabases.CLOCK);
        s.database().dsl().insertInto(Tables.IMPORT_RUN).set(Tables.IMPORT_RUN.ID, othersImport)
                .set(Tables.IMPORT_RUN.CREATED_AT, now).set(Tables.IMPORT_RUN.UPDATED_AT, now)
                .set(Tables.IMPORT_RUN.VERSION, 0).set(Tables.IMPORT_RUN.ENTITY, ImportEntity.COMPANIES)
                .set(Tables.IMPORT_RUN.FILE_NAME, "别人的导入.xlsx").set(Tables.IMPORT_RUN.USER_NAME, "someone-else")
                .set(Tables.IMPORT_RUN.FINISHED_AT, now).execute();
    }

    private static Path write(Path file, String text) {
        try {
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An import somebody else ran: only an administrator may take it back. */
    UUID othersImport() {
        return othersImport;
    }

    private Set<UUID> teamsOf(User user) {
        services.users().signIn(user);
        Set<UUID> teams = Set.copyOf(services.companies().myTeams());
        TestDatabases.asSystem(services);
        return teams;
    }

    /** Makes the session the given identity without touching the database. */
    void become(RoleMatrixTest.Who who) {
        var session = services.session();
        switch (who) {
            case NOBODY -> session.signOut();
            case SYSTEM -> session.signInAsSystem();
            default -> {
                User u = switch (who) {
                    case RECRUITER -> recruiter;
                    case TEAM_LEAD -> lead;
                    case MANAGER -> manager;
                    default -> admin;
                };
                session.signIn(u.id(), u.username(), u.displayName(), u.personId(), u.role().name());
            }
        }
    }
}
