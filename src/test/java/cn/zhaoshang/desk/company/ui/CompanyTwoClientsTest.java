package cn.zhaoshang.desk.company.ui;

import static cn.zhaoshang.desk.company.CompanyFixtures.company;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.background.ImmediateTaskRunner;
import cn.zhaoshang.desk.common.db.DatabaseConfig;
import cn.zhaoshang.desk.company.Company;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two clients, each with its own services and pool, on one PostgreSQL database: Bob's save over
 * Alice's newer save is refused and shows what she changed; Bob's change feed notices her save.
 */
class CompanyTwoClientsTest {
    @TempDir
    Path dir;

    @Test
    void aStaleSaveIsRefusedWithTheDifferenceAndTheOtherClientHearsOfTheChange() {
        DatabaseConfig server = TestDatabases.freshPostgres();
        try (Services alice = TestDatabases.open(server, dir.resolve("alice"));
             Services bob = TestDatabases.open(server, dir.resolve("bob"))) {
            Company stored = alice.companies().create(company("郑州博研科技有限公司", 1).address("建设路 1 号").build());
            List<String> bobHeard = new ArrayList<>();
            bob.changeStream().subscribe(batch -> {
                if (!batch.local()) {
                    bobHeard.addAll(batch.tables());
                }
            });
            bob.changes().poll();

            CompanyFormViewModel bobsForm = new CompanyFormViewModel(bob.companies(), new ImmediateTaskRunner(), bob.messages());
            bobsForm.setChoices(CompanyChoices.load(bob.companies(), null));
            bobsForm.load(bob.companies().get(stored.id()));
            bobsForm.legalRep.set("李明");

            alice.companies().update(stored.id(), stored.version(), stored.data().toBuilder().address("中原路 88 号").build());
            bob.changes().poll();
            assertThat(bobHeard).contains("company").doesNotContain("contact");

            List<Company> saved = new ArrayList<>();
            List<Throwable> failures = new ArrayList<>();
            bobsForm.save(found -> true, saved::add, failures::add);

            assertThat(saved).isEmpty();
            assertThat(bobsForm.staleChanges).singleElement().satisfies(change -> {
                assertThat(change.field()).isEqualTo("address");
                assertThat(change.before()).isEqualTo("建设路 1 号");
                assertThat(change.theirs()).isEqualTo("中原路 88 号");
            });
            assertThat(bobsForm.legalRep.get()).as("what Bob typed").isEqualTo("李明");
            Company now = alice.companies().get(stored.id());
            assertThat(now.data().address()).isEqualTo("中原路 88 号");
            assertThat(now.data().legalRep()).isEqualTo("王建国");
        }
    }
}
