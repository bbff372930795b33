package cn.zhaoshang.desk.talent;

import static cn.zhaoshang.desk.generated.Tables.EXPORT_LOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.common.db.StaleRecordException;
import cn.zhaoshang.desk.common.i18n.FieldInputException;
import cn.zhaoshang.desk.policy.ProjectRows;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TalentServiceTest {
    @TempDir
    Path dir;
    private Services services;
    private TalentService talent;
    private UUID industry;
    private UUID street;
    private UUID company;

    private void open(Engine engine) {
        services = TestDatabases.open(engine, dir);
        talent = services.talent();
        industry = unit("区工信局");
        street = unit("西流湖街道");
        company = new ProjectRows(services).company("中原智造科技有限公司", "34");
    }

    private UUID unit(String name) {
        return talent.units().stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow().id();
    }

    @AfterEach
    void close() {
        if (services != null) {
            services.close();
        }
    }

    private Talent person(String name, UUID unit, TalentLevel level, LocalDate arrived) {
        return talent.save(new Talent(null, 0, name, company, null, unit, null, "智能制造", level, "首席工程师",
                "国家级人才计划", arrived, "13812345678", "zhang.wei@example.com"));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void actualsCountArrivalsOfTheYearAgainstEachTarget(Engine engine) {
        open(engine);
        talent.setTarget(2026, industry, TalentLevel.LEADING, 4, -1);
        talent.setTarget(2026, street, null, 2, -1);
        person("张伟", industry, TalentLevel.LEADING, LocalDate.of(2026, 3, 1));
        person("李娜", industry, TalentLevel.LEADING, LocalDate.of(2026, 5, 20));
        person("王强", industry, TalentLevel.YOUTH, LocalDate.of(2026, 4, 2));
        person("刘洋", industry, TalentLevel.LEADING, LocalDate.of(2025, 11, 30));
        person("陈静", street, TalentLevel.TOP, LocalDate.of(2026, 1, 8));
        person("杨帆", street, null, LocalDate.of(2026, 2, 9));
        person("赵磊", unit("区科技局"), TalentLevel.HIGH, LocalDate.of(2026, 6, 1));

        List<TalentProgress> progress = talent.progress(2026);

        assertThat(progress).extracting(TalentProgress::unitName, TalentProgress::level, TalentProgress::target,
                        TalentProgress::actual)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("区工信局", TalentLevel.LEADING, 4, 2),
                        org.assertj.core.groups.Tuple.tuple("西流湖街道", null, 2, 2),
                        org.assertj.core.groups.Tuple.tuple("区科技局", null, 0, 1));
        assertThat(progress.get(0).rate()).isEqualByComparingTo("0.5");
        assertThat(progress.get(1).rate()).isEqualByComparingTo("1");
        assertThat(progress.get(2).rate()).isNull();
        assertThat(talent.progress(2025)).extracting(TalentProgress::unitName, TalentProgress::actual)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("区工信局", 1));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aTargetIsChangedInPlaceAndATrashedOneComesBack(Engine engine) {
        open(engine);
        talent.setTarget(2026, industry, TalentLevel.TOP, 3, -1);
        TalentTarget target = talent.targets(2026).get(0);

        talent.setTarget(2026, industry, TalentLevel.TOP, 5, target.version());
        assertThat(talent.targets(2026)).extracting(TalentTarget::targetCount).containsExactly(5);
        assertThatThrownBy(() -> talent.setTarget(2026, industry, TalentLevel.TOP, 6, -1))
                .isInstanceOfSatisfying(FieldInputException.class, e -> assertThat(e.key()).isEqualTo("talent.error.targetExists"));
        assertThatThrownBy(() -> talent.setTarget(2026, industry, TalentLevel.TOP, 7, target.version()))
                .isInstanceOf(StaleRecordException.class);

        TalentTarget current = talent.targets(2026).get(0);
        talent.deleteTarget(current.id(), current.version());
        assertThat(talent.targets(2026)).isEmpty();
        talent.setTarget(2026, industry, TalentLevel.TOP, 2, -1);
        assertThat(talent.targets(2026)).extracting(TalentTarget::targetCount).containsExactly(2);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void invalidEntriesAreRefusedBesideTheirField(Engine engine) {
        open(engine);
        assertThatThrownBy(() -> person(" ", industry, null, null))
                .isInstanceOfSatisfying(FieldInputException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> person("张伟", industry, null, LocalDate.of(2026, 7, 1)))
                .isInstanceOfSatisfying(FieldInputException.class, e -> assertThat(e.field()).isEqualTo("arrivedOn"));
        assertThatThrownBy(() -> talent.save(new Talent(null, 0, "张伟", null, null, industry, null, null, null, null, null,
                null, "call me", null)))
                .isInstanceOfSatisfying(FieldInputException.class, e -> assertThat(e.field()).isEqualTo("mobile"));
        assertThatThrownBy(() -> talent.save(new Talent(null, 0, "张伟", null, null, industry, null, null, null, null, null,
                null, null, "zhang.example.com")))
                .isInstanceOfSatisfying(FieldInputException.class, e -> assertThat(e.field()).isEqualTo("email"));
        assertThatThrownBy(() -> talent.setTarget(2026, industry, null, -1, -1))
                .isInstanceOfSatisfying(FieldInputException.class, e -> assertThat(e.field()).isEqualTo("targetCount"));
        assertThat(talent.list(TalentFilter.ALL).total()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theInventoryFiltersAndAnEditIsSavedWithItsVersion(Engine engine) {
        open(engine);
        Talent zhang = person("张伟", industry, TalentLevel.LEADING, LocalDate.of(2026, 3, 1));
        person("李娜", street, TalentLevel.YOUTH, LocalDate.of(2025, 3, 1));

        assertThat(talent.list(new TalentFilter("智造", null, null, null)).total()).isEqualTo(2);
        assertThat(talent.list(new TalentFilter(null, street, null, null)).rows()).extracting(Talent::name).containsExactly("李娜");
        assertThat(talent.list(new TalentFilter(null, null, TalentLevel.LEADING, 2026)).rows()).extracting(Talent::name)
                .containsExactly("张伟");
        Talent edited = talent.save(new Talent(zhang.id(), zhang.version(), "张伟", company, null, industry, null, "工业软件",
                TalentLevel.TOP, "总工程师", null, zhang.arrivedOn(), zhang.mobile(), zhang.email()));
        assertThat(edited.level()).isEqualTo(TalentLevel.TOP);
        assertThat(edited.companyName()).isEqualTo("中原智造科技有限公司");
        assertThatThrownBy(() -> talent.save(zhang)).isInstanceOf(StaleRecordException.class);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theExportMasksPersonalDataAndIsLogged(Engine engine) throws Exception {
        open(engine);
        person("张伟", industry, TalentLevel.LEADING, LocalDate.of(2026, 3, 1));
        Path file = dir.resolve("人才台账.csv");

        int rows = talent.export(TalentFilter.ALL, file, TestDatabases.chinese());

        String csv = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(rows).isEqualTo(1);
        assertThat(csv).startsWith("\uFEFF姓名").contains("138****5678", "z***@example.com", "领军人才")
                .doesNotContain("13812345678", "zhang.wei@");
        var log = services.database().dsl().selectFrom(EXPORT_LOG).fetchSingle();
        assertThat(log.getKind()).isEqualTo("TALENT");
        assertThat(log.getRowCount()).isEqualTo(1);
        assertThat(log.getMasked()).isTrue();
        assertThat(log.getFileName()).isEqualTo("人才台账.csv");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void anExportWritesFormulaLookingCellsAsTextAndAnXlsxWhenTheNameSaysSo(Engine engine) throws Exception {
        open(engine);
        talent.save(new Talent(null, 0, "=HYPERLINK(\"http://x\",\"点击\")", company, null, industry, null, "+智能制造",
                TalentLevel.LEADING, "@首席", null, LocalDate.of(2026, 3, 1), null, null));

        Path csv = dir.resolve("人才台账.csv");
        talent.export(TalentFilter.ALL, csv, TestDatabases.chinese());
        List<org.apache.commons.csv.CSVRecord> records = org.apache.commons.csv.CSVFormat.DEFAULT.parse(
                new StringReader(Files.readString(csv, StandardCharsets.UTF_8).substring(1))).getRecords();
        assertThat(records.get(1).get(0)).isEqualTo("'=HYPERLINK(\"http://x\",\"点击\")");
        assertThat(records.get(1).get(3)).isEqualTo("'+智能制造");
        assertThat(records.get(1).get(5)).isEqualTo("'@首席");

        Path xlsx = dir.resolve("人才台账.xlsx");
        talent.export(TalentFilter.ALL, xlsx, TestDatabases.chinese());
        try (var book = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertThat(book.getSheetName(0)).isEqualTo("人才台账");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("姓名");
            assertThat(sheet.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.STRING);
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }
}
