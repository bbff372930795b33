package cn.zhaoshang.desk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyncTablesTest {
    @Test
    void everyTableWithAKeyIsClassifiedForSync() {
        assertThat(SyncTables.unclassified()).as("add the new tables to SyncTables (what travels to a laptop?)").isEmpty();
    }

    @Test
    void aTableComesAfterEveryTableItRefersToItsLinkSetsIncluded() {
        List<String> seen = new ArrayList<>();
        for (SyncTable table : SyncTables.ordered()) {
            seen.add(table.name());
            if (table.name().equals("company")) {
                assertThat(seen).contains("team", "person");
                assertThat(SyncTables.ordered().stream().map(SyncTable::name).toList().indexOf("chain_node"))
                        .as("chain links travel inside companies").isLessThan(seen.size() - 1);
            }
        }
        assertThat(seen.indexOf("contact")).isGreaterThan(seen.indexOf("company"));
        assertThat(seen.indexOf("project_stage_history")).isGreaterThan(seen.indexOf("project"));
    }
}
