package cn.zhaoshang.desk.demo.db;

import static cn.zhaoshang.desk.generated.Tables.APP_USER;
import static cn.zhaoshang.desk.generated.Tables.CARRIER;
import static cn.zhaoshang.desk.generated.Tables.CHAIN;
import static cn.zhaoshang.desk.generated.Tables.CHAIN_NODE;
import static cn.zhaoshang.desk.generated.Tables.CLAIM;
import static cn.zhaoshang.desk.generated.Tables.COMPANY;
import static cn.zhaoshang.desk.generated.Tables.COMPANY_CHAIN_NODE;
import static cn.zhaoshang.desk.generated.Tables.COMPANY_LADDER;
import static cn.zhaoshang.desk.generated.Tables.COMPANY_TAG;
import static cn.zhaoshang.desk.generated.Tables.CONTACT;
import static cn.zhaoshang.desk.generated.Tables.INTERACTION;
import static cn.zhaoshang.desk.generated.Tables.PERSON;
import static cn.zhaoshang.desk.generated.Tables.PROJECT;
import static cn.zhaoshang.desk.generated.Tables.PROJECT_CHAIN_NODE;
import static cn.zhaoshang.desk.generated.Tables.PROJECT_FUND;
import static cn.zhaoshang.desk.generated.Tables.PROJECT_STAGE_HISTORY;
import static cn.zhaoshang.desk.generated.Tables.TARGET;
import static cn.zhaoshang.desk.generated.Tables.TASK;
import static cn.zhaoshang.desk.generated.Tables.TEAM;
import static cn.zhaoshang.desk.generated.Tables.TEAM_MEMBERSHIP;
import static cn.zhaoshang.desk.generated.Tables.UNIT;

import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.db.AuditLog;
import cn.zhaoshang.desk.common.db.BulkInserter;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.text.CompanyNames;
import cn.zhaoshang.desk.demo.DemoCounts;
import cn.zhaoshang.desk.demo.DemoNames;
import cn.zhaoshang.desk.generated.Tables;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Writes generated demo rows through the bulk inserter; see {@link DemoRows} for what they hold. */
public final class DemoDataWriter {
    private final Database database;
    private final BulkInserter bulk;
    private final AuditLog audit;
    private final DemoRows rows;
    private final Progress progress;

    public DemoDataWriter(Database database, BulkInserter bulk, AuditLog audit, DemoNames names, long seed,
                          LocalDate today, Progress progress) {
        this.database = database;
        this.bulk = bulk;
        this.audit = audit;
        this.progress = progress;
        this.rows = new DemoRows(names, seed, today, audit.now(), loadReference());
    }

    /** Was demo data ever generated here? Its summary audit entry says so (before and after write runs). */
    public static boolean hasDemoData(Database database) {
        var audit = Tables.AUDIT_LOG;
        return database.dsl().fetchExists(audit, audit.RECORD_ID.like("demo-data:%"));
    }

    public static int companyCount(Database database) {
        return database.dsl().fetchCount(COMPANY);
    }

    /** No companies and no users: a database nobody has worked in yet. */
    public static boolean isFresh(Database database) {
        return !database.dsl().fetchExists(COMPANY) && !database.dsl().fetchExists(APP_USER);
    }

    private DemoRows.Reference loadReference() {
        var dsl = database.dsl();
        var teamRows = dsl.select(TEAM.ID, TEAM.BASE_CITY, TEAM.REGION).from(TEAM).orderBy(TEAM.NAME).fetch();
        List<UUID> teams = teamRows.map(r -> r.value1());
        List<DemoRows.Team> places = teamRows.map(r -> new DemoRows.Team(r.value2(), r.value3()));
        List<UUID> units = dsl.select(UNIT.ID).from(UNIT).orderBy(UNIT.NAME).fetch(UNIT.ID);
        List<UUID> carriers = dsl.select(CARRIER.ID).from(CARRIER).orderBy(CARRIER.NAME).fetch(CARRIER.ID);
        Map<String, UUID> nodes = new HashMap<>();
        dsl.select(CHAIN.NAME, CHAIN_NODE.NAME, CHAIN_NODE.ID).from(CHAIN_NODE).join(CHAIN).on(CHAIN.ID.eq(CHAIN_NODE.CHAIN_ID))
                .forEach(r -> nodes.put(r.value1() + "/" + r.value2(), r.value3()));
        boolean hasUsers = dsl.fetchCount(APP_USER) > 0;
        return new DemoRows.Reference(teams, units, carriers, nodes, hasUsers, dsl.fetchCount(COMPANY), places);
    }

    /** Makes the people (in memory) and returns the run's key range, which finds its rows again after a crash. */
    public String prepare() {
        rows.makePeople();
        return rows.keyRange();
    }

    /** Writes everything; {@link #prepare} first. Each bulk insert commits by the batch unless a transaction is held. */
    public DemoCounts writeAll(int companies) {
        DemoCounts counts = new DemoCounts();
        progress.step("demo.step.people");
        counts.add("person", bulk.insert(PERSON, List.of(PERSON.ID, PERSON.CREATED_AT, PERSON.UPDATED_AT, PERSON.VERSION,
                PERSON.NAME, PERSON.UNIT_ID, PERSON.TITLE, PERSON.MOBILE, PERSON.EMAIL), rows.people(), progress, -1));
        counts.add("team_membership", bulk.insert(TEAM_MEMBERSHIP, List.of(TEAM_MEMBERSHIP.ID, TEAM_MEMBERSHIP.CREATED_AT,
                TEAM_MEMBERSHIP.UPDATED_AT, TEAM_MEMBERSHIP.VERSION, TEAM_MEMBERSHIP.TEAM_ID, TEAM_MEMBERSHIP.PERSON_ID,
                TEAM_MEMBERSHIP.ROLE, TEAM_MEMBERSHIP.FROM_DATE, TEAM_MEMBERSHIP.TO_DATE), rows.memberships(), progress, -1));
        counts.add("app_user", bulk.insert(APP_USER, List.of(APP_USER.ID, APP_USER.CREATED_AT, APP_USER.UPDATED_AT,
                APP_USER.VERSION, APP_USER.USERNAME, APP_USER.DISPLAY_NAME, APP_USER.ROLE, APP_USER.PERSON_ID),
                rows.users(), progress, -1));

        progress.step("demo.step.companies");
        rows.makeCompanyIds(companies);
        counts.add("company", bulk.insert(COMPANY, List.of(COMPANY.ID, COMPANY.CREATED_AT, COMPANY.UPDATED_AT, COMPANY.VERSION,
                COMPANY.USCC, COMPANY.NAME, COMPANY.NORMALIZED_NAME, COMPANY.SHORT_NAME, COMPANY.LEGAL_REP,
                COMPANY.REGISTERED_CAPITAL, COMPANY.FOUNDED_ON, COMPANY.DIVISION_CODE, COMPANY.ADDRESS,
                COMPANY.INDUSTRY_CODE, COMPANY.LOCATED_IN_DISTRICT, COMPANY.SPECIALIZED, COMPANY.LISTED,
                COMPANY.FORTUNE500, COMPANY.SOURCE_CHANNEL, COMPANY.FUND_NAME, COMPANY.PURSUIT_STATUS,
                COMPANY.OWNER_TEAM_ID, COMPANY.OWNER_PERSON_ID, COMPANY.SCORE, COMPANY.NOTES),
                rows.companies(CompanyNames::normalize), progress, companies));
        progress.step("demo.step.contacts");
        counts.add("contact", bulk.insert(CONTACT, List.of(CONTACT.ID, CONTACT.CREATED_AT, CONTACT.UPDATED_AT, CONTACT.VERSION,
                CONTACT.COMPANY_ID, CONTACT.NAME, CONTACT.TITLE, CONTACT.MOBILE, CONTACT.PHONE, CONTACT.EMAIL,
                CONTACT.WECHAT, CONTACT.IS_PRIMARY, CONTACT.CONSENT_NOTE), rows.contacts(), progress, companies * 3L));
        counts.add("company_tag", bulk.insert(COMPANY_TAG, List.of(COMPANY_TAG.COMPANY_ID, COMPANY_TAG.TAG),
                rows.tags(), progress, -1));
        counts.add("company_ladder", bulk.insert(COMPANY_LADDER, List.of(COMPANY_LADDER.ID, COMPANY_LADDER.CREATED_AT,
                COMPANY_LADDER.UPDATED_AT, COMPANY_LADDER.VERSION, COMPANY_LADDER.COMPANY_ID, COMPANY_LADDER.TIER,
                COMPANY_LADDER.CERTIFIED_ON, COMPANY_LADDER.EXPIRES_ON), rows.ladders(), progress, -1));
        counts.add("company_chain_node", bulk.insert(COMPANY_CHAIN_NODE, List.of(COMPANY_CHAIN_NODE.COMPANY_ID,
                COMPANY_CHAIN_NODE.NODE_ID, COMPANY_CHAIN_NODE.CHAIN_LEADER), rows.chainLinks(), progress, -1));
        counts.add("claim", bulk.insert(CLAIM, List.of(CLAIM.ID, CLAIM.CREATED_AT, CLAIM.UPDATED_AT, CLAIM.VERSION,
                CLAIM.COMPANY_ID, CLAIM.TEAM_ID, CLAIM.PERSON_ID, CLAIM.CLAIMED_ON, CLAIM.EXPIRES_ON), rows.claims(),
                progress, -1));

        progress.step("demo.step.projects");
        rows.makeProjects(Math.max(20, companies / 10));
        counts.add("project", bulk.insert(PROJECT, List.of(PROJECT.ID, PROJECT.CREATED_AT, PROJECT.UPDATED_AT, PROJECT.VERSION,
                PROJECT.NAME, PROJECT.CODE_NAME, PROJECT.COMPANY_ID, PROJECT.INDUSTRY_CODE, PROJECT.PLANNED_INVESTMENT,
                PROJECT.CONTRACT_AMOUNT, PROJECT.CARRIER_ID, PROJECT.RESPONSIBLE_UNIT_ID, PROJECT.LEADER_IN_CHARGE,
                PROJECT.TEAM_ID, PROJECT.OWNER_PERSON_ID, PROJECT.MAJOR, PROJECT.SOURCE_CHANNEL, PROJECT.STAGE,
                PROJECT.STAGE_ENTERED_ON, PROJECT.SIGNED_ON, PROJECT.REGISTERED_ON, PROJECT.LOCAL_USCC,
                PROJECT.STARTED_ON, PROJECT.OPERATING_ON, PROJECT.DROP_REASON), rows.projects(), progress, -1));
        counts.add("project_stage_history", bulk.insert(PROJECT_STAGE_HISTORY, List.of(PROJECT_STAGE_HISTORY.ID,
                PROJECT_STAGE_HISTORY.CREATED_AT, PROJECT_STAGE_HISTORY.UPDATED_AT, PROJECT_STAGE_HISTORY.VERSION,
                PROJECT_STAGE_HISTORY.PROJECT_ID, PROJECT_STAGE_HISTORY.FROM_STAGE, PROJECT_STAGE_HISTORY.TO_STAGE,
                PROJECT_STAGE_HISTORY.CHANGED_ON, PROJECT_STAGE_HISTORY.CHANGED_BY, PROJECT_STAGE_HISTORY.REASON),
                rows.stageHistory(), progress, -1));
        counts.add("project_fund", bulk.insert(PROJECT_FUND, List.of(PROJECT_FUND.ID, PROJECT_FUND.CREATED_AT,
                PROJECT_FUND.UPDATED_AT, PROJECT_FUND.VERSION, PROJECT_FUND.PROJECT_ID, PROJECT_FUND.RECEIVED_ON,
                PROJECT_FUND.AMOUNT, PROJECT_FUND.NOTE), rows.funds(), progress, -1));
        counts.add("project_chain_node", bulk.insert(PROJECT_CHAIN_NODE, List.of(PROJECT_CHAIN_NODE.PROJECT_ID,
                PROJECT_CHAIN_NODE.NODE_ID), rows.projectChainLinks(), progress, -1));

        progress.step("demo.step.visits");
        counts.add("interaction", bulk.insert(INTERACTION, List.of(INTERACTION.ID, INTERACTION.CREATED_AT,
                INTERACTION.UPDATED_AT, INTERACTION.VERSION, INTERACTION.COMPANY_ID, INTERACTION.PROJECT_ID,
                INTERACTION.OCCURRED_ON, INTERACTION.KIND, INTERACTION.OUR_PARTICIPANTS, INTERACTION.THEIR_PARTICIPANTS,
                INTERACTION.SUMMARY, INTERACTION.NEXT_STEP, INTERACTION.NEXT_STEP_DUE_ON, INTERACTION.RECORDED_BY,
                INTERACTION.TEAM_ID, INTERACTION.UNIT_ID),
                rows.visits(companies), progress, companies));
        progress.step("demo.step.tasks");
        counts.add("task", bulk.insert(TASK, List.of(TASK.ID, TASK.CREATED_AT, TASK.UPDATED_AT, TASK.VERSION, TASK.TITLE,
                TASK.DETAILS, TASK.COMPANY_ID, TASK.PROJECT_ID, TASK.ASSIGNEE_PERSON_ID, TASK.TEAM_ID, TASK.DUE_ON,
                TASK.PRIORITY, TASK.STATUS, TASK.SOURCE_KIND, TASK.SUPERVISION_LEVEL, TASK.REPORT_EVERY_DAYS,
                TASK.COMPLETED_ON), rows.tasks(Math.max(10, companies / 5)), progress, -1));
        // A second demo run (more companies) keeps the targets someone may already have set.
        if (database.dsl().fetchCount(TARGET) == 0) {
            counts.add("target", bulk.insert(TARGET, List.of(TARGET.ID, TARGET.CREATED_AT, TARGET.UPDATED_AT, TARGET.VERSION,
                    TARGET.TARGET_YEAR, TARGET.OWNER_KIND, TARGET.OWNER_ID, TARGET.INDICATOR, TARGET.PERIOD_KIND,
                    TARGET.PERIOD_NO, TARGET.AMOUNT), rows.targets().iterator(), progress, -1));
        }
        return counts;
    }
}
