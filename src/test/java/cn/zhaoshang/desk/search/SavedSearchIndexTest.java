package cn.zhaoshang.desk.search;

import static cn.zhaoshang.desk.generated.Tables.COMPANY;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Composition;
import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.db.DatabaseConfig;
import cn.zhaoshang.desk.generated.tables.records.CompanyRecord;
import cn.zhaoshang.desk.generated.tables.records.ContactRecord;
import cn.zhaoshang.desk.security.Role;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search index saved beside the embedded database (decision 0096): a start loads it and reads
 * only the changes made since it was saved, by whichever process made them; a missing, damaged or
 * foreign file is rebuilt from the tables and saved again.
 */
class SavedSearchIndexTest {
    private static final List<String> QUERIES = List.of("华润", "huarun", "hrxny", "青岛海尔", "haier", "司马相如", "王小明",
            "科技", "kj", "9144", "郑州");

    @TempDir
    Path dir;

    private Services open() {
        return TestDatabases.open(DatabaseConfig.embedded(dir), dir);
    }

    private Path indexFile() {
        return DatabaseConfig.embedded(dir).searchIndexFile();
    }

    private static List<String> answers(SearchService search) {
        return QUERIES.stream().flatMap(q -> search.search(q, 20).stream().map(h -> q + " " + h.companyId() + " " + h.name()))
                .toList();
    }

    /** What a full build from the tables answers now (the reference every loaded index must equal). */
    private static List<String> rebuiltAnswers(Services services) {
        services.search().rebuild(Progress.NONE);
        return answers(services.search());
    }

    @Test
    void aStartLoadsTheSavedIndexAndReadsOnlyTheChangesMadeSince() throws IOException {
        UUID huarun;
        UUID other;
        try (Services services = open()) {
            services.demoData().generate(300, 11, Progress.NONE);
            huarun = SearchServiceTest.company(services, "华润新能源有限公司", "华润新能源", SearchServiceTest.HUARUN_USCC, "司马相如");
            other = SearchServiceTest.company(services, "北京华润电力有限公司", "华润电力", SearchServiceTest.POWER_USCC);
            services.search().loadOrRebuild(Progress.NONE);
            assertThat(services.search().startedFrom()).isEqualTo(SearchService.Start.REBUILT);
            assertThat(indexFile()).exists();
        }
        // Another process (an import, a command) changes companies and contacts while nobody holds the index.
        try (Services services = open()) {
            SearchServiceTest.company(services, "青岛海尔智家股份有限公司", "海尔智家", null, "王小明");
            CompanyRecord renamed = services.writer().load(COMPANY, huarun);
            renamed.setName("华润新能源控股有限公司");
            services.writer().update(renamed);
            CompanyRecord gone = services.writer().load(COMPANY, other);
            services.writer().softDelete(COMPANY, other, gone.getVersion());
            ContactRecord contact = new ContactRecord();
            contact.setCompanyId(huarun);
            contact.setName("欧阳娜娜");
            services.writer().insert(contact);
        }
        try (Services services = open()) {
            services.search().loadOrRebuild(Progress.NONE);
            assertThat(services.search().startedFrom()).isEqualTo(SearchService.Start.LOADED);
            List<String> loaded = answers(services.search());
            assertThat(loaded).anyMatch(a -> a.contains("青岛海尔智家股份有限公司")).anyMatch(a -> a.contains("华润新能源控股有限公司"))
                    .noneMatch(a -> a.contains("北京华润电力有限公司"));
            assertThat(services.search().search("欧阳娜娜", 5)).extracting(SearchHit::companyId).containsExactly(huarun);
            assertThat(loaded).isEqualTo(rebuiltAnswers(services));
        }
    }

    @Test
    void changesWhileTheAppRunsAreSavedWhenItCloses() {
        try (Services services = open()) {
            services.demoData().generate(200, 12, Progress.NONE);
            services.search().loadOrRebuild(Progress.NONE);
            SearchServiceTest.company(services, "青岛海尔智家股份有限公司", "海尔智家", null);
            services.closeCompacting();
        }
        try (Services services = open()) {
            services.search().loadOrRebuild(Progress.NONE);
            assertThat(services.search().startedFrom()).isEqualTo(SearchService.Start.LOADED);
            assertThat(services.search().search("haier", 5)).extracting(SearchHit::name).contains("青岛海尔智家股份有限公司");
        }
    }

    @Test
    void theIndexOfAnEncryptedDatabaseIsSealedWithItsKey() throws IOException {
        String name;
        Services plain = open();
        plain.demoData().generate(40, 15, Progress.NONE);
        plain.users().create("root", "管理员", Role.ADMIN, null, "root-pass-1".toCharArray());
        name = (String) plain.database().dsl().fetchValue("select name from company order by name limit 1");
        plain.search().loadOrRebuild(Progress.NONE);
        assertThat(contains(indexFile(), name)).as("a plain database's index is plain").isTrue();
        DatabaseConfig keyed = Composition.encrypt(plain, "root", "root-pass-1".toCharArray());
        assertThat(indexFile()).as("encrypting deletes the plain index").doesNotExist();

        try (Services services = TestDatabases.open(keyed, dir)) {
            services.search().loadOrRebuild(Progress.NONE);
            assertThat(services.search().startedFrom()).isEqualTo(SearchService.Start.REBUILT);
        }
        assertThat(contains(indexFile(), name)).as("names in the sealed index").isFalse();
        try (Services services = TestDatabases.open(keyed, dir)) {
            services.search().loadOrRebuild(Progress.NONE);
            assertThat(services.search().startedFrom()).isEqualTo(SearchService.Start.LOADED);
            assertThat(services.search().search(name, 5)).extracting(SearchHit::name).contains(name);
        }
    }

    /** Does the file hold the text as the index writes it (UTF-16) or as UTF-8? */
    private static boolean contains(Path file, String text) throws IOException {
        String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        return bytes.contains(new String(text.getBytes(StandardCharsets.UTF_16BE),
                StandardCharsets.ISO_8859_1))
                || bytes.contains(new String(text.getBytes(StandardCharsets.UTF_8),
                StandardCharsets.ISO_8859_1));
    }

    @Test
    void aDamagedOrForeignFileIsRebuiltAndSavedAgain() throws IOException {
        try (Services services = open()) {
            services.demoData().generate(200, 13, Progress.NONE);
            services.search().loadOrRebuild(Progress.NONE);
        }
        byte[] good = Files.readAllBytes(indexFile());
        byte[] damaged = good.clone();
        damaged[damaged.length / 3] ^= 0x01;
        Files.write(indexFile(), damaged);
        try (Services services = open()) {
            services.search().loadOrRebuild(Progress.NONE);
            assertThat(services.search().startedFrom()).isEqualTo(SearchService.Start.REBUILT);
            assertThat(answers(services.search())).isEqualTo(rebuiltAnswers(services));
        }
        try (Services services = open()) {
            services.search().loadOrRebuild(Progress.NONE);
            assertThat(services.search().startedFrom()).as("saved again after the rebuild").isEqualTo(SearchService.Start.LOADED);
        }
        // The index of another database (a restore, a copied folder) is recognised by its change's fingerprint.
        Path elsewhere = dir.resolve("other");
        try (Services services = TestDatabases.open(DatabaseConfig.embedded(elsewhere), elsewhere)) {
            services.demoData().generate(50, 14, Progress.NONE);
            services.search().loadOrRebuild(Progress.NONE);
        }
        Files.copy(DatabaseConfig.embedded(elsewhere).searchIndexFile(), indexFile(),
                StandardCopyOption.REPLACE_EXISTING);
        try (Services services = open()) {
            services.search().loadOrRebuild(Progress.NONE);
            assertThat(services.search().startedFrom()).isEqualTo(SearchService.Start.REBUILT);
            assertThat(services.search().companyIndex().size()).isGreaterThan(150);
        }
    }
}
