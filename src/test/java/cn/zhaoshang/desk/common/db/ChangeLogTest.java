package cn.zhaoshang.desk.common.db;

import static cn.zhaoshang.desk.generated.Tables.CHANGE_LOG;
import static cn.zhaoshang.desk.generated.Tables.TEAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.change.ChangeBatch;
import cn.zhaoshang.desk.common.change.ChangeKind;
import cn.zhaoshang.desk.company.CompanyData;
import cn.zhaoshang.desk.generated.tables.records.TeamRecord;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jooq.Field;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The change log: one number per committed transaction, in commit order, published once committed. */
class ChangeLogTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aSaveIsLoggedAndPublishedWithTheNextNumberAndARollbackLeavesNoGap(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            List<ChangeBatch> heard = new ArrayList<>();
            services.changeStream().subscribe(heard::add);
            long before = services.changeStream().watermark();

            var company = services.companies().create(CompanyData.named("郑州博研科技有限公司").build());
            assertThat(heard).hasSize(1);
            ChangeBatch first = heard.get(0);
            assertThat(first.sequence()).isEqualTo(before + 1);
            assertThat(first.local()).isTrue();
            assertThat(first.ids("company")).containsExactly(company.id());
            assertThat(first.changes()).anySatisfy(c -> {
                assertThat(c.table()).isEqualTo("company");
                assertThat(c.kind()).isEqualTo(ChangeKind.CREATE);
            });

            assertThatThrownBy(() -> services.database().transaction(() -> {
                services.companies().create(CompanyData.named("河南启衡信息技术有限公司").build());
                throw new IllegalStateException("the user pulled the plug");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(heard).hasSize(1);

            services.companies().delete(company.id(), company.version());
            assertThat(heard).hasSize(2);
            assertThat(heard.get(1).sequence()).as("no number lost to the rollback").isEqualTo(before + 2);
            assertThat(services.changeStream().watermark()).isEqualTo(before + 2);
            assertThat(ChangeLog.readAfter(services.database().dsl(), before, 10, services.database().origin()))
                    .extracting(ChangeBatch::sequence).containsExactly(before + 1, before + 2);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void nestedTransactionsCommitAsOneBatch(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            List<ChangeBatch> heard = new ArrayList<>();
            services.changeStream().subscribe(heard::add);
            services.database().transaction(() -> {
                services.companies().create(CompanyData.named("郑州博研科技有限公司").build());
                services.companies().create(CompanyData.named("河南启衡信息技术有限公司").build());
            });
            assertThat(heard).hasSize(1);
            assertThat(heard.get(0).ids("company")).hasSize(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aBulkInsertIsLoggedInPartsAndReadBackWhole(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            var now = OffsetDateTime.now(TestDatabases.CLOCK);
            List<UUID> ids = new ArrayList<>();
            List<Object[]> rows = IntStream.range(0, ChangeLog.IDS_PER_ROW + 10).mapToObj(i -> {
                UUID id = Ids.next();
                ids.add(id);
                return new Object[] {id, now, now, 0, "小分队" + i, "北京"};
            }).toList();
            List<Field<?>> fields = List.of(TEAM.ID, TEAM.CREATED_AT, TEAM.UPDATED_AT, TEAM.VERSION, TEAM.NAME, TEAM.BASE_CITY);
            long before = services.changeStream().watermark();

            services.bulk().insert(TEAM, fields, rows.iterator(), Progress.NONE, rows.size());

            assertThat(services.database().dsl().fetchCount(CHANGE_LOG, CHANGE_LOG.SEQ.eq(before + 1))).isEqualTo(2);
            List<ChangeBatch> read = ChangeLog.readAfter(services.database().dsl(), before, 10, UUID.randomUUID());
            assertThat(read).singleElement().satisfies(b -> {
                assertThat(b.local()).isFalse();
                assertThat(b.ids("team")).containsExactlyElementsOf(ids);
            });
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void anotherClientsSaveReachesThisStreamThroughThePollAndOwnSavesAreNotHeardTwice(Engine engine) {
        var config = TestDatabases.config(engine);
        try (Services alice = TestDatabases.open(config, dir.resolve("alice"));
             Services bob = TestDatabases.open(config, dir.resolve("bob"))) {
            List<ChangeBatch> aliceHeard = new ArrayList<>();
            alice.changeStream().subscribe(aliceHeard::add);
            TeamRecord team = bob.database().dsl().selectFrom(TEAM).limit(1).fetchOne();
            team.setDescription("鲍勃的修改");
            bob.writer().update(team);
            alice.companies().create(CompanyData.named("郑州博研科技有限公司").build());
            assertThat(aliceHeard).hasSize(1);

            alice.changes().poll();
            assertThat(aliceHeard).hasSize(2);
            assertThat(aliceHeard.get(1).local()).isFalse();
            assertThat(aliceHeard.get(1).ids("team")).containsExactly(team.getId());
            alice.changes().poll();
            assertThat(aliceHeard).hasSize(2);
            assertThat(alice.changeStream().watermark()).isEqualTo(ChangeLog.lastSequence(bob.database().dsl()));
        }
    }
}
