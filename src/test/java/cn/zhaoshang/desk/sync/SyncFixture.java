package cn.zhaoshang.desk.sync;

import cn.zhaoshang.desk.app.Composition;
import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.config.LocalSettings;
import cn.zhaoshang.desk.common.db.DatabaseConfig;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.company.Company;
import cn.zhaoshang.desk.company.CompanyData;
import cn.zhaoshang.desk.company.Contact;
import cn.zhaoshang.desk.security.Role;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A team server and the laptops of its people: 李明 and 王芳 in the 北京 team, 陈静 in the 上海 team,
 * each laptop its own H2 database, tied and signed in as its user.
 */
final class SyncFixture implements AutoCloseable {
    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    final Services server;
    final UUID beijing;
    final UUID shanghai;
    final UUID liming;
    final UUID wangfang;
    final UUID chenjing;
    private final Path dir;
    private final List<Services> laptops = new ArrayList<>();

    SyncFixture(Engine engine, Path dir) {
        this.dir = dir;
        server = TestDatabases.open(engine, dir.resolve("server"));
        server.users().create("banzhang", "管理员", Role.ADMIN, null);
        server.users().signInByName("banzhang");
        beijing = server.teams().addTeam("北京测试小分队", "北京", "京津冀");
        shanghai = server.teams().addTeam("上海测试小分队", "上海", "长三角");
        liming = member("liming", "李明", beijing);
        wangfang = member("wangfang", "王芳", beijing);
        chenjing = member("chenjing", "陈静", shanghai);
    }

    private UUID member(String user, String name, UUID team) {
        UUID person = server.teams().addPerson(name, null, "招商专员", null);
        server.teams().join(team, person, "MEMBER", TODAY.minusYears(1));
        server.users().create(user, name, Role.RECRUITER, person);
        return person;
    }

    /** A new laptop for {@code user}, tied to the server with the user's share pulled, signed in as the user. */
    Services laptop(String user) {
        Path folder = dir.resolve("laptop-" + user + "-" + laptops.size());
        Services laptop = Composition.open(folder, new LocalSettings(folder), server.messages(),
                DatabaseConfig.inMemory("l" + UUID.randomUUID().toString().replace("-", "")), TestDatabases.CLOCK, null);
        laptops.add(laptop);
        // A new laptop has nobody to sign in yet: tying it is the system's job, as in the app (LaptopTie).
        laptop.session().asSystem(() -> laptop.sync().tie(server.database(), user, "laptop-" + user, Progress.NONE));
        laptop.users().signInByName(user);
        return laptop;
    }

    SyncResult sync(Services laptop) {
        return laptop.sync().sync(server.database(), Progress.NONE);
    }

    Company company(String name, UUID team) {
        return server.companies().create(CompanyData.named(name).ownerTeamId(team).address("中原区建设路 1 号").build());
    }

    Contact contact(Services on, UUID company, String name, String mobile) {
        return on.companies().contacts().save(new Contact(null, 0, company, name, "总经理", mobile, null, null, null,
                false, "名片，本人同意"));
    }

    @Override
    public void close() {
        laptops.forEach(Services::close);
        server.close();
    }
}
