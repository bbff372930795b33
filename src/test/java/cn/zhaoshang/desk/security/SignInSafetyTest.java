package cn.zhaoshang.desk.security;

import static cn.zhaoshang.desk.generated.Tables.APP_USER;
import static cn.zhaoshang.desk.generated.Tables.AUDIT_LOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.session.AccessRefusedException;
import cn.zhaoshang.desk.company.CompanyFilter;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Guessing passwords gets slow, then stops; a name that exists and one that does not are answered alike. */
class SignInSafetyTest {
    @TempDir
    Path dir;

    /** A clock the test moves instead of sleeping. */
    /** A clock the test moves; a copy in another zone (the services take the office's) moves with it. */
    static final class MovingClock extends Clock {
        private final Instant[] now;
        private final ZoneId zone;

        MovingClock() {
            this(new Instant[] {TestDatabases.NOW}, ZoneOffset.UTC);
        }

        private MovingClock(Instant[] now, ZoneId zone) {
            this.now = now;
            this.zone = zone;
        }

        void advance(Duration by) {
            now[0] = now[0].plus(by);
        }

        @Override public ZoneId getZone() {
            return zone;
        }

        @Override public Clock withZone(ZoneId other) {
            return new MovingClock(now, other);
        }

        @Override public Instant instant() {
            return now[0];
        }
    }

    private static String failure(Runnable attempt) {
        try {
            attempt.run();
            return "signed in";
        } catch (DeskException e) {
            return e.key() + (e.args().length > 0 ? " " + e.args()[0] : "");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void wrongPasswordsWaitLongerThenLockTheNameUntilAnAdministratorLiftsIt(Engine engine) {
        MovingClock clock = new MovingClock();
        try (Services s = TestDatabases.open(TestDatabases.config(engine), dir, clock)) {
            UserService users = s.users();
            users.createFirstAdmin("admin", "管理员", "admin-pass".toCharArray(), "admin-pass".toCharArray());
            TestDatabases.asSystem(s).users().create("lina", "李娜", Role.RECRUITER, null, "lina-pass1".toCharArray());
            s.session().signOut();

            // Three wrong passwords are free (typos); a known and an unknown name get the same answer.
            for (int i = 0; i < 3; i++) {
                assertThat(failure(() -> users.authenticate("lina", "guess-000".toCharArray())))
                        .isEqualTo("security.error.badCredentials");
                assertThat(failure(() -> users.authenticate("nobody-here", "guess-000".toCharArray())))
                        .isEqualTo("security.error.badCredentials");
            }
            // Then each try waits, doubling: even the right password is not looked at while it waits.
            assertThat(failure(() -> users.authenticate("lina", "lina-pass1".toCharArray())))
                    .isEqualTo("security.error.waitBeforeRetry 5");
            assertThat(failure(() -> users.authenticate("nobody-here", "lina-pass1".toCharArray())))
                    .isEqualTo("security.error.waitBeforeRetry 5");
            clock.advance(Duration.ofSeconds(5));
            assertThat(failure(() -> users.authenticate("lina", "guess-001".toCharArray())))
                    .isEqualTo("security.error.badCredentials");
            assertThat(failure(() -> users.authenticate("lina", "guess-002".toCharArray())))
                    .isEqualTo("security.error.waitBeforeRetry 10");
            // The tenth wrong password locks the name.
            for (int i = 0; i < 6; i++) {
                clock.advance(Duration.ofMinutes(5));
                users.session().signOut();
                failure(() -> users.authenticate("lina", "guess-00x".toCharArray()));
            }
            clock.advance(Duration.ofHours(1));
            assertThat(failure(() -> users.authenticate("lina", "lina-pass1".toCharArray())))
                    .isEqualTo("security.error.lockedOut");

            users.authenticate("admin", "admin-pass".toCharArray());
            assertThat(users.lockedNames()).contains("lina");
            assertThat(users.unlock("lina")).isTrue();
            users.authenticate("lina", "lina-pass1".toCharArray());
            assertThat(s.session().userName()).isEqualTo("lina");

            TestDatabases.asSystem(s);
            assertThat(s.database().dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq("SIGN_IN_FAILED")
                    .and(AUDIT_LOG.RECORD_ID.eq("lina")))).isGreaterThanOrEqualTo(10);
            assertThat(s.database().dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq("SIGN_IN_FAILED")
                    .and(AUDIT_LOG.RECORD_ID.eq("nobody-here")))).isGreaterThanOrEqualTo(3);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void onceAnyoneHasAPasswordAUserWithoutOneCannotSignInUntilGivenAFirstOne(Engine engine) {
        try (Services s = TestDatabases.open(engine, dir)) {
            s.demoData().generate(3, 1, Progress.NONE);
            User manager = s.users().list().stream().filter(u -> u.role() == Role.MANAGER).findFirst().orElseThrow();
            // A demo database: users are chosen, no password.
            s.session().signOut();
            assertThat(s.users().signInChoices()).isNotEmpty();
            s.users().signIn(manager);
            assertThat(s.session().role()).isEqualTo("MANAGER");

            TestDatabases.asSystem(s).users().resetPassword("admin", "admin-pass".toCharArray());
            s.session().signOut();
            assertThat(s.users().signInChoices()).as("a list would tell a guesser who exists").isEmpty();
            assertThat(failure(() -> s.users().signIn(manager))).isEqualTo("security.error.passwordNotSet " + manager.username());
            assertThat(failure(() -> s.users().authenticate(manager.username(), "anything1".toCharArray())))
                    .startsWith("security.error.passwordNotSet");

            s.users().authenticate("admin", "admin-pass".toCharArray());
            s.users().resetPassword(manager.username(), "first-pass".toCharArray());
            s.users().authenticate(manager.username(), "first-pass".toCharArray());
            assertThat(s.session().passwordChangeRequired()).isTrue();
            assertThatThrownBy(() -> s.companies().count(CompanyFilter.NONE))
                    .isInstanceOf(AccessRefusedException.class);
            s.users().changeOwnPassword("first-pass".toCharArray(), "my-own-pass".toCharArray(), "my-own-pass".toCharArray());
            assertThat(s.companies().count(CompanyFilter.NONE)).isPositive();
        }
    }

    @Test
    void aPbkdf2HashOfAnEarlierVersionIsReplacedByArgon2idAtTheNextSignIn() {
        try (Services s = TestDatabases.open(Engine.H2, dir)) {
            s.users().createFirstAdmin("admin", "管理员", "admin-pass".toCharArray(), "admin-pass".toCharArray());
            String old = "pbkdf2-sha256$1000$" + Base64.getEncoder().withoutPadding().encodeToString(new byte[16])
                    + "$" + Base64.getEncoder().withoutPadding().encodeToString(
                    PasswordHasher.derive("admin-pass".toCharArray(), new byte[16], 1000));
            TestDatabases.asSystem(s).database().dsl().update(APP_USER).set(APP_USER.PASSWORD_HASH, old).execute();

            s.users().authenticate("admin", "admin-pass".toCharArray());
            TestDatabases.asSystem(s);
            String now = s.database().dsl().select(APP_USER.PASSWORD_HASH).from(APP_USER).fetchOne(APP_USER.PASSWORD_HASH);
            assertThat(now).startsWith("$argon2id$v=19$");
            assertThat(PasswordHasher.matches("admin-pass".toCharArray(), now)).isTrue();
            assertThat(PasswordHasher.STANDARD.hash("x-password".toCharArray())).contains("m=19456,t=2,p=1");
        }
    }
}
