package cn.zhaoshang.desk.company.ui;

import static cn.zhaoshang.desk.company.CompanyFixtures.company;
import static cn.zhaoshang.desk.company.CompanyFixtures.uscc;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.background.ImmediateTaskRunner;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.company.Company;
import cn.zhaoshang.desk.company.CompanyFilter;
import cn.zhaoshang.desk.company.CompanyService;
import cn.zhaoshang.desk.company.DuplicateMatch;
import cn.zhaoshang.desk.company.LadderTier;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompanyFormViewModelTest {
    @TempDir
    Path dir;
    private Services services;
    private CompanyService companies;
    private CompanyFormViewModel vm;
    private final List<Throwable> failures = new ArrayList<>();

    @BeforeEach
    void open() {
        services = TestDatabases.open(Engine.H2, dir);
        companies = services.companies();
        vm = newForm();
    }

    private CompanyFormViewModel newForm() {
        CompanyFormViewModel form = new CompanyFormViewModel(companies, new ImmediateTaskRunner(), services.messages());
        form.setChoices(CompanyChoices.load(companies, null));
        return form;
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aWrongCreditCodeShowsTheChecksumMessageBesideTheField() {
        vm.startNew();
        vm.name.set("郑州博研科技有限公司");
        vm.uscc.set(uscc(1).substring(0, 17) + (uscc(1).endsWith("0") ? "1" : "0"));

        assertThat(vm.errors).containsEntry("uscc", "统一社会信用代码校验位不正确，请核对。");
        vm.uscc.set(uscc(1).toLowerCase());
        assertThat(vm.errors).doesNotContainKey("uscc");
    }

    @Test
    void amountsDatesAndScoreAreCheckedAndEveryMessageShowsAfterASaveAttempt() {
        vm.startNew();
        vm.capital.set("-5");
        vm.foundedOn.set(companies.today().plusDays(3));
        vm.score.set("九十");
        assertThat(vm.errors).containsEntry("registeredCapital", "金额不能为负数。")
                .containsEntry("foundedOn", "日期不能晚于今天。").containsEntry("score", "请输入 0–100 的整数。")
                .doesNotContainKey("name");
        vm.capital.set("一千");
        assertThat(vm.errors).containsEntry("registeredCapital", "请输入数字（万元）。");

        vm.save(d -> true, c -> { }, failures::add);

        assertThat(vm.errors).containsEntry("name", "请填写企业名称。");
        assertThat(companies.count(CompanyFilter.NONE)).isZero();
    }

    @Test
    void aLadderRungCertifiedAfterItExpiresIsRefused() {
        vm.startNew();
        vm.name.set("甲公司");
        vm.ladder.add(new LadderRow(LadderTier.HIGH_TECH, LocalDate.of(2025, 1, 1), LocalDate.of(2024, 1, 1)));
        assertThat(vm.errors).containsEntry("ladder", "有效期不能早于认定日期。");
    }

    @Test
    void savingANewCompanyStoresItAndTheFormShowsTheStoredRecord() {
        vm.startNew();
        vm.name.set("郑州启衡科技有限公司");
        vm.uscc.set(uscc(2));
        vm.capital.set("1,200.5");
        vm.tags.add("高成长");
        assertThat(vm.isDirty()).isTrue();
        List<Company> saved = new ArrayList<>();

        vm.save(d -> true, saved::add, failures::add);

        assertThat(failures).isEmpty();
        assertThat(saved).singleElement().satisfies(c -> {
            assertThat(c.data().registeredCapital()).isEqualByComparingTo("1200.5");
            assertThat(c.data().tags()).containsExactly("高成长");
        });
        assertThat(vm.modeProperty().get()).isEqualTo(CompanyFormViewModel.Mode.EDIT);
        assertThat(vm.isDirty()).isFalse();
        assertThat(vm.companyProperty().get().id()).isEqualTo(saved.get(0).id());
    }

    @Test
    void aLikelyDuplicateIsShownWhileTypingAndSavingAsksFirst() {
        Company existing = companies.create(company("华润新能源有限公司", 3).build());
        vm.startNew();
        vm.name.set("华润新能源（北京）有限公司");
        vm.checkDuplicates();
        assertThat(vm.duplicates).extracting(DuplicateMatch::id).containsExactly(existing.id());

        List<List<DuplicateMatch>> asked = new ArrayList<>();
        vm.save(found -> {
            asked.add(found);
            return false;
        }, c -> { }, failures::add);
        assertThat(asked).hasSize(1);
        assertThat(companies.count(CompanyFilter.NONE)).isEqualTo(1);

        vm.save(found -> true, c -> { }, failures::add);
        assertThat(companies.count(CompanyFilter.NONE)).isEqualTo(2);
    }

    @Test
    void aTakenCreditCodeIsReportedAndNothingIsSaved() {
        companies.create(company("已有企业有限公司", 4).build());
        vm.startNew();
        vm.name.set("新企业有限公司");
        vm.uscc.set(uscc(4));

        vm.save(found -> true, c -> { }, failures::add);

        assertThat(failures).singleElement().satisfies(e -> assertThat(services.messages().describe(e))
                .contains("已属于企业“已有企业有限公司”"));
    }

    @Test
    void aStaleSaveListsWhatTheyChangedAndKeepMineKeepsTheirOtherFields() {
        Company stored = companies.create(company("郑州数智云科技有限公司", 5).build());
        vm.load(stored);
        CompanyFormViewModel other = newForm();
        other.load(stored);
        other.legalRep.set("李红");
        other.notes.set("对方的备注");
        other.save(d -> true, c -> { }, failures::add);

        vm.notes.set("我的备注");
        vm.save(d -> true, c -> { }, failures::add);

        assertThat(failures).isEmpty();
        assertThat(vm.staleChanges).extracting(ChangedField::field).containsExactlyInAnyOrder("legalRep", "notes");
        ChangedField notes = vm.staleChanges.stream().filter(c -> c.field().equals("notes")).findFirst().orElseThrow();
        assertThat(notes.label()).isEqualTo("备注");
        assertThat(notes.theirs()).isEqualTo("对方的备注");
        assertThat(notes.mine()).isEqualTo("我的备注");
        assertThat(notes.conflicting()).isTrue();

        vm.keepMine();
        assertThat(vm.legalRep.get()).isEqualTo("李红");
        assertThat(vm.notes.get()).isEqualTo("我的备注");
        vm.save(d -> true, c -> { }, failures::add);
        assertThat(failures).isEmpty();
        assertThat(companies.get(stored.id()).data().notes()).isEqualTo("我的备注");
        assertThat(companies.get(stored.id()).data().legalRep()).isEqualTo("李红");
    }

    @Test
    void takeTheirsDropsTheUsersEdits() {
        Company stored = companies.create(company("郑州格研科技有限公司", 6).build());
        vm.load(stored);
        companies.update(stored.id(), stored.version(), stored.data().toBuilder().shortName("格研").build());
        vm.shortName.set("我的简称");
        vm.save(d -> true, c -> { }, failures::add);

        vm.takeTheirs();

        assertThat(vm.shortName.get()).isEqualTo("格研");
        assertThat(vm.isDirty()).isFalse();
        assertThat(vm.staleChanges).isEmpty();
    }
}
