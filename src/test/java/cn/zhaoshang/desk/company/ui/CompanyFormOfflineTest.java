package cn.zhaoshang.desk.company.ui;

import static cn.zhaoshang.desk.company.CompanyFixtures.company;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.background.ImmediateTaskRunner;
import cn.zhaoshang.desk.common.db.DatabaseConfig;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.company.Company;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The team server goes away while a company is being edited: nothing is saved, nothing typed is lost. */
class CompanyFormOfflineTest {
    @TempDir
    Path dir;

    @Test
    void aSaveWhileTheServerIsGoneKeepsWhatWasTypedAndSucceedsWhenItIsBack() {
        DatabaseConfig server = TestDatabases.freshPostgres();
        try (Services services = TestDatabases.open(server, dir)) {
            Company stored = services.companies().create(company("郑州博研科技有限公司", 1).build());
            CompanyFormViewModel form = new CompanyFormViewModel(services.companies(), new ImmediateTaskRunner(),
                    services.messages());
            form.setChoices(CompanyChoices.load(services.companies(), null));
            form.load(stored);
            form.address.set("中原区建设西路 187 号");

            TestDatabases.cutOff(server, true);
            services.changes().poll();
            List<Throwable> failures = new ArrayList<>();
            List<Company> saved = new ArrayList<>();
            form.save(found -> true, saved::add, failures::add);

            assertThat(saved).isEmpty();
            assertThat(failures).singleElement().isInstanceOfSatisfying(DeskException.class,
                    e -> assertThat(services.messages().describe(e)).contains("没有保存"));
            assertThat(form.address.get()).isEqualTo("中原区建设西路 187 号");
            assertThat(form.isDirty()).isTrue();
            assertThat(form.busyProperty().get()).isFalse();

            TestDatabases.cutOff(server, false);
            services.changes().poll();
            form.save(found -> true, saved::add, failures::add);
            assertThat(saved).as("failures: %s", failures).singleElement().extracting(c -> c.data().address())
                    .isEqualTo("中原区建设西路 187 号");
        }
    }
}
