package cn.zhaoshang.desk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Composition;
import cn.zhaoshang.desk.app.Main;
import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.config.LocalSettings;
import cn.zhaoshang.desk.common.db.DatabaseConfig;
import cn.zhaoshang.desk.company.Company;
import cn.zhaoshang.desk.company.CompanyFixtures;
import cn.zhaoshang.desk.company.Contact;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompanyCommandTest {
    @TempDir
    Path dir;

    private String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(TestDatabases.asDemoAdmin(args), new PrintWriter(out, true), new PrintWriter(err, true));
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    private Company seed() {
        try (Services services = TestDatabases.asSystem(Composition.open(dir, new LocalSettings(dir), TestDatabases.chinese(),
                DatabaseConfig.embedded(dir), Clock.systemUTC(), null))) {
            Company c = services.companies().create(CompanyFixtures.company("华润新能源有限公司", 1).tags(List.of("央企")).build());
            services.companies().contacts().save(new Contact(null, 0, c.id(), "张伟", "总经理", "13800001234", null,
                    "zhangwei@example.com", null, true, "名片交换"));
            services.companies().contacts().save(Contact.draft(c.id(), "李娜"));
            return c;
        }
    }

    @Test
    void showPrintsTheCompanyWithItsContactsPrimaryFirst() {
        Company c = seed();
        String[] result = run("--data-dir", dir.toString(), "company", "show", c.uscc().toLowerCase());

        assertThat(result[0]).isEqualTo("0");
        assertThat(result[1]).startsWith("华润新能源有限公司").contains("统一社会信用代码：" + c.uscc())
                .contains("注册资本（万元）：5,000 万元").contains("招商状态：跟进中").contains("所在地区：郑州市中原区")
                .contains("标签：央企").contains("认领：公海（未认领）").contains("联系人（2）：");
        assertThat(result[1]).containsPattern("★ 张伟  总经理  13800001234  zhangwei@example.com\\R\\s+李娜");
    }

    @Test
    void anUnknownCodeExitsWithOneWithOneLocalisedLine() {
        seed();
        String[] result = run("--data-dir", dir.toString(), "company", "show", "91410102MA00000000");

        assertThat(result[0]).isEqualTo("1");
        assertThat(result[2].strip().lines().toList()).containsExactly("找不到统一社会信用代码为 91410102MA00000000 的企业。");
        assertThat(run("--data-dir", dir.toString(), "--lang", "en", "company", "show", "X")[2])
                .contains("No company has the unified social credit code X.");
    }

    @Test
    void companyAndShowHaveHelp() {
        assertThat(run("company", "show", "--help")[1]).contains("Usage:").contains("USCC");
        assertThat(run("company", "--help")[1]).contains("show");
    }
}
