package cn.zhaoshang.desk.search.db;

import static cn.zhaoshang.desk.generated.Tables.COMPANY;
import static cn.zhaoshang.desk.generated.Tables.CONTACT;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.search.CompanySearchEntry;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The search follower's reads over more ids than one statement carries (a change of many contacts at once). */
class SearchRepositoryTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void readsCompaniesAndEntriesForIdsBeyondOneStatement(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            services.demoData().generate(12, 1, Progress.NONE);
            var dsl = services.database().dsl();
            List<UUID> contacts = new ArrayList<>(dsl.select(CONTACT.ID).from(CONTACT).fetch(CONTACT.ID));
            Set<UUID> owners = new HashSet<>(dsl.selectDistinct(CONTACT.COMPANY_ID).from(CONTACT).fetch(CONTACT.COMPANY_ID));
            List<UUID> companies = new ArrayList<>(dsl.select(COMPANY.ID).from(COMPANY).where(COMPANY.DELETED_AT.isNull())
                    .fetch(COMPANY.ID));
            for (int i = 0; i < 2 * SearchRepository.IDS_PER_STATEMENT + 7; i++) { // unknown ids around the real ones
                contacts.add(UUID.randomUUID());
                companies.add(UUID.randomUUID());
            }
            Collections.shuffle(contacts, new Random(7));
            Collections.shuffle(companies, new Random(7));
            SearchRepository repository = new SearchRepository(services.database());

            assertThat(repository.companiesOfContacts(contacts)).isEqualTo(owners);
            assertThat(repository.entries(companies)).extracting(CompanySearchEntry::companyId)
                    .containsExactlyInAnyOrderElementsOf(dsl.select(COMPANY.ID).from(COMPANY)
                            .where(COMPANY.DELETED_AT.isNull()).fetch(COMPANY.ID));
        }
    }
}
