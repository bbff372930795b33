package cn.zhaoshang.desk.history;

import static cn.zhaoshang.desk.generated.Tables.COMPANY;
import static cn.zhaoshang.desk.generated.Tables.CONTACT;
import static cn.zhaoshang.desk.generated.Tables.TEAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.common.db.FieldChange;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.generated.tables.records.TeamRecord;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class HistoryServiceTest {
    @TempDir
    Path dir;

    private static void signIn(Services s, String role) {
        s.session().signIn(UUID.randomUUID(), role.toLowerCase(), role, null, role);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aRecordsHistoryShowsWhoChangedWhichFieldFromWhatToWhat(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            signIn(services, "ADMIN");
            TeamRecord team = services.database().dsl().selectFrom(TEAM).limit(1).fetchOne();
            services.session().signIn(UUID.randomUUID(), "zhangwei", "张伟", null, "MANAGER");
            team.setRegion("京津冀协同");
            services.writer().update(team);

            List<AuditEntry> entries = services.history().recordHistory("team", team.getId());
            assertThat(entries).first().satisfies(e -> {
                assertThat(e.userName()).isEqualTo("zhangwei");
                assertThat(e.action()).isEqualTo("UPDATE");
                assertThat(e.changes()).containsEntry("region", new FieldChange("京津冀", "京津冀协同"));
            });
            List<AuditEntry> byUser = services.history().search(new AuditFilter("zhangwei", "team", null, null, null, 50));
            assertThat(byUser).extracting(AuditEntry::recordId).containsExactly(team.getId().toString());
            assertThat(services.history().search(new AuditFilter("nobody", null, null, null, null, 50))).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void trashedRecordsCanBeRestoredAndPurgedUnlessOthersStillReferToThem(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            signIn(services, "ADMIN");
            services.demoData().generate(5, 3, Progress.NONE);
            var dsl = services.database().dsl();
            var company = dsl.selectFrom(COMPANY).orderBy(COMPANY.NAME).limit(1).fetchOne();
            var contact = dsl.selectFrom(CONTACT).where(CONTACT.COMPANY_ID.ne(company.getId())).limit(1).fetchOne();
            services.writer().softDelete(COMPANY, company.getId(), company.getVersion());
            services.writer().softDelete(CONTACT, contact.getId(), contact.getVersion());

            List<TrashItem> trash = services.history().trash();
            assertThat(trash).extracting(TrashItem::label).contains(company.getName(), contact.getName());
            TrashItem trashedCompany = trash.stream().filter(t -> t.table().equals("company")).findFirst().orElseThrow();
            TrashItem trashedContact = trash.stream().filter(t -> t.table().equals("contact")).findFirst().orElseThrow();

            // The company still has contacts outside the trash: it stays; the lone contact goes.
            assertThat(services.history().empty(List.of(trashedCompany, trashedContact))).isEqualTo(1);
            assertThat(dsl.fetchExists(CONTACT, CONTACT.ID.eq(contact.getId()))).isFalse();
            assertThat(services.history().trash()).extracting(TrashItem::id).containsExactly(company.getId());

            services.history().restore(services.history().trash().get(0));
            assertThat(dsl.selectFrom(COMPANY).where(COMPANY.ID.eq(company.getId())).fetchOne().getDeletedAt()).isNull();
            assertThat(services.history().recordHistory("company", company.getId()))
                    .extracting(AuditEntry::action).contains("RESTORE", "DELETE");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void recruitersCannotReadTheWholeLogAndOnlyAdminsTouchTheTrash(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            signIn(services, "RECRUITER");
            assertThatThrownBy(() -> services.history().search(AuditFilter.latest(10)))
                    .satisfies(e -> assertThat(((DeskException) e).key()).isEqualTo("security.error.managersOnly"));
            assertThatThrownBy(() -> services.history().exports(10)).isInstanceOf(DeskException.class);
            signIn(services, "MANAGER");
            assertThat(services.history().search(AuditFilter.latest(10))).isNotEmpty();
            assertThatThrownBy(() -> services.history().empty(List.of()))
                    .satisfies(e -> assertThat(((DeskException) e).key()).isEqualTo("security.error.adminsOnly"));
        }
    }
}
