package cn.zhaoshang.desk.request;

import static cn.zhaoshang.desk.task.TaskFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.dashboard.ReportService;
import cn.zhaoshang.desk.event.EventDraft;
import cn.zhaoshang.desk.event.EventKind;
import cn.zhaoshang.desk.reception.ReceptionDraft;
import cn.zhaoshang.desk.task.TaskFixtures;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The weekly briefing counts requests (received, closed, overdue, satisfaction) and lists receptions and events. */
class FieldWorkBriefingTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theWeeklyBriefingHasTheFieldWorkSections(Engine engine) throws Exception {
        try (Services services = TestDatabases.open(engine, dir)) {
            var f = new TaskFixtures(services);
            UUID company = f.company("郑州华润新能源有限公司", f.team, f.me);
            RequestService requests = services.requests();
            CompanyRequest done = requests.record(new RequestDraft(company, null, null, null, RequestCategory.FINANCING,
                    "贷款对接", null, TODAY.plusDays(5), null, null, TODAY));
            done = requests.close(done.id(), done.version(), TODAY, "已放款");
            requests.revisit(done.id(), done.version(), TODAY, Satisfaction.BASICALLY_SATISFIED, null);
            requests.record(new RequestDraft(company, null, null, null, RequestCategory.LAND, "用地指标", null,
                    TODAY.minusDays(3), null, null, TODAY.minusDays(10)));
            services.receptions().record(new ReceptionDraft(company, TODAY, "华润集团考察团", List.of(), "区长", List.of(),
                    "确定设立区域总部", List.of()));
            var event = services.events().create(new EventDraft(EventKind.SIGNING, "签约仪式", TODAY, "郑州", null, null));
            services.events().sign(event.id(), f.project("新能源总部基地", company, "NEGOTIATING", TODAY.minusDays(9), false),
                    new BigDecimal("5000"));

            assertThat(requests.counts(TODAY, TODAY.plusDays(6), null)).isEqualTo(new RequestCounts(1, 1, 1, 1, 1));
            Path file = dir.resolve("周报.docx");
            services.reports().writeBriefing(services.reports().briefing(ReportService.Kind.WEEKLY, TODAY, null),
                    services.messages(), file);
            try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
                String text = new XWPFWordExtractor(doc).getText();
                assertThat(text).contains("企业诉求")
                        .contains("本期受理 1 件，办结 1 件，当前逾期 1 件；回访 1 件，满意率 100%")
                        .contains("郑州华润新能源有限公司：用地：用地指标（—，逾期 3 天）")
                        .contains("本期接待考察团 1 批，举办活动 1 场，现场签约项目 1 个")
                        .contains("签约仪式：签约仪式（郑州）：邀请 1 家，到场 1 家，签约 1 个");
            }
            Path english = dir.resolve("weekly.docx");
            services.reports().writeBriefing(services.reports().briefing(ReportService.Kind.WEEKLY, TODAY, null),
                    new Messages(Messages.ENGLISH), english);
            try (InputStream in = Files.newInputStream(english); XWPFDocument doc = new XWPFDocument(in)) {
                assertThat(new XWPFWordExtractor(doc).getText()).as("the lines too are in the language written in")
                        .contains("Land: 用地指标 (—, 3 days overdue)")
                        .contains("Signing ceremony (郑州): 1 invited, 1 came, 1 signed");
            }
        }
    }
}
