package cn.zhaoshang.desk.history;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Main;
import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.db.AuditLog;
import cn.zhaoshang.desk.common.db.DatabaseConfig;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.company.CompanyData;
import cn.zhaoshang.desk.project.Project;
import cn.zhaoshang.desk.project.ProjectDraft;
import cn.zhaoshang.desk.project.ProjectStage;
import cn.zhaoshang.desk.project.StageField;
import cn.zhaoshang.desk.project.TransitionRequest;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The change history as a 局长 reads it: names, labels and screen values, jobs as sentences, in both languages. */
class ReadableHistoryTest {
    private static final String INVESTOR = "华润新能源投资有限公司";

    @TempDir
    Path dir;

    /** A project whose investor was chosen after it was created, then moved from 线索 to 洽谈. */
    private static Project projectMovedOn(Services s) {
        UUID investor = s.companies().create(CompanyData.named(INVESTOR).build()).id();
        Project p = s.projects().create(new ProjectDraft("新能源电池基地", null, null, "44", List.of(),
                new BigDecimal("8000"), null, null, null, null, null, false, null), ProjectStage.LEAD,
                LocalDate.of(2026, 6, 1));
        p = s.projects().update(p.id(), p.version(), new ProjectDraft("新能源电池基地", null, investor, "44", List.of(),
                new BigDecimal("8000"), null, null, null, null, null, false, null));
        s.projects().transition(p.id(), p.version(), TransitionRequest.to(ProjectStage.NEGOTIATING)
                .with(StageField.CHANGED_ON, LocalDate.of(2026, 6, 10)));
        return p;
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aProjectsChangesShowTheRecordsNameFieldLabelsAndScreenValues(Engine engine) {
        try (Services s = TestDatabases.open(engine, dir)) {
            Project p = projectMovedOn(s);
            s.audit().recordBulk(AuditLog.Action.IMPORT, "company", "demo-data: 2000", null);

            List<HistoryLine> lines = s.history().recordLines("project", p.id(), TestDatabases.chinese());
            assertThat(lines).extracting(HistoryLine::details)
                    .anySatisfy(d -> assertThat(d).contains("阶段：线索 → 洽谈"))
                    .anySatisfy(d -> assertThat(d).contains("投资企业：" + INVESTOR));
            assertThat(lines).extracting(HistoryLine::record).allSatisfy(r -> assertThat(r).isEqualTo("项目 新能源电池基地"));
            assertThat(String.join("\n", lines.stream().map(l -> l.details() + l.record()).toList()))
                    .doesNotContain("LEAD", "NEGOTIATING", "company_id", p.id().toString());

            List<HistoryLine> english = s.history().recordLines("project", p.id(), new Messages(Locale.ENGLISH));
            assertThat(english).extracting(HistoryLine::details)
                    .anySatisfy(d -> assertThat(d).contains("Investor company: " + INVESTOR));

            List<HistoryLine> all = s.history().lines(AuditFilter.latest(50), TestDatabases.chinese());
            assertThat(all).extracting(HistoryLine::record).contains("生成演示数据 2,000 家企业");
        }
    }

    @Test
    void theHistoryCommandPrintsTheSameLinesAndTheExportLog() throws Exception {
        try (Services s = TestDatabases.open(DatabaseConfig.embedded(dir), dir)) {
            projectMovedOn(s);
            s.audit().recordBulk(AuditLog.Action.IMPORT, "company", "demo-data: 2000", null);
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"--data-dir", dir.toString(), "history", "--record", "新能源电池基地",
                "--since", "2026-01-01"}, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("阶段：线索 → 洽谈").contains("项目 新能源电池基地")
                .doesNotContain("生成演示数据");

        StringWriter jobs = new StringWriter();
        assertThat(Main.run(new String[] {"--data-dir", dir.toString(), "--lang", "en", "history", "--table", "company"},
                new PrintWriter(jobs, true), new PrintWriter(new StringWriter(), true))).isZero();
        assertThat(jobs.toString()).contains("Generated demo data: 2,000 companies");

        StringWriter exports = new StringWriter();
        assertThat(Main.run(new String[] {"--data-dir", dir.toString(), "history", "--exports"},
                new PrintWriter(exports, true), new PrintWriter(new StringWriter(), true))).isZero();
    }
}
