package cn.zhaoshang.desk.common.db;

import static cn.zhaoshang.desk.generated.Tables.CHANGE_LOG;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.carrier.CarrierDemo;
import cn.zhaoshang.desk.chain.Segment;
import cn.zhaoshang.desk.chain.TagDisposal;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.company.CompanyData;
import cn.zhaoshang.desk.company.CompanyFilter;
import cn.zhaoshang.desk.company.CompanySort;
import cn.zhaoshang.desk.company.Contact;
import cn.zhaoshang.desk.exchange.DuplicatePolicy;
import cn.zhaoshang.desk.exchange.ImportEntity;
import cn.zhaoshang.desk.exchange.ImportRequest;
import cn.zhaoshang.desk.generated.DefaultSchema;
import cn.zhaoshang.desk.policy.PolicyDemo;
import cn.zhaoshang.desk.sync.db.SyncTables;
import cn.zhaoshang.desk.talent.TalentDemo;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jooq.Record;
import org.jooq.Table;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Sync, the search index and other clients learn of a change only through the change log
 * (decision 0014). This runs the writers people use — demo data, forms, merge, claims, chain tags,
 * trash, import and undo, the stage-deadline job — and checks that every row they created or changed
 * (a new version) is in the log after the point where the work began.
 */
class ChangeLogCompletenessTest {
    /** Tables whose rows have no key of their own: a change is logged under the owner's id. */
    private static final Map<String, String> LINK_OWNER = Map.of(
            "company_tag", "company_id", "company_chain_node", "company_id", "project_chain_node", "project_id");

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void everyRowTheWritersCreateOrChangeIsInTheChangeLog(Engine engine) throws Exception {
        try (Services s = TestDatabases.open(engine, dir)) {
            s.demoData().generate(40, 7, Progress.NONE);
            Map<String, Map<String, Object>> before = snapshot(s);
            long from = s.changeStream().watermark();

            workLikeAnOffice(s);

            Map<String, Set<UUID>> logged = loggedAfter(s, from);
            Map<String, Map<String, Object>> after = snapshot(s);
            int checked = 0;
            for (var table : after.entrySet()) {
                Map<String, Object> old = before.getOrDefault(table.getKey(), Map.of());
                for (var row : table.getValue().entrySet()) {
                    if (!Objects.equals(old.get(row.getKey()), row.getValue())) {
                        checked++;
                        assertThat(logged.getOrDefault(table.getKey(), Set.of()))
                                .as("%s %s changed but is not in the change log", table.getKey(), row.getKey())
                                .contains(UUID.fromString(row.getKey()));
                    }
                }
            }
            assertThat(checked).as("the scenario changed rows of many tables").isGreaterThan(100);
        }
    }

    private void workLikeAnOffice(Services s) throws Exception {
        LocalDate today = LocalDate.now(s.clock());
        new CarrierDemo(s.carriers()).fill(7, today);
        new PolicyDemo(s.policies(), s.incentives()).fill(7);
        new TalentDemo(s.talent()).fill(7, 10);

        var kept = s.companies().create(CompanyData.named("郑州博研科技有限公司").build());
        kept = s.companies().update(kept.id(), kept.version(), kept.data().toBuilder().address("中原路 88 号")
                .tags(List.of("重点")).build());
        var contact = s.companies().contacts().save(new Contact(null, 0, kept.id(), "王磊", "总经理", "13800138000",
                null, null, null, false, "名片，本人同意"));
        s.companies().contacts().remove(contact);
        var dropped = s.companies().create(CompanyData.named("郑州博研科技有限责任公司").tags(List.of("外资")).build());
        s.companies().contacts().save(new Contact(null, 0, dropped.id(), "李娜", null, "13900139000", null, null, null,
                true, "展会名片"));
        s.companies().claims().claim(dropped.id(), s.companies().teams().get(0).id(), null, 30);
        s.companies().duplicates().merge(kept.id(), dropped.id());

        var trashed = s.companies().create(CompanyData.named("河南启衡信息技术有限公司").build());
        s.companies().delete(trashed.id(), trashed.version());
        s.history().restore(s.history().trash().stream().filter(t -> t.id().equals(trashed.id())).findFirst().orElseThrow());

        var chain = s.chains().chains().get(0);
        var node = s.chains().createNode(chain.id(), null, Segment.MIDSTREAM, "测试节点", null);
        var companies = s.companies().page(CompanyFilter.NONE, CompanySort.DEFAULT, null, 10).rows().stream()
                .map(r -> r.id()).toList();
        s.chains().tagCompanies(companies, node.id());
        s.chains().deleteNode(node.id(), s.chains().node(node.id()).version(), TagDisposal.UNTAG);

        Path csv = dir.resolve("companies.csv");
        Files.writeString(csv, "企业名称,统一社会信用代码\n郑州新导入一号有限公司,\n郑州新导入二号有限公司,\n", StandardCharsets.UTF_8);
        var run = s.imports().run(new ImportRequest(csv, ImportEntity.COMPANIES, null, DuplicatePolicy.SKIP,
                s.messages()), Progress.NONE);
        s.imports().undo(run.importId(), Progress.NONE);

        s.stageDeadlines().run(Progress.NONE, s.messages());
        s.companies().claims().releaseLapsed();
    }

    /** Every row of every table with a key: its version (or, for rows without one, that it exists). */
    private static Map<String, Map<String, Object>> snapshot(Services s) {
        Map<String, Map<String, Object>> rows = new HashMap<>();
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            String name = table.getName();
            if (name.equals("flyway_schema_history") || SyncTables.NOT_SYNCED.contains(name)) {
                continue;   // bookkeeping that stays where it is written
            }
            Map<String, Object> versions = new HashMap<>();
            if (table.field("id") != null && table.field("id").getType() == UUID.class) {
                for (Record r : s.database().dsl().selectFrom(table).fetch()) {
                    versions.put(r.get("id").toString(), table.field("version") == null ? 0 : r.get("version"));
                }
            } else if (LINK_OWNER.containsKey(name)) {
                Map<String, Set<String>> links = new HashMap<>();
                for (Record r : s.database().dsl().selectFrom(table).fetch()) {
                    links.computeIfAbsent(r.get(LINK_OWNER.get(name)).toString(), k -> new TreeSet<>()).add(r.toString());
                }
                versions.putAll(links);
            } else {
                continue;
            }
            rows.put(name, versions);
        }
        return rows;
    }

    private static Map<String, Set<UUID>> loggedAfter(Services s, long from) {
        Map<String, Set<UUID>> logged = new HashMap<>();
        s.database().dsl().select(CHANGE_LOG.TABLE_NAME, CHANGE_LOG.RECORD_IDS).from(CHANGE_LOG)
                .where(CHANGE_LOG.SEQ.gt(from)).forEach(r -> logged.computeIfAbsent(r.value1(), k -> new HashSet<>())
                        .addAll(ChangeLog.unpack(r.value2())));
        return logged;
    }
}
