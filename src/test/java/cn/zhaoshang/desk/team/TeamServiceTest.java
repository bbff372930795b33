package cn.zhaoshang.desk.team;

import static cn.zhaoshang.desk.generated.Tables.PERSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.common.db.StaleRecordException;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.session.AccessRefusedException;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TeamServiceTest {
    @TempDir
    Path dir;

    private static UUID person(Services s, String name) {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now();
        s.database().dsl().insertInto(PERSON).set(PERSON.ID, id).set(PERSON.CREATED_AT, now).set(PERSON.UPDATED_AT, now)
                .set(PERSON.NAME, name).execute();
        return id;
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void rotationKeepsTheHistoryAndTheRosterShowsWhoIsThereToday(Engine engine) {
        try (Services s = TestDatabases.open(engine, dir)) {
            TeamService teams = s.teams();
            UUID beijing = teams.teams().stream().filter(t -> t.name().startsWith("北京")).findFirst().orElseThrow().id();
            UUID wang = person(s, "王磊");
            UUID li = person(s, "李娜");
            teams.join(beijing, wang, "LEADER", LocalDate.of(2025, 1, 1));
            teams.join(beijing, li, "MEMBER", LocalDate.of(2026, 3, 1));
            Membership wangs = teams.roster(beijing).stream().filter(m -> m.personId().equals(wang)).findFirst().orElseThrow();
            teams.leave(wangs, LocalDate.of(2026, 5, 31));

            assertThat(teams.roster(beijing)).extracting(Membership::personName).containsExactly("李娜");
            assertThat(teams.history(beijing)).extracting(Membership::personName).containsExactly("李娜", "王磊");
            assertThat(teams.teams().stream().filter(t -> t.id().equals(beijing)).findFirst().orElseThrow().currentMembers()).isEqualTo(1);
            assertThatThrownBy(() -> teams.leave(wangs, LocalDate.of(2026, 6, 1))).as("stale").isInstanceOf(StaleRecordException.class);
            assertThatThrownBy(() -> teams.join(beijing, li, "MEMBER", LocalDate.of(2026, 4, 1))).isInstanceOf(DeskException.class);
            assertThat(s.history().recordHistory("team_membership", wangs.id())).isNotEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void myWorkspaceOpensOnMyCurrentTeamAndWithoutAPersonOnEverything(Engine engine) {
        try (Services s = TestDatabases.open(engine, dir)) {
            TeamService teams = s.teams();
            UUID shanghai = teams.teams().stream().filter(t -> t.name().startsWith("上海")).findFirst().orElseThrow().id();
            UUID zhao = person(s, "赵敏");
            assertThat(teams.defaultTeamFilter()).isNull();
            teams.join(shanghai, zhao, "MEMBER", LocalDate.of(2026, 1, 1));
            s.session().signIn(UUID.randomUUID(), "zhaomin", "赵敏", zhao, "RECRUITER");
            assertThat(teams.defaultTeamFilter()).isEqualTo(shanghai);
            // Teams and the rotation are set by managers (decision 0145).
            assertThatThrownBy(() -> teams.addTeam("成都驻地招商小分队", "成都", "成渝"))
                    .isInstanceOf(AccessRefusedException.class);
            s.session().signIn(UUID.randomUUID(), "juzhang", "局长", null, "MANAGER");
            UUID added = teams.addTeam("成都驻地招商小分队", "成都", "成渝");
            assertThat(teams.teams()).extracting(TeamSummary::id).contains(added);
            assertThatThrownBy(() -> teams.addTeam("成都驻地招商小分队", "成都", null)).isInstanceOf(DeskException.class);
            assertThatThrownBy(() -> teams.addTeam(" ", "成都", null)).isInstanceOf(DeskException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void peopleAreAddedWithTheirHomeUnitAndUnitsCanBeAdded(Engine engine) {
        try (Services s = TestDatabases.open(engine, dir)) {
            TeamService teams = s.teams();
            UUID bureau = teams.units().stream().filter(u -> u.name().equals("区工信局")).findFirst().orElseThrow().id();
            UUID zhang = teams.addPerson(" 张伟 ", bureau, "科长", "138-0371-0000");
            assertThat(teams.people()).filteredOn(p -> p.id().equals(zhang)).singleElement()
                    .satisfies(p -> {
                        assertThat(p.name()).isEqualTo("张伟");
                        assertThat(p.unitName()).isEqualTo("区工信局");
                    });
            assertThat(s.database().dsl().select(PERSON.MOBILE).from(PERSON).where(PERSON.ID.eq(zhang)).fetchOne(PERSON.MOBILE))
                    .isEqualTo("13803710000");
            UUID beijing = teams.teams().getFirst().id();
            teams.join(beijing, zhang, "MEMBER", LocalDate.of(2026, 6, 1));
            assertThat(teams.roster(beijing)).extracting(Membership::unitName).containsExactly("区工信局");

            int before = teams.people().size();
            assertThatThrownBy(() -> teams.addPerson("李四", bureau, null, "12345")).isInstanceOf(DeskException.class)
                    .hasMessageContaining("team.error.mobile");
            assertThatThrownBy(() -> teams.addPerson(" ", bureau, null, null)).isInstanceOf(DeskException.class);
            assertThat(teams.people()).as("nothing written on bad input").hasSize(before);

            UUID street = teams.addUnit("测试新设街道", "STREET");
            assertThat(teams.units()).extracting(UnitRef::id).contains(street);
            assertThatThrownBy(() -> teams.addUnit("区工信局", "DEPARTMENT")).isInstanceOf(DeskException.class)
                    .hasMessageContaining("team.error.duplicateUnit");
            assertThatThrownBy(() -> teams.addUnit("某单位", "PLANET")).isInstanceOf(DeskException.class);
        }
    }
}
