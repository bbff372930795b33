package cn.zhaoshang.desk.security;

import static cn.zhaoshang.desk.company.CompanyFixtures.company;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.company.Choice;
import cn.zhaoshang.desk.company.Company;
import cn.zhaoshang.desk.company.CompanyService;
import cn.zhaoshang.desk.company.Contact;
import cn.zhaoshang.desk.generated.Tables;
import java.util.UUID;

/**
 * Demo data plus three companies with a contact each: one claimed by the recruiter's team, one by
 * another team ("蓝鲸" — the one a recruiter must never read), one in the common pool.
 */
final class CompanyVisibilityFixture {
    static final String THEIRS = "蓝鲸深海储能科技有限公司";
    static final String MINE = "蓝鲸自家装备有限公司";
    static final String POOL = "蓝鲸公海材料有限公司";
    static final String THEIR_MOBILE = "13912345678";

    final User recruiter;
    final User manager;
    final Company theirs;
    final Company mine;
    final Company pool;

    CompanyVisibilityFixture(Services s) {
        s.demoData().generate(5, 3, Progress.NONE);
        s.database().dsl().deleteFrom(Tables.CLAIM).execute();
        recruiter = s.users().list().stream().filter(u -> u.role() == Role.RECRUITER && u.personId() != null)
                .findFirst().orElseThrow();
        manager = s.users().list().stream().filter(u -> u.role() == Role.MANAGER).findFirst().orElseThrow();
        CompanyService companies = s.companies();
        s.users().signIn(recruiter);
        UUID myTeam = companies.myTeams().get(0);
        UUID otherTeam = companies.teams().stream().map(Choice::id).filter(t -> !t.equals(myTeam)).findFirst().orElseThrow();
        s.users().signIn(manager);
        theirs = companies.create(company(THEIRS, 901).build());
        mine = companies.create(company(MINE, 902).build());
        pool = companies.create(company(POOL, 903).build());
        addContact(companies, theirs, "赵秘书", THEIR_MOBILE);
        addContact(companies, mine, "钱经理", "13800000002");
        addContact(companies, pool, "孙总", "13800000003");
        companies.claims().claim(theirs.id(), otherTeam, null, 30);
        companies.claims().claim(mine.id(), myTeam, null, 30);
    }

    private static void addContact(CompanyService companies, Company c, String name, String mobile) {
        Contact draft = Contact.draft(c.id(), name);
        companies.contacts().save(new Contact(null, 0, c.id(), draft.name(), "总经理", mobile, null, null, null, true, "名片，本人同意"));
    }
}
