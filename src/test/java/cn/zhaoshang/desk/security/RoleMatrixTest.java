package cn.zhaoshang.desk.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.attachment.AttachmentOwner;
import cn.zhaoshang.desk.chain.NodeCompanyScope;
import cn.zhaoshang.desk.common.background.ImmediateTaskRunner;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.background.TaskRunner;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.session.AccessRefusedException;
import cn.zhaoshang.desk.company.Interaction;
import cn.zhaoshang.desk.company.InteractionKind;
import cn.zhaoshang.desk.dashboard.DrillDown;
import cn.zhaoshang.desk.dashboard.OwnerKind;
import cn.zhaoshang.desk.dashboard.ReportService;
import cn.zhaoshang.desk.escalation.EscalationSettings;
import cn.zhaoshang.desk.exchange.ImportEntity;
import cn.zhaoshang.desk.generated.Tables;
import cn.zhaoshang.desk.map.MapMeasure;
import cn.zhaoshang.desk.map.Region;
import cn.zhaoshang.desk.project.IncentiveDraft;
import cn.zhaoshang.desk.project.ProjectDraft;
import cn.zhaoshang.desk.project.ProjectStage;
import cn.zhaoshang.desk.project.TransitionRequest;
import cn.zhaoshang.desk.reception.ReceptionDraft;
import cn.zhaoshang.desk.reference.ReferenceDataService;
import cn.zhaoshang.desk.request.RequestCategory;
import cn.zhaoshang.desk.request.RequestDraft;
import cn.zhaoshang.desk.request.Satisfaction;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The role × operation matrix (decision 0145): every public operation of every service, found by
 * reflection from {@link Services}, is called as nobody, as each role and as the system, and must be
 * allowed or refused ({@link AccessRefusedException}) as its entry here says. An operation without an
 * entry fails the test, so a new public method cannot slip in unchecked.
 *
 * <p>Operations on one record are called with the records of a company another team holds
 * ({@link RoleMatrixFixture}): recruiters and team leads must be refused there. Other operations get
 * plain arguments made from their types. "Allowed" means not refused: a call may still fail on its
 * arguments (a made-up id, an empty form). Every call but nobody's runs in a transaction that is
 * rolled back, so each starts from the same data; nobody's calls must be refused before they write.
 */
class RoleMatrixTest {
    enum Who { NOBODY, RECRUITER, TEAM_LEAD, MANAGER, ADMIN, SYSTEM }

    /** Who may call an operation. */
    record Rule(String name, Set<Who> allowed) {
        static Rule of(String name, Who... who) {
            Set<Who> set = EnumSet.noneOf(Who.class);
            set.addAll(List.of(who));
            return new Rule(name, set);
        }
    }

    /** No data behind it (today's date, a policy object, the sign-in itself): everyone. */
    static final Rule EVERYONE = Rule.of("everyone", Who.values());
    /** Any signed-in user. */
    static final Rule SIGNED_IN = Rule.of("signed in", Who.RECRUITER, Who.TEAM_LEAD, Who.MANAGER, Who.ADMIN, Who.SYSTEM);
    /** Signed-in users (the system has no password of its own). */
    static final Rule USERS = Rule.of("users", Who.RECRUITER, Who.TEAM_LEAD, Who.MANAGER, Who.ADMIN);
    /** On another team's company: those who see everything. */
    static final Rule THEIRS = Rule.of("another team's record", Who.MANAGER, Who.ADMIN, Who.SYSTEM);

    static Rule needs(Permission permission) {
        Set<Who> set = EnumSet.of(Who.SYSTEM);
        for (Who who : Who.values()) {
            if (who != Who.NOBODY && who != Who.SYSTEM && permission.allows(Role.valueOf(who.name()))) {
                set.add(who);
            }
        }
        return new Rule(permission.name(), set);
    }

    /** A call with the fixture's arguments. */
    interface Call {
        Object call(Services s, RoleMatrixFixture f) throws Exception;
    }

    record Entry(Rule rule, Call call) { }

    private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>();

    private static void op(String key, Rule rule) {
        ENTRIES.put(key, new Entry(rule, null));
    }

    private static void op(String key, Rule rule, Call call) {
        ENTRIES.put(key, new Entry(rule, call));
    }

    private static void ops(Rule rule, String... keys) {
        for (String key : keys) {
            op(key, rule);
        }
    }

    private static final char[] WRONG = "not-the-password".toCharArray();

    static {
        // Signing in and objects without data
        ops(EVERYONE, "UserService.access/0", "UserService.session/0", "UserService.anyoneHasPassword/0",
                "UserService.noUsersYet/0", "UserService.signInChoices/0", "UserService.signOut/0",
                "UserService.verifyCurrent/1", "DemoDataService.isEmpty/0", "ExportService.canReadLog/0",
                "ExportService.maskingRequired/0", "TargetService.maySetTargets/0", "TargetService.maySetWeights/0",
                "SearchService.state/0", "SearchService.awaitUpToDate/0", "BackupService.isAvailable/0", "DatabaseInfoService.engine/0",
                "DatabaseInfoService.location/0", "DatabaseInfoService.schemaVersion/0", "ProjectService.visibility/0",
                "ProjectService.today/0", "CompanyService.today/0", "TaskService.today/0", "TaskService.myPersonId/0",
                "TaskListService.today/0", "TeamService.today/0", "CarrierService.today/0", "PolicyService.today/0",
                "TalentService.today/0", "DashboardService.today/0", "DashboardService.defaultFilter/1",
                "DashboardService.recountCount/0", "SearchService.startedFrom/0", "RequestService.today/0",
                "ReceptionService.today/0", "EventService.today/0", "EscalationService.today/0", "MapService.today/0",
                "MapService.defaultFilter/0", "MapService.atlas/0");
        op("UserService.authenticate/2", EVERYONE, (s, f) -> s.users().authenticate("no-such-user", WRONG));
        op("UserService.signInByName/1", EVERYONE, (s, f) -> s.users().signInByName(f.recruiter.username()));
        op("UserService.signIn/1", EVERYONE, (s, f) -> {
            s.users().signIn(f.recruiter);
            return null;
        });
        op("UserService.createFirstAdmin/4", EVERYONE,
                (s, f) -> s.users().createFirstAdmin("second", "第二", "long-enough".toCharArray(), "long-enough".toCharArray()));
        op("ProjectService.plan/2", EVERYONE,
                (s, f) -> s.projects().plan(f.theirSnapshot, ProjectStage.SIGNED));
        op("ProjectService.check/2", EVERYONE,
                (s, f) -> s.projects().check(f.theirSnapshot, TransitionRequest.to(ProjectStage.SIGNED)));

        // Users, encryption, backups, demo data
        op("UserService.changeOwnPassword/3", USERS, (s, f) -> s.users().changeOwnPassword(WRONG, WRONG, WRONG));
        ops(needs(Permission.MANAGE_USERS), "UserService.list/0", "UserService.lockedNames/0");
        op("UserService.findByName/1", needs(Permission.MANAGE_USERS), (s, f) -> s.users().findByName("admin"));
        op("UserService.create/4", needs(Permission.MANAGE_USERS),
                (s, f) -> s.users().create("newbie", "新人", Role.RECRUITER, null));
        op("UserService.create/5", needs(Permission.MANAGE_USERS),
                (s, f) -> s.users().create("newbie", "新人", Role.RECRUITER, null, "first-pass".toCharArray()));
        op("UserService.resetPassword/2", needs(Permission.MANAGE_USERS),
                (s, f) -> s.users().resetPassword("admin", "taken-over".toCharArray()));
        op("UserService.changeRole/2", needs(Permission.MANAGE_USERS),
                (s, f) -> s.users().changeRole(f.recruiter.username(), Role.ADMIN));
        op("UserService.unlock/1", needs(Permission.MANAGE_USERS), (s, f) -> s.users().unlock("admin"));
        op("EncryptionService.passwordSet/2", needs(Permission.MANAGE_USERS), (s, f) -> {
            s.encryption().passwordSet("admin", "taken-over".toCharArray());
            return null;
        });
        ops(needs(Permission.ENCRYPT), "EncryptionService.beginEncryption/0", "EncryptionService.usersWithoutKey/1");
        ops(SIGNED_IN, "EncryptionService.isEncrypted/0", "EncryptionService.state/1",
                "EncryptionService.encryptsForFirstAdmin/3", "DemoDataService.hasDemoData/0");
        ops(needs(Permission.MANAGE_BACKUPS), "BackupService.autoBackup/1", "BackupService.backupTo/1",
                "BackupService.dailyBackupIfDue/0", "BackupService.folder/0", "BackupService.list/0",
                "BackupService.setFolder/1");
        op("BackupService.permitRestore/1", needs(Permission.RESTORE_BACKUP));
        // The safety copy before an import or a merge is the system's work, whoever starts those.
        ops(SIGNED_IN, "BackupService.compactOnCloseIfWorthwhile/0", "BackupService.backupBeforeWork/1");
        op("DemoDataService.generate/3", needs(Permission.GENERATE_DEMO_DATA),
                (s, f) -> s.demoData().generate(1, 9, Progress.NONE));

        // History, trash, export log
        op("HistoryService.recordHistory/2", THEIRS, (s, f) -> s.history().recordHistory("company", f.theirs.id()));
        ops(needs(Permission.READ_WHOLE_HISTORY), "HistoryService.search/1", "HistoryService.auditedTables/0",
                "HistoryService.trash/0");
        op("HistoryService.exports/1", needs(Permission.READ_EXPORT_LOG));
        op("HistoryService.exportLines/2", needs(Permission.READ_EXPORT_LOG));
        ops(needs(Permission.READ_WHOLE_HISTORY), "HistoryService.lines/2", "HistoryService.lines/5");
        op("HistoryService.recordLines/3", THEIRS,
                (s, f) -> s.history().recordLines("company", f.theirs.id(), TestDatabases.chinese()));
        op("ExportService.recentExports/1", needs(Permission.READ_EXPORT_LOG));
        ops(needs(Permission.MANAGE_TRASH), "HistoryService.restore/1", "HistoryService.empty/1");

        // Companies and what hangs on them
        op("CompanyService.get/1", THEIRS, (s, f) -> s.companies().get(f.theirs.id()));
        op("CompanyService.lookup/1", THEIRS, (s, f) -> s.companies().lookup(f.theirs.id().toString()));
        op("CompanyService.getByUscc/1", THEIRS, (s, f) -> s.companies().getByUscc(f.theirs.data().uscc()));
        op("CompanyService.registryFacts/1", THEIRS, (s, f) -> s.companies().registryFacts(f.theirs.id()));
        op("CompanyService.update/3", THEIRS,
                (s, f) -> s.companies().update(f.theirs.id(), f.theirs.version(), f.theirs.data()));
        op("CompanyService.delete/2", THEIRS, (s, f) -> {
            s.companies().delete(f.theirs.id(), f.theirs.version());
            return null;
        });
        op("ContactService.of/1", THEIRS, (s, f) -> s.companies().contacts().of(f.theirs.id()));
        op("ContactService.save/1", THEIRS, (s, f) -> s.companies().contacts().save(f.theirContact));
        op("ContactService.makePrimary/1", THEIRS, (s, f) -> s.companies().contacts().makePrimary(f.theirContact));
        op("ContactService.remove/1", THEIRS, (s, f) -> {
            s.companies().contacts().remove(f.theirContact);
            return null;
        });
        op("VisitService.of/1", THEIRS, (s, f) -> s.companies().visits().of(f.theirs.id()));
        op("VisitService.record/2", THEIRS, (s, f) -> s.companies().visits().record(f.theirs.id(), visit()));
        op("VisitService.correct/2", THEIRS, (s, f) -> s.companies().visits().correct(f.theirVisit.id(), visit()));
        op("VisitService.nextStepToTask/1", THEIRS, (s, f) -> s.companies().visits().nextStepToTask(f.theirVisit.id()));
        op("ClaimService.current/1", THEIRS, (s, f) -> s.companies().claims().current(f.theirs.id()));
        op("ClaimService.history/1", THEIRS, (s, f) -> s.companies().claims().history(f.theirs.id()));
        op("ClaimService.claim/4", THEIRS,
                (s, f) -> s.companies().claims().claim(f.theirs.id(), f.otherTeam, null, 30));
        op("ClaimService.release/1", THEIRS, (s, f) -> {
            s.companies().claims().release(f.theirClaim);
            return null;
        });
        op("ClaimService.releaseLapsed/0", SIGNED_IN);
        ops(needs(Permission.MERGE_COMPANIES), "DuplicateService.groups/1");
        op("DuplicateService.merge/2", needs(Permission.MERGE_COMPANIES),
                (s, f) -> s.companies().duplicates().merge(f.theirs.id(), UUID.randomUUID()));
        ops(SIGNED_IN, "CompanyService.page/4", "CompanyService.count/1", "CompanyService.search/3",
                "CompanyService.rows/1", "CompanyService.find/1", "CompanyService.findByUscc/1",
                "CompanyService.duplicatesOf/3", "CompanyService.create/1", "CompanyService.teams/0",
                "CompanyService.forEachRow/3", "CompanyService.people/1", "CompanyService.myTeams/0", "CompanyService.chainNodes/0",
                "CompanyService.tags/0", "CompanyService.companyName/1", "CompanyService.divisions/0",
                "CompanyService.industries/0", "CompanyService.divisionName/1", "CompanyService.industryName/1",
                "SavedViewService.list/0", "SavedViewService.defaultView/0", "SavedViewService.save/2",
                "SavedViewService.setDefault/1", "SavedViewService.delete/1");

        // Projects
        op("ProjectService.get/1", THEIRS, (s, f) -> s.projects().get(f.theirProject));
        op("ProjectService.update/3", THEIRS, (s, f) -> s.projects().update(f.theirProject, 0, projectDraft(f)));
        op("ProjectService.create/3", THEIRS,
                (s, f) -> s.projects().create(projectDraft(f), ProjectStage.LEAD, RoleMatrixFixture.TODAY));
        op("ProjectService.archive/2", THEIRS, (s, f) -> {
            s.projects().archive(f.theirProject, 0);
            return null;
        });
        op("ProjectService.restore/2", THEIRS, (s, f) -> {
            s.projects().restore(f.theirProject, 0);
            return null;
        });
        op("ProjectService.snapshot/1", THEIRS, (s, f) -> s.projects().snapshot(f.theirProject));
        op("ProjectService.transition/3", THEIRS, (s, f) -> {
            s.projects().transition(f.theirProject, 0, TransitionRequest.to(ProjectStage.SIGNED));
            return null;
        });
        op("ProjectService.history/1", THEIRS, (s, f) -> s.projects().history(f.theirProject));
        op("ProjectService.delete/2", THEIRS, (s, f) -> {
            s.projects().delete(f.theirProject, 0);
            return null;
        });
        op("ProjectService.company/1", THEIRS, (s, f) -> s.projects().company(f.theirs.id()));
        op("ProjectService.saveDeadlines/1", needs(Permission.SET_STAGE_DEADLINES));
        ops(SIGNED_IN, "ProjectService.summaries/1", "ProjectService.column/4", "ProjectService.list/4",
                "ProjectService.laggingCounts/1", "ProjectService.forEach/2", "ProjectService.exportList/4",
                "ProjectService.deadlines/0", "ProjectService.clock/2", "ProjectService.teams/0",
                "ProjectService.units/0", "ProjectService.carriers/0", "ProjectService.chainNodes/0",
                "ProjectService.industries/0", "ProjectService.policies/0", "ProjectService.findCompanies/2");
        op("ProjectFinanceService.funds/1", THEIRS, (s, f) -> s.projectFinance().funds(f.theirProject));
        op("ProjectFinanceService.fundSummary/1", THEIRS, (s, f) -> s.projectFinance().fundSummary(f.theirProject));
        op("ProjectFinanceService.addFund/4", THEIRS,
                (s, f) -> s.projectFinance().addFund(f.theirProject, RoleMatrixFixture.TODAY, BigDecimal.ONE, null));
        op("ProjectFinanceService.deleteFund/2", THEIRS, (s, f) -> {
            s.projectFinance().deleteFund(f.theirFund, 0);
            return null;
        });
        op("ProjectFinanceService.incentives/1", THEIRS, (s, f) -> s.projectFinance().incentives(f.theirProject));
        op("ProjectFinanceService.addIncentive/2", THEIRS, (s, f) -> s.projectFinance().addIncentive(f.theirProject,
                new IncentiveDraft(null, "免租", RoleMatrixFixture.TODAY, BigDecimal.ONE, null, null)));
        op("ProjectFinanceService.updateIncentive/3", THEIRS, (s, f) -> {
            s.projectFinance().updateIncentive(f.theirIncentive, 0,
                    new IncentiveDraft(null, "免租", RoleMatrixFixture.TODAY, BigDecimal.ONE, null, null));
            return null;
        });
        op("ProjectFinanceService.deleteIncentive/2", THEIRS, (s, f) -> {
            s.projectFinance().deleteIncentive(f.theirIncentive, 0);
            return null;
        });
        op("InspectionTourService.addStops/2", THEIRS,
                (s, f) -> s.inspectionTours().addStops(UUID.randomUUID(), List.of(f.theirProject)));
        ops(SIGNED_IN, "InspectionTourService.tours/0", "InspectionTourService.create/3", "InspectionTourService.update/5",
                "InspectionTourService.delete/2", "InspectionTourService.stops/1", "InspectionTourService.move/3",
                "InspectionTourService.remove/2", "InspectionTourService.setRemarks/3",
                "InspectionTourService.exportRouteSheet/3");

        // Tasks
        op("TaskService.draftForCompany/1", THEIRS, (s, f) -> s.tasks().draftForCompany(f.theirs.id()));
        op("TaskService.draftForProject/1", THEIRS, (s, f) -> s.tasks().draftForProject(f.theirProject));
        op("TaskService.createFromVisit/2", THEIRS,
                (s, f) -> s.tasks().createFromVisit(f.theirVisit.id(), s.messages()));
        op("TaskService.createFromVisit/3", THEIRS,
                (s, f) -> s.tasks().createFromVisit(f.theirVisit.id(), RoleMatrixFixture.TODAY, s.messages()));
        ops(SIGNED_IN, "TaskService.get/1", "TaskService.create/1", "TaskService.update/3", "TaskService.start/2",
                "TaskService.complete/3", "TaskService.cancel/3", "TaskService.reopen/2", "TaskService.reschedule/3",
                "TaskService.delete/2", "TaskService.reports/1", "TaskService.supervision/1", "TaskService.addProgress/3",
                "TaskService.addReportDate/2", "TaskService.draftForMe/0", "TaskService.people/0", "TaskService.teams/0",
                "TaskService.myTeams/0", "TaskService.teamOf/1", "TaskService.findLinkable/2", "TaskListService.reminders/0",
                "TaskListService.page/3", "TaskListService.count/1", "TaskListService.myTasks/0",
                "TaskListService.calendar/5", "StageDeadlineJob.run/2");

        // Chains: tags of a company or project follow its scope
        op("ChainService.nodesOfCompany/1", THEIRS, (s, f) -> s.chains().nodesOfCompany(f.theirs.id()));
        op("ChainService.nodesOfProject/1", THEIRS, (s, f) -> s.chains().nodesOfProject(f.theirProject));
        op("ChainService.tagCompany/3", THEIRS, (s, f) -> {
            s.chains().tagCompany(f.theirs.id(), UUID.randomUUID(), false);
            return null;
        });
        op("ChainService.setChainLeader/3", THEIRS, (s, f) -> {
            s.chains().setChainLeader(f.theirs.id(), UUID.randomUUID(), true);
            return null;
        });
        op("ChainService.untagCompany/2", THEIRS, (s, f) -> {
            s.chains().untagCompany(f.theirs.id(), UUID.randomUUID());
            return null;
        });
        op("ChainService.setCompanyNodes/2", THEIRS, (s, f) -> {
            s.chains().setCompanyNodes(f.theirs.id(), Map.of());
            return null;
        });
        op("ChainService.tagProject/2", THEIRS, (s, f) -> {
            s.chains().tagProject(f.theirProject, UUID.randomUUID());
            return null;
        });
        op("ChainService.untagProject/2", THEIRS, (s, f) -> {
            s.chains().untagProject(f.theirProject, UUID.randomUUID());
            return null;
        });
        op("ChainService.setProjectNodes/2", THEIRS, (s, f) -> {
            s.chains().setProjectNodes(f.theirProject, Set.of());
            return null;
        });
        ops(SIGNED_IN, "ChainService.chains/0", "ChainService.chain/1", "ChainService.createChain/2",
                "ChainService.updateChain/4", "ChainService.deleteChain/2", "ChainService.tree/1", "ChainService.node/1",
                "ChainService.createNode/5", "ChainService.updateNode/4", "ChainService.moveNode/4",
                "ChainService.reorderNode/3", "ChainService.mergeNodes/4", "ChainService.usage/1",
                "ChainService.deleteNode/3", "ChainService.tagCompanies/2", "ChainService.untagCompanies/2",
                "ChainService.tagProjects/2", "ChainService.rules/0", "ChainService.suggestNodes/1",
                "ChainService.applyRules/2", "ChainService.applyRulesToLibrary/2", "ChainMapService.map/1",
                "ChainMapService.exportGaps/5");

        // Policies and promises: a project's are as hidden as its company
        op("PolicyService.projectFacts/2", THEIRS,
                (s, f) -> s.policies().projectFacts(f.theirProject, RoleMatrixFixture.TODAY));
        op("PolicyService.applicableTo/2", THEIRS,
                (s, f) -> s.policies().applicableTo(f.theirProject, RoleMatrixFixture.TODAY));
        op("IncentiveService.ofProject/1", THEIRS, (s, f) -> s.incentives().ofProject(f.theirProject));
        op("IncentiveService.promise/5", THEIRS, (s, f) -> s.incentives().promise(f.theirProject, null,
                RoleMatrixFixture.TODAY, BigDecimal.ONE, "免租"));
        op("IncentiveService.deliver/4", THEIRS, (s, f) -> s.incentives().deliver(f.theirIncentive, 0,
                RoleMatrixFixture.TODAY, BigDecimal.ONE));
        op("IncentiveService.delete/2", THEIRS, (s, f) -> {
            s.incentives().delete(f.theirIncentive, 0);
            return null;
        });
        ops(SIGNED_IN, "IncentiveService.overall/0", "IncentiveService.totalsByProject/0",
                "IncentiveService.underPolicy/1", "PolicyService.library/1", "PolicyService.expiringWithin/1",
                "PolicyService.get/1", "PolicyService.versions/1", "PolicyService.create/1", "PolicyService.revise/3",
                "PolicyService.delete/2", "PolicyService.versionInForce/2", "PolicyService.findProjects/2",
                "PolicyService.projectsInStages/2", "PolicyService.industryChoices/0", "PolicyService.attachments/1",
                "PolicyService.attach/2", "PolicyService.attachmentFile/1", "PolicyService.removeAttachment/2");

        // Teams, targets, dashboard, reports
        ops(needs(Permission.MANAGE_TEAMS), "TeamService.addTeam/3", "TeamService.addUnit/2", "TeamService.addPerson/4",
                "TeamService.join/4", "TeamService.leave/2");
        ops(SIGNED_IN, "TeamService.teams/0", "TeamService.roster/1", "TeamService.weeklyLeads/1", "TeamService.history/1",
                "TeamService.people/0", "TeamService.units/0", "TeamService.myTeams/0", "TeamService.defaultTeamFilter/0");
        ops(needs(Permission.SET_TARGETS), "TargetService.setYearTarget/5", "TargetService.save/1",
                "TargetService.saveAll/1");
        op("TargetService.setWeight/2", needs(Permission.SET_WEIGHTS));
        ops(SIGNED_IN, "TargetService.targets/2", "TargetService.weights/0",
                "DashboardService.funnel/1", "DashboardService.teams/0",
                "DashboardService.units/0", "DashboardService.overdue/1", "DashboardService.overdueAtEndOf/2", "ReportService.briefing/3",
                "ReportService.writeLedger/3", "ReportService.teamByName/1");
        op("DashboardService.load/1", SIGNED_IN, (s, f) -> s.dashboard().load(f.dashboard));
        op("DashboardService.kpis/1", SIGNED_IN, (s, f) -> s.dashboard().kpis(f.dashboard));
        op("DashboardService.progress/1", SIGNED_IN, (s, f) -> s.dashboard().progress(f.dashboard));
        op("DashboardService.ranking/2", SIGNED_IN, (s, f) -> s.dashboard().ranking(f.dashboard.period(),
                OwnerKind.values()[0]));
        op("DashboardService.drill/2", SIGNED_IN, (s, f) -> s.dashboard().drill(
                DrillDown.of(DrillDown.Kind.values()[0]), f.dashboard));
        op("ChainMapService.companies/5", SIGNED_IN, (s, f) -> s.chainMap().companies(f.chainMap.tree(),
                f.chainMap.nodes().getFirst().node().id(), NodeCompanyScope.values()[0], 0, 10));
        op("ChainMapService.projects/3", SIGNED_IN, (s, f) -> s.chainMap().projects(f.chainMap.tree(),
                f.chainMap.nodes().getFirst().node().id(), 10));
        op("ChainMapService.gaps/2", SIGNED_IN, (s, f) -> s.chainMap().gaps(f.chainMap, 3));
        op("DatabaseInfoService.count/1", SIGNED_IN, (s, f) -> s.databaseInfo().count("company"));
        op("ReportService.writeBriefing/3", SIGNED_IN, (s, f) -> {
            var briefing = s.reports().briefing(ReportService.Kind.WEEKLY, RoleMatrixFixture.TODAY, null);
            s.reports().writeBriefing(briefing, TestDatabases.chinese(), f.dir.resolve("out/brief.docx"));
            return null;
        });

        // Field work: a request, a reception or a file of another team's company is as hidden as the company
        op("RequestService.get/1", THEIRS, (s, f) -> s.requests().get(f.theirRequest.id()));
        op("RequestService.record/1", THEIRS, (s, f) -> s.requests().record(new RequestDraft(f.theirs.id(), null, null,
                null, RequestCategory.FINANCING, "流动资金贷款", null, null, null, null, null)));
        op("RequestService.start/4", THEIRS, (s, f) -> s.requests().start(f.theirRequest.id(), f.theirRequest.version(),
                RoleMatrixFixture.TODAY, "已转发改委"));
        op("RequestService.close/4", THEIRS, (s, f) -> s.requests().close(f.theirRequest.id(), f.theirRequest.version(),
                RoleMatrixFixture.TODAY, "已落实"));
        op("RequestService.revisit/5", THEIRS, (s, f) -> s.requests().revisit(f.theirRequest.id(),
                f.theirRequest.version(), RoleMatrixFixture.TODAY, Satisfaction.values()[0], "满意"));
        op("RequestService.reopen/4", THEIRS, (s, f) -> s.requests().reopen(f.theirRequest.id(), f.theirRequest.version(),
                RoleMatrixFixture.TODAY, "企业不满意"));
        op("RequestService.delete/2", THEIRS, (s, f) -> {
            s.requests().delete(f.theirRequest.id(), f.theirRequest.version());
            return null;
        });
        op("RequestService.history/1", THEIRS, (s, f) -> s.requests().history(f.theirRequest.id()));
        op("RequestService.companyName/1", THEIRS, (s, f) -> s.requests().companyName(f.theirs.id()));
        op("RequestService.projectsOf/1", THEIRS, (s, f) -> s.requests().projectsOf(f.theirs.id()));
        ops(SIGNED_IN, "RequestService.list/1", "RequestService.count/1", "RequestService.counts/3",
                "RequestService.overdue/2", "RequestService.findCompanies/2", "RequestService.units/0",
                "RequestOverdueJob.run/2");
        op("ReceptionService.get/1", THEIRS, (s, f) -> s.receptions().get(f.theirReception.id()));
        op("ReceptionService.record/1", THEIRS, (s, f) -> s.receptions().record(new ReceptionDraft(f.theirs.id(),
                RoleMatrixFixture.TODAY, "蓝鲸储能第二批考察团", List.of(), null, List.of(), null, List.of())));
        op("ReceptionService.ofCompany/1", THEIRS, (s, f) -> s.receptions().ofCompany(f.theirs.id()));
        op("ReceptionService.stepsToTasks/1", THEIRS, (s, f) -> s.receptions().stepsToTasks(f.theirReception.id()));
        op("ReceptionService.delete/2", THEIRS, (s, f) -> {
            s.receptions().delete(f.theirReception.id(), f.theirReception.version());
            return null;
        });
        ops(SIGNED_IN, "ReceptionService.list/2", "ReceptionService.findCompanies/2", "ReceptionService.carriers/0");
        // Events are the office's (not one company's); inviting a company, its attendance and signing its
        // project are as hidden as that company.
        op("EventService.invite/2", THEIRS, (s, f) -> s.events().invite(f.theirEvent.id(), f.theirs.id()));
        op("EventService.attended/4", THEIRS,
                (s, f) -> s.events().attended(f.theirEvent.id(), f.theirs.id(), true, "钱总"));
        op("EventService.sign/3", THEIRS,
                (s, f) -> s.events().sign(f.theirEvent.id(), f.theirProject, new BigDecimal("50000")));
        op("EventService.get/1", SIGNED_IN, (s, f) -> s.events().get(f.theirEvent.id()));
        op("EventService.delete/2", SIGNED_IN, (s, f) -> {
            s.events().delete(f.theirEvent.id(), f.theirEvent.version());
            return null;
        });
        op("EventService.writeList/3", SIGNED_IN, (s, f) -> {
            s.events().writeList(f.theirEvent.id(), TestDatabases.chinese(), f.dir.resolve("out/event-list.xlsx"));
            return null;
        });
        op("EventService.writeSignInSheet/3", SIGNED_IN, (s, f) -> {
            s.events().writeSignInSheet(f.theirEvent.id(), TestDatabases.chinese(), f.dir.resolve("out/sign-in.xlsx"));
            return null;
        });
        ops(SIGNED_IN, "EventService.create/1", "EventService.list/2", "EventService.findCompanies/2",
                "EventService.findUnsignedProjects/2");
        op("AttachmentService.of/2", THEIRS, (s, f) -> s.attachments().of(AttachmentOwner.REQUEST, f.theirRequest.id()));
        op("AttachmentService.add/3", THEIRS,
                (s, f) -> s.attachments().add(AttachmentOwner.RECEPTION, f.theirReception.id(), f.card));
        op("AttachmentService.open/1", THEIRS, (s, f) -> s.attachments().open(f.theirAttachment.id()));
        op("AttachmentService.bytes/1", THEIRS, (s, f) -> s.attachments().bytes(f.theirAttachment.id()));
        op("AttachmentService.download/2", THEIRS, (s, f) -> {
            s.attachments().download(f.theirAttachment.id(), f.dir.resolve("out/名片.pdf"));
            return null;
        });
        op("AttachmentService.remove/2", THEIRS, (s, f) -> {
            s.attachments().remove(f.theirAttachment.id(), f.theirAttachment.version());
            return null;
        });
        op("AttachmentService.restore/2", THEIRS, (s, f) -> {
            s.attachments().restore(f.theirAttachment.id(), f.theirAttachment.version());
            return null;
        });
        // Escalation (督办): each sees what reached them; the district's list and the days are the managers'
        ops(SIGNED_IN, "EscalationService.forMe/0", "EscalationService.titlesForMe/0", "EscalationService.settings/0",
                "EscalationService.run/1");
        op("EscalationService.all/0", needs(Permission.SUPERVISE_DISTRICT));
        op("EscalationService.saveSettings/1", needs(Permission.SUPERVISE_DISTRICT), (s, f) -> {
            s.escalations().saveSettings(new EscalationSettings(3, 7));
            return null;
        });
        // The map: figures and lists within the company scope
        ops(SIGNED_IN, "MapService.stations/0", "MapService.teams/0", "MapService.chains/0");
        op("MapService.figures/1", SIGNED_IN, (s, f) -> s.map().figures(s.map().defaultFilter()));
        op("MapService.entries/3", SIGNED_IN, (s, f) -> s.map().entries(
                s.map().atlas().region(Region.PROVINCE, "410000"), MapMeasure.COMPANIES, s.map().defaultFilter()));

        // Laptops: the laptop's own user syncs it; the server's laptops and their bundles are the administrators'
        ops(SIGNED_IN, "SyncService.isTied/0", "SyncService.state/0", "SyncService.conflicts/1",
                "SyncService.resolve/2", "SyncService.briefcase/0", "SyncService.pack/2", "SyncService.unpack/2",
                "SyncService.exportChanges/2", "SyncService.importServerChanges/2");
        op("SyncService.tie/4", SIGNED_IN,
                (s, f) -> s.sync().tie(s.database(), f.recruiter.username(), "笔记本", Progress.NONE));
        op("SyncService.sync/2", SIGNED_IN, (s, f) -> s.sync().sync(s.database(), Progress.NONE));
        ops(needs(Permission.MANAGE_USERS), "SyncService.laptops/0", "SyncService.revoke/1",
                "SyncService.exportFor/3", "SyncService.importChanges/2");

        // Search, import, export, the rest
        op("SearchService.companyIndex/0", needs(Permission.DIAGNOSE));
        ops(SIGNED_IN, "SearchService.search/2", "SearchService.rebuild/1", "SearchService.loadOrRebuild/1",
                "SearchService.saveIfChanged/0",
                "SearchService.startBuilding/2", "ImportService.guessMapping/2", "ImportService.preview/4",
                "ImportService.run/2", "ImportService.recentRuns/1", "ImportService.savedMappings/1",
                "ImportService.saveMapping/2", "ImportService.loadMapping/3", "ExportService.count/1",
                "ExportService.exportContacts/2", "CarrierService.list/0", "CarrierService.detail/1",
                "CarrierService.possibleParents/1", "CarrierService.industryChoices/0", "CarrierService.save/1",
                "CarrierService.delete/2", "CarrierService.addOccupancy/1", "CarrierService.deleteOccupancy/2",
                "TalentService.list/1", "TalentService.get/1", "TalentService.save/1", "TalentService.delete/2",
                "TalentService.units/0", "TalentService.findCompanies/2", "TalentService.companiesInDistrict/1",
                "TalentService.targets/1", "TalentService.setTarget/5", "TalentService.deleteTarget/2",
                "TalentService.progress/1", "TalentService.export/3", "ReferenceDataService.ensureLoaded/0",
                "ReferenceDataService.divisions/1", "ReferenceDataService.industries/1",
                "ReferenceDataService.divisionName/1", "ReferenceDataService.industryName/1",
                "ReferenceDataService.words/0",
                "DatabaseInfoService.rowCounts/0");
        op("ReferenceDataService.saveWord/1", needs(Permission.EDIT_VOCABULARY), (s, f) -> {
            s.referenceData().saveWord(
                    new ReferenceDataService.Word("ProjectStage", "推进中", "NEGOTIATING"));
            return null;
        });
        op("ImportService.undo/2", needs(Permission.UNDO_OTHERS_IMPORTS),
                (s, f) -> s.imports().undo(f.othersImport(), Progress.NONE));
    }

    private static Interaction.Draft visit() {
        return new Interaction.Draft(RoleMatrixFixture.TODAY, InteractionKind.values()[0], "王芳", "赵秘书", "回访",
                null, null);
    }

    private static ProjectDraft projectDraft(RoleMatrixFixture f) {
        return new ProjectDraft("蓝鲸二期", null, f.theirs.id(), "44", List.of(), new BigDecimal("100"), null, null, null,
                null, f.otherTeam, false, null);
    }

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void everyServiceOperationIsAllowedOrRefusedAsItsRoleEntrySays(Engine engine) {
        List<Operation> operations = operations();
        Set<String> found = new TreeSet<>(operations.stream().map(Operation::key).toList());
        assertThat(new TreeSet<>(ENTRIES.keySet())).as("entries for operations that no longer exist")
                .isSubsetOf(found);
        assertThat(found).as("public service operations without an entry in the role matrix")
                .isSubsetOf(ENTRIES.keySet());

        List<String> wrong = new ArrayList<>();
        try (Services s = TestDatabases.open(engine, dir)) {
            RoleMatrixFixture f = new RoleMatrixFixture(s, dir);
            int refusalsBefore = refusals(s);
            int expectedRefusals = 0;
            Map<String, Long> nanos = new LinkedHashMap<>();
            for (Operation op : operations) {
                Entry entry = ENTRIES.get(op.key());
                for (Who who : Who.values()) {
                    long started = System.nanoTime();
                    Outcome outcome = attempt(s, f, who, op, entry);
                    nanos.merge(op.key(), System.nanoTime() - started, Long::sum);
                    boolean allowed = entry.rule().allowed().contains(who);
                    if (!allowed && outcome != Outcome.REFUSED || allowed && outcome == Outcome.REFUSED) {
                        wrong.add(op.key() + " as " + who + ": " + outcome + " (rule: " + entry.rule().name() + ")");
                    }
                    if (outcome == Outcome.REFUSED && who != Who.NOBODY) {
                        expectedRefusals++;
                    }
                }
            }
            // Where the time goes (the matrix must stay quick): the slowest operations, all six calls together.
            nanos.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
                    .forEach(e -> System.out.printf("role matrix %s: %d ms%n", e.getKey(), e.getValue() / 1_000_000));
            assertThat(wrong).as("operations allowed or refused against their rule").isEmpty();
            // Every refusal of a signed-in user is in the audit log (nobody's are stopped by the database too).
            assertThat(refusals(s) - refusalsBefore).isGreaterThanOrEqualTo(expectedRefusals);
        }
    }

    private static int refusals(Services s) {
        s.session().signInAsSystem();
        return s.database().dsl().fetchCount(Tables.AUDIT_LOG, Tables.AUDIT_LOG.ACTION.eq("REFUSED"));
    }

    enum Outcome { DONE, FAILED_OTHERWISE, REFUSED }

    /** Thrown to roll back what an allowed call wrote. */
    private static final class Rollback extends RuntimeException {
        Rollback() {
            super(null, null, false, false);
        }
    }

    private Outcome attempt(Services s, RoleMatrixFixture f, Who who, Operation op, Entry entry) {
        f.become(who);
        try {
            if (who == Who.NOBODY) {
                invoke(s, f, op, entry);
            } else {
                s.database().transaction(() -> {
                    try {
                        invoke(s, f, op, entry);
                    } catch (RuntimeException e) {
                        throw e;
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    throw new Rollback();
                });
            }
            return Outcome.DONE;
        } catch (Rollback done) {
            return Outcome.DONE;
        } catch (AccessRefusedException refused) {
            return Outcome.REFUSED;
        } catch (Exception | AssertionError other) {
            return Outcome.FAILED_OTHERWISE;
        } finally {
            f.become(Who.SYSTEM);
        }
    }

    private void invoke(Services s, RoleMatrixFixture f, Operation op, Entry entry) throws Exception {
        if (entry.call() != null) {
            entry.call().call(s, f);
            return;
        }
        Object target = op.owner().apply(s);
        Object[] args = new Object[op.method().getParameterCount()];
        Type[] types = op.method().getGenericParameterTypes();
        for (int i = 0; i < args.length; i++) {
            args[i] = argument(types[i], 0);
        }
        try {
            op.method().invoke(target, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** A plain argument of the type: a made-up id, a short text, the type's empty or "all" value. */
    private Object argument(Type type, int depth) throws Exception {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw == UUID.class || raw == Object.class) {
            return UUID.randomUUID();
        }
        if (raw == String.class) {
            return "蓝鲸";
        }
        if (raw == int.class || raw == Integer.class) {
            return 5;
        }
        if (raw == long.class || raw == Long.class) {
            return 1L;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return false;
        }
        if (raw == LocalDate.class) {
            return RoleMatrixFixture.TODAY;
        }
        if (raw == OffsetDateTime.class) {
            return OffsetDateTime.now(TestDatabases.CLOCK);
        }
        if (raw == BigDecimal.class) {
            return BigDecimal.ONE;
        }
        if (raw == char[].class) {
            return WRONG.clone();
        }
        if (raw == Path.class) {
            return dir.resolve("out").resolve("matrix.xlsx");
        }
        if (raw == Messages.class) {
            return TestDatabases.chinese();
        }
        if (raw == Progress.class) {
            return Progress.NONE;
        }
        if (raw == TaskRunner.class) {
            return new ImmediateTaskRunner();
        }
        if (raw == Consumer.class) {
            return (Consumer<Object>) x -> { };
        }
        if (raw == List.class || raw == Collection.class) {
            return List.of();
        }
        if (raw == Set.class) {
            return Set.of();
        }
        if (raw == Map.class) {
            return Map.of();
        }
        if (raw.isEnum()) {
            return raw.getEnumConstants()[0];
        }
        if (raw == ImportEntity.class) {
            return ImportEntity.COMPANIES;
        }
        for (var field : raw.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == raw) {
                return field.get(null);
            }
        }
        for (Method factory : raw.getMethods()) {
            if (Modifier.isStatic(factory.getModifiers()) && factory.getParameterCount() == 0 && factory.getReturnType() == raw) {
                return factory.invoke(null);
            }
        }
        if (raw.isRecord() && depth < 3) {
            RecordComponent[] components = raw.getRecordComponents();
            Class<?>[] classes = new Class<?>[components.length];
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                classes[i] = components[i].getType();
                values[i] = argument(components[i].getGenericType(), depth + 1);
            }
            return raw.getDeclaredConstructor(classes).newInstance(values);
        }
        throw new IllegalStateException("No plain argument of type " + type + ": give the entry a call");
    }

    /** One public operation, reached from the services by {@code owner}. */
    record Operation(String key, Function<Services, Object> owner, Method method) { }

    /** Every public instance method of every service (and job) the services hand out, and of theirs. */
    static List<Operation> operations() {
        List<Operation> result = new ArrayList<>();
        for (Method accessor : Services.class.getMethods()) {
            if (accessor.getParameterCount() == 0 && isService(accessor.getReturnType())) {
                collect(s -> call(accessor, s), accessor.getReturnType(), result, new HashSet<>());
            }
        }
        result.sort(Comparator.comparing(Operation::key));
        return result.stream().filter(distinctBy(Operation::key)).toList();
    }

    private static void collect(Function<Services, Object> owner, Class<?> type, List<Operation> result,
                                Set<Class<?>> seen) {
        if (!seen.add(type)) {
            return;
        }
        for (Method m : type.getDeclaredMethods()) {
            if (!Modifier.isPublic(m.getModifiers()) || Modifier.isStatic(m.getModifiers()) || m.isSynthetic()
                    || m.getName().equals("close") && m.getParameterCount() == 0) {
                // close() ends a service's life with the database's (Services.close), it is no operation.
                continue;
            }
            if (m.getParameterCount() == 0 && isService(m.getReturnType())) {
                collect(s -> call(m, owner.apply(s)), m.getReturnType(), result, seen);
                continue;
            }
            result.add(new Operation(type.getSimpleName() + "." + m.getName() + "/" + m.getParameterCount(), owner, m));
        }
    }

    private static boolean isService(Class<?> type) {
        return type.getName().startsWith("cn.zhaoshang.desk.")
                && (type.getSimpleName().endsWith("Service") || type.getSimpleName().endsWith("Job"));
    }

    private static Object call(Method accessor, Object on) {
        try {
            return accessor.invoke(on);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> Predicate<T> distinctBy(Function<T, Object> key) {
        Set<Object> seen = new HashSet<>();
        return t -> seen.add(key.apply(t));
    }
}
