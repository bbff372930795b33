package cn.zhaoshang.desk.team.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.background.ImmediateTaskRunner;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.security.Role;
import cn.zhaoshang.desk.team.Membership;
import cn.zhaoshang.desk.team.PersonRef;
import cn.zhaoshang.desk.team.TeamSummary;
import cn.zhaoshang.desk.team.UnitRef;
import cn.zhaoshang.desk.testing.ScriptedDialogs;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The team screen's logic without a window: which team is chosen, rotation, and what the user is told. */
class TeamViewModelTest {
    @TempDir
    Path dir;
    private Services services;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @BeforeEach
    void open() {
        services = TestDatabases.open(Engine.H2, dir);
    }

    @AfterEach
    void close() {
        services.close();
    }

    /** A new person on a team from today: the seeded teams have nobody on them yet. */
    private UUID member(TeamSummary team, String name) {
        UUID person = services.teams().addPerson(name, null, null, null);
        services.teams().join(team.id(), person, "MEMBER", services.teams().today());
        return person;
    }

    private TeamViewModel model() {
        return new TeamViewModel(services.teams(), new ImmediateTaskRunner(), dialogs, services.messages());
    }

    @Test
    void theSignedInPersonsOwnTeamIsChosenFirstWithItsRoster() {
        TeamSummary second = services.teams().teams().get(1);
        UUID person = member(second, "王队长");
        TestDatabases.signInAs(services, "lead", "队长", Role.MANAGER, person);
        assertThat(services.teams().defaultTeamFilter()).as("not the list's first team").isEqualTo(second.id());
        TeamViewModel model = model();

        model.loadTeams();

        assertThat(model.teams()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(model.selected().get().id()).isEqualTo(second.id());
        assertThat(model.roster()).extracting(Membership::personName).containsExactly("王队长");
        assertThat(model.history()).hasSizeGreaterThanOrEqualTo(model.roster().size());
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void aNewPersonJoinsTheChosenTeamWhichStaysChosenAndCountsThem() {
        TeamViewModel model = model();
        model.loadTeams();
        TeamSummary third = model.teams().get(2);
        model.selected().set(third);
        List<UnitRef> units = new ArrayList<>();
        model.loadUnits(units::addAll);
        UnitRef bureau = units.stream().filter(u -> u.name().equals("区工信局")).findFirst().orElseThrow();

        model.addPerson(" 周新 ", bureau, "科员", "13800000000");
        assertThat(dialogs.notices()).containsExactly("已添加人员：周新");
        List<PersonRef> people = new ArrayList<>();
        model.loadPeople(people::addAll);
        PersonRef zhou = people.stream().filter(p -> p.name().equals("周新")).findFirst().orElseThrow();
        model.join(zhou, "LEADER", model.today());

        assertThat(model.selected().get().id()).isEqualTo(third.id());
        assertThat(model.selected().get().currentMembers()).isEqualTo(third.currentMembers() + 1);
        Membership joined = model.roster().stream().filter(m -> m.personName().equals("周新")).findFirst().orElseThrow();
        assertThat(joined.unitName()).isEqualTo("区工信局");
        assertThat(joined.role()).isEqualTo("LEADER");
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void leavingEndsTheMembershipInTheRotationHistory() {
        member(services.teams().teams().getFirst(), "王队员");
        TeamViewModel model = model();
        model.loadTeams();
        Membership member = model.roster().getFirst();

        model.leave(member, model.today());

        assertThat(model.history()).filteredOn(m -> m.id().equals(member.id()))
                .singleElement().satisfies(m -> assertThat(m.to()).isEqualTo(model.today()));
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void aRefusedChangeIsShownAsAnErrorAndChangesNothing() {
        TeamViewModel model = model();
        model.loadTeams();
        int teams = model.teams().size();

        model.addTeam("", "郑州", null);
        model.join(null, "MEMBER", model.today());

        assertThat(dialogs.errors()).hasSize(2).allSatisfy(e -> assertThat(e).isInstanceOf(DeskException.class));
        assertThat(services.messages().describe(dialogs.errors().getFirst()))
                .isEqualTo("请填写必填项（名称、驻地城市、人员、日期）。");
        assertThat(model.teams()).hasSize(teams);
        assertThat(dialogs.notices()).isEmpty();
    }
}
