package cn.zhaoshang.desk.team.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.security.Role;
import cn.zhaoshang.desk.team.Membership;
import cn.zhaoshang.desk.team.PersonRef;
import cn.zhaoshang.desk.team.TeamSummary;
import cn.zhaoshang.desk.team.UnitRef;
import cn.zhaoshang.desk.testing.TestDatabases;
import cn.zhaoshang.desk.testing.ViewModelFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The team screen's logic without a window: which team is chosen, rotation, and what the user is told. */
class TeamViewModelTest {
    @RegisterExtension
    final ViewModelFixture fixture = new ViewModelFixture();

    /** A new person on a team from today: the seeded teams have nobody on them yet. */
    private UUID member(TeamSummary team, String name) {
        UUID person = fixture.services().teams().addPerson(name, null, null, null);
        fixture.services().teams().join(team.id(), person, "MEMBER", fixture.services().teams().today());
        return person;
    }

    private TeamViewModel model() {
        return new TeamViewModel(fixture.services().teams(), fixture.tasks(), fixture.dialogs(),
                fixture.services().messages());
    }

    @Test
    void theSignedInPersonsOwnTeamIsChosenFirstWithItsRoster() {
        TeamSummary second = fixture.services().teams().teams().get(1);
        UUID person = member(second, "王队长");
        TestDatabases.signInAs(fixture.services(), "lead", "队长", Role.MANAGER, person);
        assertThat(fixture.services().teams().defaultTeamFilter()).as("not the list's first team").isEqualTo(second.id());
        TeamViewModel model = model();

        model.loadTeams();

        assertThat(model.teams()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(model.selected().get().id()).isEqualTo(second.id());
        assertThat(model.roster()).extracting(Membership::personName).containsExactly("王队长");
        assertThat(model.history()).hasSizeGreaterThanOrEqualTo(model.roster().size());
        assertThat(fixture.dialogs().errors()).isEmpty();
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
        assertThat(fixture.dialogs().notices()).containsExactly("已添加人员：周新");
        List<PersonRef> people = new ArrayList<>();
        model.loadPeople(people::addAll);
        PersonRef zhou = people.stream().filter(p -> p.name().equals("周新")).findFirst().orElseThrow();
        model.join(zhou, "LEADER", model.today());

        assertThat(model.selected().get().id()).isEqualTo(third.id());
        assertThat(model.selected().get().currentMembers()).isEqualTo(third.currentMembers() + 1);
        Membership joined = model.roster().stream().filter(m -> m.personName().equals("周新")).findFirst().orElseThrow();
        assertThat(joined.unitName()).isEqualTo("区工信局");
        assertThat(joined.role()).isEqualTo("LEADER");
        assertThat(fixture.dialogs().errors()).isEmpty();
    }

    @Test
    void leavingEndsTheMembershipInTheRotationHistory() {
        member(fixture.services().teams().teams().getFirst(), "王队员");
        TeamViewModel model = model();
        model.loadTeams();
        Membership member = model.roster().getFirst();

        model.leave(member, model.today());

        assertThat(model.history()).filteredOn(m -> m.id().equals(member.id()))
                .singleElement().satisfies(m -> assertThat(m.to()).isEqualTo(model.today()));
        assertThat(fixture.dialogs().errors()).isEmpty();
    }

    @Test
    void aRefusedChangeIsShownAsAnErrorAndChangesNothing() {
        TeamViewModel model = model();
        model.loadTeams();
        int teams = model.teams().size();

        model.addTeam("", "郑州", null);
        model.join(null, "MEMBER", model.today());

        assertThat(fixture.dialogs().errors()).hasSize(2).allSatisfy(e -> assertThat(e).isInstanceOf(DeskException.class));
        assertThat(fixture.services().messages().describe(fixture.dialogs().errors().getFirst()))
                .isEqualTo("请填写必填项（名称、驻地城市、人员、日期）。");
        assertThat(model.teams()).hasSize(teams);
        assertThat(fixture.dialogs().notices()).isEmpty();
    }
}
