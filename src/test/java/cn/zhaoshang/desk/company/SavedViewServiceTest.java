package cn.zhaoshang.desk.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.security.Role;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SavedViewServiceTest {
    @TempDir
    Path dir;
    private static final UUID TEAM = UUID.fromString("5b7f9a52-0000-4000-8000-000000000001");
    private static final UUID NODE = UUID.fromString("5b7f9a52-0000-4000-8000-000000000002");
    private Services services;

    @AfterEach
    void close() {
        if (services != null) {
            services.close();
        }
    }

    private static ViewDefinition sample() {
        CompanyFilter filter = CompanyFilter.NONE.toBuilder().statuses(Set.of(PursuitStatus.NEGOTIATING))
                .channels(Set.of(SourceChannel.FUND)).divisionCode("410102").tags(Set.of("央企"))
                .ladderTiers(Set.of(LadderTier.UNICORN)).flags(Set.of(CompanyFlag.LISTED)).claimState(ClaimState.MINE)
                .ownerTeamId(TEAM).chainNodeIds(Set.of(NODE)).industryCodes(Set.of("C"))
                .capital(new BigDecimal("100.5"), null).founded(LocalDate.of(2010, 1, 1), LocalDate.of(2020, 1, 1)).build();
        return new ViewDefinition(filter, List.of(CompanyColumn.NAME, CompanyColumn.CAPITAL, CompanyColumn.CLAIM),
                new CompanySort(CompanyColumn.CAPITAL, false));
    }

    @Test
    void aDefinitionSurvivesTheRoundTripThroughJson() {
        ViewDefinition view = sample();
        assertThat(ViewDefinitionCodec.read(ViewDefinitionCodec.write(view))).isEqualTo(view);
    }

    @Test
    void partsThisVersionDoesNotKnowAreSkippedNotFatal() {
        ViewDefinition read = ViewDefinitionCodec.read("{\"filter\":{\"statuses\":[\"NEW\",\"MARS\"],\"foundedFrom\":\"bad\"},"
                + "\"columns\":[\"NAME\",\"FUTURE\"],\"sort\":{\"column\":\"TAGS\"}}");
        assertThat(read.filter().statuses()).containsExactly(PursuitStatus.NEW);
        assertThat(read.filter().foundedFrom()).isNull();
        assertThat(read.columns()).containsExactly(CompanyColumn.NAME);
        assertThat(read.sort()).isEqualTo(CompanySort.DEFAULT);
        assertThat(ViewDefinitionCodec.read("not json")).isEqualTo(ViewDefinition.DEFAULT);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void viewsAreSavedPerUserAndOneIsTheDefault(Engine engine) {
        services = TestDatabases.open(engine, dir);
        services.users().signIn(TestDatabases.asSystem(services).users().create("zhang", "张伟", Role.RECRUITER, null));
        SavedViewService views = services.companies().views();
        SavedView first = views.save("谈判中的基金项目", sample());
        SavedView second = views.save("全部", ViewDefinition.DEFAULT);
        views.setDefault(first.id());
        assertThat(views.defaultView()).map(SavedView::name).contains("谈判中的基金项目");
        views.setDefault(second.id());
        assertThat(views.list()).extracting(SavedView::name, SavedView::isDefault).containsExactly(
                org.assertj.core.groups.Tuple.tuple("全部", true), org.assertj.core.groups.Tuple.tuple("谈判中的基金项目", false));

        SavedView replaced = views.save("全部", sample());
        assertThat(replaced.id()).isEqualTo(second.id());
        assertThat(views.list()).hasSize(2);
        views.delete(views.list().get(1));
        assertThat(views.list()).extracting(SavedView::name).containsExactly("全部");
        assertThat(views.list().get(0).definition()).isEqualTo(sample());

        services.users().signIn(TestDatabases.asSystem(services).users().create("li", "李娜", Role.RECRUITER, null));
        assertThat(views.list()).isEmpty();
        assertThatThrownBy(() -> views.save("  ", ViewDefinition.DEFAULT)).hasMessageContaining("company.view.error.name");
    }
}
