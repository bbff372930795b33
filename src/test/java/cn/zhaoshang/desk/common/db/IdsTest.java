package cn.zhaoshang.desk.common.db;

import static cn.zhaoshang.desk.generated.Tables.COMPANY;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** New keys are version 7 and increase in the order the database sorts them (decision 0012). */
class IdsTest {
    @TempDir
    Path dir;

    @Test
    void keysMadeOneAfterAnotherAreVersion7AndIncreaseEvenWithinAMillisecond() {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            ids.add(Ids.next());
        }
        assertThat(ids).allSatisfy(id -> {
            assertThat(id.version()).isEqualTo(7);
            assertThat(id.variant()).isEqualTo(2);
        });
        for (int i = 1; i < ids.size(); i++) {
            assertThat(unsignedCompare(ids.get(i - 1), ids.get(i))).as("id %d after id %d", i, i - 1).isNegative();
        }
    }

    @Test
    void theDatabaseListsRecordsAndDemoRowsInTheOrderTheyWereMade() {
        try (Services s = TestDatabases.open(Engine.H2, dir)) {
            s.demoData().generate(300, 7, Progress.NONE);
            var dsl = s.database().dsl();
            List<UUID> byId = dsl.select(COMPANY.ID).from(COMPANY).orderBy(COMPANY.ID).fetch(COMPANY.ID);
            List<UUID> inserted = dsl.select(COMPANY.ID).from(COMPANY).orderBy(DSL.field("_rowid_")).fetch(COMPANY.ID);
            assertThat(byId).as("demo keys ascend in insertion order").containsExactlyElementsOf(inserted);
            s.demoData().generate(50, 7, Progress.NONE);
            assertThat(dsl.fetchCount(dsl.selectDistinct(COMPANY.ID).from(COMPANY))).isEqualTo(350);
        }
    }

    private static int unsignedCompare(UUID a, UUID b) {
        int hi = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return hi != 0 ? hi : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }
}
