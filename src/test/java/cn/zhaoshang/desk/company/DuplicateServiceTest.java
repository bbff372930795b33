package cn.zhaoshang.desk.company;

import static cn.zhaoshang.desk.company.CompanyFixtures.company;
import static cn.zhaoshang.desk.generated.Tables.AUDIT_LOG;
import static cn.zhaoshang.desk.generated.Tables.PROJECT;
import static cn.zhaoshang.desk.generated.Tables.TASK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.project.ProjectStage;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DuplicateServiceTest {
    @TempDir
    Path dir;
    private Services services;

    @AfterEach
    void close() {
        if (services != null) {
            services.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theFinderGroupsCompaniesWithTheSameNormalisedName(Engine engine) {
        services = TestDatabases.open(engine, dir);
        CompanyService companies = services.companies();
        Company a = companies.create(company("华润新能源有限公司", 1).build());
        Company b = companies.create(company("华润新能源（北京）有限公司", 2).build());
        companies.create(company("郑州数智云科技有限公司", 3).build());

        List<DuplicateGroup> groups = companies.duplicates().groups(50);

        assertThat(groups).singleElement().satisfies(g -> {
            assertThat(g.normalizedName()).isEqualTo("华润新能源");
            assertThat(g.members()).extracting(DuplicateGroup.Member::id).containsExactlyInAnyOrder(a.id(), b.id());
        });
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aMergeMovesEverythingToTheKeptCompanyTrashesTheOtherAndIsAudited(Engine engine) {
        services = TestDatabases.open(engine, dir);
        CompanyService companies = services.companies();
        List<Choice> teams = companies.teams();
        Choice node = companies.chainNodes().get(0);
        Company keep = companies.create(company("华润新能源有限公司", 1).uscc(null).legalRep(null).tags(List.of("央企")).build());
        Company drop = companies.create(company("华润新能源（北京）有限公司", 2).legalRep("赵强").notes("北京分部")
                .tags(List.of("央企", "总部经济")).chainNodeIds(List.of(node.id()))
                .ladder(List.of(new LadderFlag(LadderTier.HIGH_TECH, LocalDate.of(2024, 1, 1), null))).build());
        companies.contacts().save(Contact.draft(drop.id(), "刘洋"));
        companies.visits().record(drop.id(), new Interaction.Draft(LocalDate.of(2026, 6, 1), InteractionKind.CALL, null, null,
                "电话沟通", "发资料", LocalDate.of(2026, 6, 20)));
        UUID visit = companies.visits().of(drop.id()).get(0).id();
        UUID task = companies.visits().nextStepToTask(visit);
        companies.claims().claim(drop.id(), teams.get(0).id(), null, 30);
        UUID project = insertProject(drop.id());
        Company referred = companies.create(company("被推荐企业有限公司", 3).sourceChannel(SourceChannel.REFERRAL)
                .referrerCompanyId(drop.id()).build());

        DuplicateService.MergeResult result = companies.duplicates().merge(keep.id(), drop.id());

        assertThat(companies.find(drop.id())).isEmpty();
        Company kept = companies.get(keep.id());
        assertThat(kept.uscc()).isEqualTo(drop.uscc());
        assertThat(kept.data().legalRep()).isEqualTo("赵强");
        assertThat(kept.data().notes()).isEqualTo("北京分部");
        assertThat(kept.data().tags()).containsExactlyInAnyOrder("央企", "总部经济");
        assertThat(kept.data().chainNodeIds()).containsExactly(node.id());
        assertThat(kept.data().ladder()).extracting(LadderFlag::tier).containsExactly(LadderTier.HIGH_TECH);
        assertThat(companies.contacts().of(keep.id())).extracting(Contact::name).containsExactly("刘洋");
        assertThat(companies.visits().of(keep.id())).extracting(Interaction::id).containsExactly(visit);
        assertThat(companies.claims().current(keep.id())).map(Claim::teamId).contains(teams.get(0).id());
        assertThat(services.database().dsl().fetchValue(TASK.COMPANY_ID, TASK.ID.eq(task))).isEqualTo(keep.id());
        assertThat(services.database().dsl().fetchValue(PROJECT.COMPANY_ID, PROJECT.ID.eq(project))).isEqualTo(keep.id());
        assertThat(companies.get(referred.id()).data().referrerCompanyId()).isEqualTo(keep.id());
        assertThat(result.moved()).containsEntry("contact", 1).containsEntry("interaction", 1).containsEntry("project", 1)
                .containsEntry("task", 1).containsEntry("claim", 1);
        assertThat(services.database().dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq("MERGE")
                .and(AUDIT_LOG.RECORD_ID.eq(keep.id().toString())))).isEqualTo(1);
        assertThat(companies.duplicates().groups(10)).isEmpty();
        assertThat(companies.search("新能源", CompanyFilter.NONE, 10)).extracting(CompanyRow::id).containsExactly(keep.id());
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void whenBothAreClaimedTheKeptClaimStaysAndTheOtherEndsAsMerged(Engine engine) {
        services = TestDatabases.open(engine, dir);
        CompanyService companies = services.companies();
        List<Choice> teams = companies.teams();
        Company keep = companies.create(company("甲科技有限公司", 1).build());
        Company drop = companies.create(company("甲科技（上海）有限公司", 2).build());
        companies.claims().claim(keep.id(), teams.get(0).id(), null, 30);
        companies.claims().claim(drop.id(), teams.get(1).id(), null, 30);

        companies.duplicates().merge(keep.id(), drop.id());

        assertThat(companies.claims().current(keep.id())).map(Claim::teamId).contains(teams.get(0).id());
        assertThat(companies.claims().history(keep.id())).extracting(Claim::releaseReason)
                .containsExactlyInAnyOrder(null, ClaimEnd.MERGED);
        assertThatThrownBy(() -> companies.duplicates().merge(keep.id(), keep.id())).hasMessageContaining("merge.error.same");
        assertThatThrownBy(() -> companies.duplicates().merge(keep.id(), drop.id())).hasMessageContaining("company.error.notFound");
    }

    private UUID insertProject(UUID companyId) {
        UUID id = UUID.randomUUID();
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        services.database().dsl().insertInto(PROJECT).set(PROJECT.ID, id).set(PROJECT.CREATED_AT, now)
                .set(PROJECT.UPDATED_AT, now).set(PROJECT.VERSION, 0).set(PROJECT.NAME, "新能源总部项目")
                .set(PROJECT.COMPANY_ID, companyId).set(PROJECT.PLANNED_INVESTMENT, new BigDecimal("10000"))
                .set(PROJECT.STAGE, ProjectStage.LEAD).set(PROJECT.STAGE_ENTERED_ON, LocalDate.of(2026, 6, 1)).execute();
        return id;
    }
}
