package cn.zhaoshang.desk.talent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.background.ImmediateTaskRunner;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.common.ui.DialogService;
import cn.zhaoshang.desk.common.pick.Choice;
import cn.zhaoshang.desk.policy.ProjectRows;
import cn.zhaoshang.desk.talent.Talent;
import cn.zhaoshang.desk.talent.TalentLevel;
import cn.zhaoshang.desk.talent.TalentProgress;
import cn.zhaoshang.desk.testing.ScriptedDialogs;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The talent screens' view models without a window, over a real H2 (today is 2026-06-15). */
class TalentViewModelTest {
    @TempDir
    Path dir;
    private Services services;
    private final List<Throwable> errors = new ArrayList<>();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Choice industry;

    @BeforeEach
    void open() {
        services = TestDatabases.open(Engine.H2, dir);
        industry = services.talent().units().stream().filter(u -> u.name().equals("区工信局")).findFirst().orElseThrow();
        new ProjectRows(services).company("中原智造科技有限公司", "34");
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theFormFindsTheCompanyShowsBadInputBesideItsFieldAndSaves() {
        TalentFormViewModel form = new TalentFormViewModel(Talent.blank(), services.talent().units(), services.talent(),
                new ImmediateTaskRunner(), services.messages());
        List<Talent> saved = new ArrayList<>();
        form.name.set("张伟");
        form.unit.set(industry);
        form.level.set(TalentLevel.LEADING);
        form.arrivedOn.set(LocalDate.of(2026, 3, 1));

        form.companySearch.set("智造");
        assertThat(form.companyResults).extracting(c -> c.name()).containsExactly("中原智造科技有限公司");
        form.chooseCompany(form.companyResults.get(0));
        form.email.set("zhangwei.example.com");
        assertThat(form.errors.of("email").get()).contains("邮箱格式不正确");
        form.save(saved::add, errors::add);
        assertThat(saved).isEmpty();

        form.email.set("zhangwei@example.com");
        form.save(saved::add, errors::add);

        assertThat(saved).singleElement().satisfies(t -> {
            assertThat(t.companyName()).isEqualTo("中原智造科技有限公司");
            assertThat(t.unitName()).isEqualTo("区工信局");
        });
        TalentListViewModel list = new TalentListViewModel(services.talent(), new ImmediateTaskRunner(), services.messages(), dialogs);
        list.start(() -> { });
        list.level.set(TalentLevel.LEADING);
        assertThat(list.rows).extracting(Talent::name).containsExactly("张伟");
        list.level.set(TalentLevel.TOP);
        assertThat(list.rows).isEmpty();
        assertThat(list.filtered()).isTrue();
        assertThat(errors).isEmpty();
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void theExportAsksWhereThenWritesWhatTheFilterShowsAndNothingWhenCancelled() throws Exception {
        services.talent().save(new Talent(null, 0, "张伟", null, null, industry.id(), null, null, TalentLevel.LEADING, null,
                null, LocalDate.of(2026, 2, 1), null, null));
        services.talent().save(new Talent(null, 0, "李娜", null, null, industry.id(), null, null, TalentLevel.YOUTH, null,
                null, LocalDate.of(2026, 2, 1), null, null));
        TalentListViewModel list = new TalentListViewModel(services.talent(), new ImmediateTaskRunner(), services.messages(), dialogs);
        list.start(() -> { });
        list.level.set(TalentLevel.LEADING);
        Path file = dir.resolve("台账.csv");

        dialogs.choose(file);
        list.export();

        assertThat(dialogs.chooserTitles()).containsExactly("导出");
        assertThat(dialogs.suggestedNames()).containsExactly("人才底数台账-2026-06-15.csv");
        assertThat(dialogs.offeredTypes()).containsExactly(List.of(new DialogService.FileType("CSV", "csv")));
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("张伟").doesNotContain("李娜");
        assertThat(dialogs.notices()).containsExactly("已导出 1 人到“台账.csv”（手机和邮箱已脱敏，导出已记录）。");

        Files.delete(file);
        dialogs.cancelChoice();
        list.export();
        assertThat(file).doesNotExist();
        assertThat(dialogs.notices()).hasSize(1);
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void theTargetLedgerSetsATargetAndShowsItAgainstArrivals() {
        services.talent().save(new Talent(null, 0, "李娜", null, null, industry.id(), null, null, TalentLevel.YOUTH, null,
                null, LocalDate.of(2026, 2, 1), null, null));
        TalentTargetViewModel targets = new TalentTargetViewModel(services.talent(), new ImmediateTaskRunner(),
                services.messages(), errors::add);
        targets.load();
        assertThat(targets.rows).extracting(TalentProgress::unitName, TalentProgress::target, TalentProgress::actual)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("区工信局", 0, 1));

        targets.unit.set(industry);
        targets.level.set(TalentLevel.YOUTH);
        targets.count.set("两个");
        targets.save(() -> { });
        assertThat(targets.countError.get()).contains("目标人数");
        targets.count.set("2");
        targets.save(() -> { });

        assertThat(targets.rows).extracting(TalentProgress::level, TalentProgress::target, TalentProgress::actual)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TalentLevel.YOUTH, 2, 1));
        assertThat(targets.totalTarget()).isEqualTo(2);

        targets.chosen.set(targets.rows.get(0));
        assertThat(targets.count.get()).isEqualTo("2");
        targets.count.set("3");
        targets.save(() -> { });
        assertThat(targets.rows.get(0).target()).isEqualTo(3);
        targets.chosen.set(targets.rows.get(0));
        targets.delete(() -> { });
        assertThat(targets.rows).extracting(TalentProgress::target).containsExactly(0);
        assertThat(errors).isEmpty();
    }
}
