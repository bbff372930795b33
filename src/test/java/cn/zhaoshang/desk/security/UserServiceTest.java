package cn.zhaoshang.desk.security;

import static cn.zhaoshang.desk.generated.Tables.AUDIT_LOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class UserServiceTest {
    @TempDir
    Path dir;

    private static String key(Throwable e) {
        return ((DeskException) e).key();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theFirstAdministratorSignsInWithAPasswordThatIsNeverStoredInTheClear(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            UserService users = services.users();
            User admin = users.createFirstAdmin("wangfang", "王芳", "s3cret-pass".toCharArray(), "s3cret-pass".toCharArray());
            assertThat(admin.role()).isEqualTo(Role.ADMIN);
            assertThat(admin.hasPassword()).isTrue();
            assertThat(services.session().displayName()).isEqualTo("王芳");
            assertThat(users.authenticate("wangfang", "s3cret-pass".toCharArray()).username()).isEqualTo("wangfang");
            assertThatThrownBy(() -> users.authenticate("wangfang", "wrong-pass".toCharArray()))
                    .satisfies(e -> assertThat(key(e)).isEqualTo("security.error.badCredentials"));
            assertThatThrownBy(() -> users.authenticate("nobody", "s3cret-pass".toCharArray()))
                    .satisfies(e -> assertThat(key(e)).isEqualTo("security.error.badCredentials"));
            String everything = services.database().dsl().selectFrom(AUDIT_LOG).fetch().toString()
                    + services.database().dsl().fetch("select * from app_user").toString();
            assertThat(everything).doesNotContain("s3cret-pass");
        }
    }

    @Test
    void aSecondFirstAdminAndBadPasswordsAreRefused() {
        try (Services services = TestDatabases.open(Engine.H2, dir)) {
            UserService users = services.users();
            assertThatThrownBy(() -> users.createFirstAdmin("a", "A", "short".toCharArray(), "short".toCharArray()))
                    .satisfies(e -> assertThat(key(e)).isEqualTo("security.error.passwordTooShort"));
            assertThatThrownBy(() -> users.createFirstAdmin("a", "A", "long-enough".toCharArray(), "different!".toCharArray()))
                    .satisfies(e -> assertThat(key(e)).isEqualTo("security.error.passwordsDiffer"));
            users.createFirstAdmin("admin", "管理员", "long-enough".toCharArray(), "long-enough".toCharArray());
            assertThatThrownBy(() -> users.createFirstAdmin("b", "B", "long-enough".toCharArray(), "long-enough".toCharArray()))
                    .satisfies(e -> assertThat(key(e)).isEqualTo("security.error.notFirst"));
        }
    }

    @Test
    void onlyAnAdministratorResetsPasswordsAndAUserWithAPasswordCannotBeChosenWithoutIt() {
        try (Services services = TestDatabases.open(Engine.H2, dir)) {
            UserService users = services.users();
            users.createFirstAdmin("admin", "管理员", "admin-pass".toCharArray(), "admin-pass".toCharArray());
            users.create("lina", "李娜", Role.RECRUITER, null, "lina-pass1".toCharArray());
            assertThatThrownBy(() -> users.signInByName("lina"))
                    .satisfies(e -> assertThat(key(e)).isEqualTo("security.error.passwordRequired"));

            users.authenticate("lina", "lina-pass1".toCharArray());
            // The administrator chose lina's first password: until she chooses her own, nothing else.
            assertThat(services.session().passwordChangeRequired()).isTrue();
            assertThatThrownBy(() -> users.resetPassword("admin", "taken-over".toCharArray()))
                    .satisfies(e -> assertThat(key(e)).isEqualTo("security.error.signInRequired"));
            users.changeOwnPassword("lina-pass1".toCharArray(), "lina-pass2".toCharArray(), "lina-pass2".toCharArray());
            assertThat(services.session().passwordChangeRequired()).isFalse();
            assertThat(users.verifyCurrent("lina-pass2".toCharArray())).isTrue();
            assertThatThrownBy(() -> users.resetPassword("admin", "taken-over".toCharArray()))
                    .satisfies(e -> assertThat(key(e)).isEqualTo("security.error.adminsOnly"));

            users.authenticate("admin", "admin-pass".toCharArray());
            users.resetPassword("lina", "reset-by-admin".toCharArray());
            assertThat(users.authenticate("lina", "reset-by-admin".toCharArray()).username()).isEqualTo("lina");
            assertThat(services.session().passwordChangeRequired()).isTrue();
        }
    }

    @Test
    void aRecruiterSeesTheCommonPoolAndOwnTeamsClaimsOnly() {
        try (Services services = TestDatabases.open(Engine.H2, dir)) {
            var mine = UUID.randomUUID();
            var theirs = UUID.randomUUID();
            services.session().signIn(UUID.randomUUID(), "r", "R", null, "RECRUITER");
            AccessPolicy access = services.users().access();
            assertThat(access.maySeeCompany(null, Set.of(mine))).isTrue();
            assertThat(access.maySeeCompany(mine, Set.of(mine))).isTrue();
            assertThat(access.maySeeCompany(theirs, Set.of(mine))).isFalse();
            assertThat(access.mustMaskPersonalDataInExports()).isTrue();
            services.session().signIn(UUID.randomUUID(), "m", "M", null, "MANAGER");
            assertThat(access.maySeeCompany(theirs, Set.of())).isTrue();
            assertThat(access.maySeeConfidentialNames()).isTrue();
        }
    }
}
