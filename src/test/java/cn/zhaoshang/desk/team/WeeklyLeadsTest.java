package cn.zhaoshang.desk.team;

import static cn.zhaoshang.desk.generated.Tables.COMPANY;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.company.PursuitStatus;
import cn.zhaoshang.desk.generated.tables.records.CompanyRecord;
import cn.zhaoshang.desk.generated.tables.records.ContactRecord;
import cn.zhaoshang.desk.task.TaskFixtures;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The weekly rhythm: one qualified lead (credit code, industry, a contact with a phone) per person per week. */
class WeeklyLeadsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void onlyThisWeeksCompaniesWithTheFourFieldsCount(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            var f = new TaskFixtures(services);
            lead(services, f, f.me, "91410100MA44000001", "I65", "13800138000");
            lead(services, f, f.me, "91410100MA44000002", "C39", "0371-67881234");
            lead(services, f, f.me, "91410100MA44000003", null, "13800138001");      // no industry
            lead(services, f, f.me, null, "C39", "13800138002");                      // no credit code
            lead(services, f, f.colleague, "91410100MA44000004", "I65", null);        // contact without a phone
            UUID lastWeek = lead(services, f, f.colleague, "91410100MA44000005", "I65", "13800138003");
            services.database().dsl().update(COMPANY).set(COMPANY.CREATED_AT, OffsetDateTime.parse("2026-06-14T12:00:00+08:00"))
                    .where(COMPANY.ID.eq(lastWeek)).execute();

            assertThat(services.teams().weeklyLeads(f.team))
                    .extracting(WeeklyLeads::personId, WeeklyLeads::qualified, WeeklyLeads::met)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple(f.me, 2, true),
                            org.assertj.core.groups.Tuple.tuple(f.colleague, 0, false));
        }
    }

    private static UUID lead(Services services, TaskFixtures f, UUID owner, String uscc, String industry, String phone) {
        CompanyRecord c = new CompanyRecord();
        c.setName("企业" + UUID.randomUUID());
        c.setNormalizedName(c.getName());
        c.setPursuitStatus(PursuitStatus.NEW);
        c.setOwnerTeamId(f.team);
        c.setOwnerPersonId(owner);
        c.setUscc(uscc);
        c.setIndustryCode(industry);
        UUID id = services.writer().insert(c).getId();
        ContactRecord contact = new ContactRecord();
        contact.setCompanyId(id);
        contact.setName("联系人");
        contact.setMobile(phone);
        services.writer().insert(contact);
        return id;
    }
}
