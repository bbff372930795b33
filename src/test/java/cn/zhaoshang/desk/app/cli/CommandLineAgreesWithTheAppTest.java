package cn.zhaoshang.desk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Composition;
import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.config.LocalSettings;
import cn.zhaoshang.desk.common.db.DatabaseConfig;
import cn.zhaoshang.desk.company.Company;
import cn.zhaoshang.desk.company.CompanyData;
import cn.zhaoshang.desk.company.CompanyFixtures;
import cn.zhaoshang.desk.company.Contact;
import cn.zhaoshang.desk.exchange.ExportRecord;
import cn.zhaoshang.desk.project.ProjectDraft;
import cn.zhaoshang.desk.project.ProjectStage;
import cn.zhaoshang.desk.security.Role;
import cn.zhaoshang.desk.task.TaskFixtures;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line says and does what the app does: masking, finding a company, role names, bad areas. */
class CommandLineAgreesWithTheAppTest {
    @TempDir
    Path dir;

    private static Cli.Result run(String... args) {
        return Cli.run(args);
    }

    private <T> T with(Function<Services, T> work) {
        try (Services services = Composition.open(dir, new LocalSettings(dir), TestDatabases.chinese(),
                DatabaseConfig.embedded(dir), Clock.systemUTC(), null)) {
            return work.apply(TestDatabases.asSystem(services)); // the test's own set-up and checks
        }
    }

    private void withServices(Consumer<Services> work) {
        with(s -> {
            work.accept(s);
            return null;
        });
    }

    @Test
    void exportContactsMasksByDefaultAndNoMaskIsRecorded() throws Exception {
        withServices(s -> {
            Company c = s.companies().create(CompanyFixtures.company("华润新能源有限公司", 1).build());
            s.companies().contacts().save(new Contact(null, 0, c.id(), "张伟", "总经理", "13800001234", null,
                    "zhangwei@example.com", null, true, "名片交换"));
        });
        Path masked = dir.resolve("masked.csv");
        Path whole = dir.resolve("whole.csv");

        assertThat(run("--data-dir", dir.toString(), "export", "contacts", masked.toString()).code()).isZero();
        Cli.Result unmasked = run("--data-dir", dir.toString(), "export", "contacts", whole.toString(), "--no-mask");

        assertThat(unmasked.code()).as(unmasked.err()).isZero();
        assertThat(Files.readString(masked)).contains("138****1234").doesNotContain("13800001234");
        assertThat(Files.readString(whole)).contains("13800001234");
        List<ExportRecord> log = with(s -> {
            s.users().signIn(s.users().create("boss", "局长", Role.MANAGER, null));
            return s.exports().recentExports(10);
        });
        assertThat(log).extracting(ExportRecord::masked).containsExactlyInAnyOrder(true, false);
        assertThat(log).filteredOn(r -> !r.masked()).singleElement()
                .satisfies(r -> assertThat(r.fileName()).endsWith("whole.csv"));
    }

    @Test
    void companyShowFindsACompanyByNameOrIdAndListsItsProjectsTasksAndRequests() {
        UUID id = with(s -> {
            TaskFixtures f = new TaskFixtures(s);
            TestDatabases.signInAs(s, "admin", "管理员", Role.ADMIN, null); // the command line's user below
            UUID company = s.companies().create(CompanyData.named("郑州宇通新材料有限公司").build()).id();
            s.companies().create(CompanyData.named("郑州宇通物流有限公司").build());
            s.projects().create(new ProjectDraft("新材料二期", null, company, "26", List.of(), new BigDecimal("148600"),
                    null, null, null, null, null, false, null), ProjectStage.NEGOTIATING, LocalDate.of(2026, 5, 1));
            s.tasks().create(s.tasks().draftForCompany(company).withAssignee(f.me, f.team).withTitle("约见董事长"));
            return company;
        });

        Cli.Result byName = run("--data-dir", dir.toString(), "company", "show", "郑州宇通新材料有限公司");
        Cli.Result byPart = run("--data-dir", dir.toString(), "company", "show", "新材料");
        Cli.Result byId = run("--data-dir", dir.toString(), "company", "show", id.toString());
        Cli.Result ambiguous = run("--data-dir", dir.toString(), "company", "show", "宇通");

        assertThat(byName.code()).as(byName.err()).isZero();
        assertThat(byName.out()).startsWith("郑州宇通新材料有限公司").contains("项目（1）：").contains("新材料二期  洽谈")
                .contains("14.86 亿元").contains("任务（1）：").contains("约见董事长").contains("企业诉求");
        assertThat(byPart.out()).isEqualTo(byName.out());
        assertThat(byId.out()).isEqualTo(byName.out());
        assertThat(ambiguous.code()).isEqualTo(1);
        assertThat(ambiguous.err()).contains("多家企业").contains("郑州宇通物流有限公司");
        assertThat(run("--data-dir", dir.toString(), "company", "show", "没有这家").err()).contains("找不到“没有这家”");
    }

    @Test
    void usersAddTakesTheRoleInAnyCaseOrByItsNameInTheApp() {
        for (String[] typed : new String[][] {{"team_lead", "TEAM_LEAD"}, {"Team-Lead", "TEAM_LEAD"}, {"局领导", "MANAGER"},
                {"管理员", "ADMIN"}, {"Recruiter", "RECRUITER"}, {"小分队队长", "TEAM_LEAD"}, {"administrator", "ADMIN"}}) {
            var parsed = new picocli.CommandLine(new DeskCommand())
                    .parseArgs("users", "add", "wang", "--role", typed[0]).subcommand().subcommand();
            assertThat(parsed.matchedOptionValue("--role", (Role) null)).as(typed[0]).isEqualTo(Role.valueOf(typed[1]));
        }
        Cli.Result bad = run("--data-dir", dir.toString(), "users", "add", "zhou", "--role", "局长助理");

        assertThat(bad.code()).isNotZero();
        assertThat(bad.err()).contains("不认识的角色").contains("局领导");
        boolean added = with(s -> s.users().findByName("zhou").isPresent());
        assertThat(added).isFalse();
    }

    @Test
    void aSnapshotWithAnUnknownAreaExitsNonZeroBeforeAnyWindowOpens() {
        Cli.Result result = run("--data-dir", dir.toString(), "--open", "dashbord", "--snapshot", dir.resolve("x.png").toString());

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("dashbord").contains("dashboard");
        assertThat(dir.resolve("x.png")).doesNotExist();
    }
}
