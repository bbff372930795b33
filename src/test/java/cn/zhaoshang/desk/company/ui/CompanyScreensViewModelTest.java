package cn.zhaoshang.desk.company.ui;

import static cn.zhaoshang.desk.company.CompanyFixtures.company;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.background.ImmediateTaskRunner;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.company.Company;
import cn.zhaoshang.desk.company.CompanyColumn;
import cn.zhaoshang.desk.company.CompanyFilter;
import cn.zhaoshang.desk.company.CompanyRow;
import cn.zhaoshang.desk.company.CompanyService;
import cn.zhaoshang.desk.company.CompanySort;
import cn.zhaoshang.desk.company.Contact;
import cn.zhaoshang.desk.company.Interaction;
import cn.zhaoshang.desk.company.InteractionKind;
import cn.zhaoshang.desk.company.PursuitStatus;
import cn.zhaoshang.desk.security.Role;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The list, contact, visit, claim and duplicate view models, without a window. */
class CompanyScreensViewModelTest {
    @TempDir
    Path dir;
    private Services services;
    private CompanyService companies;
    private final ImmediateTaskRunner tasks = new ImmediateTaskRunner();
    private final List<Throwable> failures = new ArrayList<>();

    @BeforeEach
    void open() {
        services = TestDatabases.open(Engine.H2, dir);
        companies = services.companies();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theListLoadsAPageCountsAndLoadsMoreAsTheUserScrolls() {
        services.demoData().generate(450, 5, Progress.NONE);
        CompanyListViewModel list = new CompanyListViewModel(companies, tasks, services.messages());
        list.setOnError(failures::add);
        list.reload();
        assertThat(list.rows).hasSize(CompanyListViewModel.PAGE_SIZE);
        assertThat(list.countTextProperty().get()).isEqualTo("共 450 家企业");
        assertThat(list.hasMore()).isTrue();

        list.loadMore();
        list.loadMore();
        assertThat(list.rows).hasSize(450).extracting(CompanyRow::id).doesNotHaveDuplicates();
        assertThat(list.hasMore()).isFalse();

        list.setFilter(CompanyFilter.NONE.toBuilder().statuses(Set.of(PursuitStatus.LANDED)).build());
        assertThat(list.rows).isNotEmpty().allMatch(r -> r.status() == PursuitStatus.LANDED);
        assertThat(list.countTextProperty().get()).startsWith("筛选出 ").endsWith(" 家企业");
        assertThat(failures).isEmpty();
    }

    @Test
    void searchShowsTheMatchesAndABlankQueryGoesBackToTheList() {
        Company target = companies.create(company("华润新能源科技有限公司", 1).build());
        companies.create(company("郑州数智云科技有限公司", 2).build());
        CompanyListViewModel list = new CompanyListViewModel(companies, tasks, services.messages());
        list.reload();

        list.search("新能源");
        assertThat(list.rows).extracting(CompanyRow::id).containsExactly(target.id());
        assertThat(list.countTextProperty().get()).isEqualTo("“新能源”：找到 1 家");

        list.search("  ");
        assertThat(list.rows).hasSize(2);
    }

    @Test
    void aSavedViewRemembersFilterColumnsAndSortAndOpensAsTheDefault() {
        services.users().signIn(TestDatabases.asSystem(services).users().create("zhang", "张伟", Role.RECRUITER, null));
        CompanyListViewModel list = new CompanyListViewModel(companies, tasks, services.messages());
        list.setFilter(CompanyFilter.NONE.toBuilder().statuses(Set.of(PursuitStatus.NEGOTIATING)).build());
        list.columns.setAll(List.of(CompanyColumn.NAME, CompanyColumn.CAPITAL));
        list.setSort(new CompanySort(CompanyColumn.CAPITAL, false));
        list.saveView("洽谈中", true);

        CompanyListViewModel reopened = new CompanyListViewModel(companies, tasks, services.messages());
        reopened.loadViews(true);

        assertThat(reopened.currentView.get().name()).isEqualTo("洽谈中");
        assertThat(reopened.filter.get().statuses()).containsExactly(PursuitStatus.NEGOTIATING);
        assertThat(reopened.columns).containsExactly(CompanyColumn.NAME, CompanyColumn.CAPITAL);
        assertThat(reopened.sort.get()).isEqualTo(new CompanySort(CompanyColumn.CAPITAL, false));
    }

    @Test
    void aContactWithABadPhoneOrMailShowsMessagesAndIsNotSaved() {
        Company c = companies.create(company("甲公司", 3).build());
        ContactFormViewModel vm = new ContactFormViewModel(companies, tasks, services.messages());
        vm.startNew(c.id());
        vm.name.set("张伟");
        vm.mobile.set("1380000");
        vm.email.set("zhangwei@");
        vm.save(saved -> { }, failures::add);

        assertThat(vm.errors).containsEntry("mobile", "手机号格式不正确（11 位，以 1 开头）。")
                .containsEntry("email", "电子邮箱格式不正确，例如 name@example.com。")
                .containsEntry("consentNote", "有联系方式时，请注明信息来源或本人同意情况（个人信息保护）。");
        assertThat(companies.contacts().of(c.id())).isEmpty();

        vm.mobile.set("+86 138 0000 1234");
        vm.email.set("zhangwei@example.com");
        vm.consentNote.set("名片交换");
        List<Contact> saved = new ArrayList<>();
        vm.save(saved::add, failures::add);
        assertThat(saved).singleElement().extracting(Contact::primary).isEqualTo(true);
    }

    @Test
    void aVisitDueBeforeItHappenedIsRefusedAndACorrectionStartsFromTheOriginal() {
        Company c = companies.create(company("乙公司", 4).build());
        VisitFormViewModel vm = new VisitFormViewModel(companies, tasks, services.messages());
        vm.startNew(c.id(), "张伟");
        assertThat(vm.occurredOn.get()).isEqualTo(companies.today());
        vm.summary.set("洽谈");
        vm.nextStep.set("发资料");
        vm.nextStepDueOn.set(companies.today().minusDays(1));
        vm.save(v -> { }, failures::add);
        assertThat(vm.errors).containsEntry("nextStepDueOn", "下一步到期日不能早于走访日期。");

        vm.nextStepDueOn.set(companies.today().plusDays(7));
        List<Interaction> saved = new ArrayList<>();
        vm.save(saved::add, failures::add);
        VisitFormViewModel fix = new VisitFormViewModel(companies, tasks, services.messages());
        fix.startCorrection(saved.get(0));
        assertThat(fix.isCorrection()).isTrue();
        assertThat(fix.summary.get()).isEqualTo("洽谈");
        fix.summary.set("洽谈（补充投资额）");
        fix.save(saved::add, failures::add);
        assertThat(saved.get(1).correctsId()).isEqualTo(saved.get(0).id());
    }

    @Test
    void theRecordsPaneClaimsReleasesAndMakesATaskOfTheNextStep() {
        services.demoData().generate(3, 1, Progress.NONE);
        var lead = services.users().list().stream().filter(u -> u.personId() != null).findFirst().orElseThrow();
        services.users().signIn(lead);
        Company c = companies.create(company("丙公司", 5).build());
        var visit = companies.visits().record(c.id(), new Interaction.Draft(companies.today(),
                InteractionKind.MEETING, null, null, "会议", "安排回访", null));
        CompanyRecordsViewModel records = new CompanyRecordsViewModel(companies, tasks, services.messages());
        records.setOnError(failures::add);
        records.show(c.id(), CompanyChoices.load(companies, lead.personId()));
        assertThat(records.claimText()).isEqualTo("公海（未认领）");
        assertThat(records.claimPerson.get()).isEqualTo(lead.personId());

        records.claimDays.set(30);
        records.claim();
        assertThat(records.claimText()).startsWith("由 ").endsWith("（还剩 30 天）");
        assertThat(records.claimHistory).hasSize(1);
        records.release();
        assertThat(records.claimText()).isEqualTo("公海（未认领）");

        List<UUID> made = new ArrayList<>();
        records.toTask(records.visits.get(0), made::add);
        assertThat(made).hasSize(1);
        assertThat(records.visits).singleElement().extracting(v -> v.taskId()).isEqualTo(made.get(0));
        assertThat(visit.id()).isEqualTo(records.visits.get(0).id());
        assertThat(failures).isEmpty();
    }

    @Test
    void theDuplicateFinderSelectsTheGroupAndMergesIntoTheKeptCompany() {
        Company a = companies.create(company("华润新能源有限公司", 6).build());
        Company b = companies.create(company("华润新能源（北京）有限公司", 7).build());
        companies.contacts().save(Contact.draft(b.id(), "刘洋"));
        DuplicatesViewModel vm = new DuplicatesViewModel(companies, tasks, services.messages());
        vm.find(a.id(), failures::add);
        assertThat(vm.groups).hasSize(1);
        assertThat(vm.selected.get().members()).hasSize(2);

        vm.keep.set(a.id());
        List<Map<String, Integer>> moved = new ArrayList<>();
        vm.mergeSelected(moved::add, failures::add);

        assertThat(moved).singleElement().satisfies(m -> assertThat(m).containsEntry("contact", 1));
        assertThat(vm.groups).isEmpty();
        assertThat(companies.find(b.id())).isEmpty();
        assertThat(companies.contacts().of(a.id())).extracting(Contact::name).containsExactly("刘洋");
        assertThat(failures).isEmpty();
    }
}
