package cn.zhaoshang.desk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.text.Uscc;
import cn.zhaoshang.desk.company.Company;
import cn.zhaoshang.desk.company.CompanyData;
import cn.zhaoshang.desk.company.Contact;
import cn.zhaoshang.desk.company.Interaction;
import cn.zhaoshang.desk.company.InteractionKind;
import cn.zhaoshang.desk.generated.Tables;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Laptops that work offline and sync with the team server: shares, merges, conflicts (decision 0015). */
class SyncTest {
    @TempDir
    Path dir;

    private static String address(Services on, Company c) {
        return on.companies().get(c.id()).data().address();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aLaptopCarriesItsTeamsShareAndNothingElseOfTheDistrict(Engine engine) {
        try (SyncFixture f = new SyncFixture(engine, dir)) {
            Company ours = f.company("北京博研科技有限公司", f.beijing);
            f.contact(f.server, ours.id(), "王磊", "13800138000");
            Company theirs = f.company("上海启衡信息技术有限公司", f.shanghai);

            Services laptop = f.laptop("liming");

            assertThat(laptop.companies().find(ours.id())).isPresent();
            assertThat(laptop.companies().contacts().of(ours.id())).extracting(Contact::name).containsExactly("王磊");
            assertThat(laptop.companies().find(theirs.id())).isEmpty();
            assertThat(laptop.sync().state().orElseThrow().waiting()).isZero();
            var users = laptop.database().dsl().selectFrom(Tables.APP_USER).fetch();
            assertThat(users).filteredOn(u -> u.getPasswordHash() != null)
                    .allSatisfy(u -> assertThat(u.getUsername()).isEqualTo("liming"));
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void editsOfDifferentFieldsOfOneRecordBothLand(Engine engine) {
        try (SyncFixture f = new SyncFixture(engine, dir)) {
            Company c = f.company("北京博研科技有限公司", f.beijing);
            Services laptop = f.laptop("liming");

            Company mine = laptop.companies().get(c.id());
            laptop.companies().update(c.id(), mine.version(), mine.data().toBuilder().address("海淀区中关村大街 1 号").build());
            Company stored = f.server.companies().get(c.id());
            f.server.companies().update(c.id(), stored.version(), stored.data().toBuilder().legalRep("赵伟").build());

            assertThat(f.sync(laptop)).as("sent the address, took their legal representative")
                    .isEqualTo(new SyncResult(1, 1, 0));
            for (Services side : List.of(f.server, laptop)) {
                CompanyData data = side.companies().get(c.id()).data();
                assertThat(data.address()).isEqualTo("海淀区中关村大街 1 号");
                assertThat(data.legalRep()).isEqualTo("赵伟");
            }
            assertThat(f.sync(laptop)).as("nothing left to do").isEqualTo(new SyncResult(0, 0, 0));
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theSameFieldChangedOnBothSidesGoesToTheQueueAndTakingMineSendsItNextTime(Engine engine) {
        try (SyncFixture f = new SyncFixture(engine, dir)) {
            Company c = f.company("北京博研科技有限公司", f.beijing);
            Services laptop = f.laptop("liming");
            Company mine = laptop.companies().get(c.id());
            laptop.companies().update(c.id(), mine.version(), mine.data().toBuilder().address("海淀区 1 号").build());
            Company stored = f.server.companies().get(c.id());
            f.server.companies().update(c.id(), stored.version(), stored.data().toBuilder().address("朝阳区 2 号").build());

            assertThat(f.sync(laptop).conflicts()).isEqualTo(1);

            Conflict conflict = laptop.sync().conflicts(true).getFirst();
            assertThat(conflict.kind()).isEqualTo(ConflictKind.SAME_FIELD);
            assertThat(conflict.field()).isEqualTo("address");
            assertThat(conflict.mine()).isEqualTo("海淀区 1 号");
            assertThat(conflict.theirs()).isEqualTo("朝阳区 2 号");
            assertThat(conflict.myUser()).isEqualTo("liming");
            assertThat(conflict.theirUser()).isEqualTo("banzhang");
            assertThat(conflict.recordLabel()).isEqualTo("北京博研科技有限公司");
            assertThat(address(laptop, c)).as("the record holds the server's value meanwhile").isEqualTo("朝阳区 2 号");

            laptop.sync().resolve(conflict.id(), SyncService.Take.MINE);
            assertThat(laptop.sync().conflicts(true)).isEmpty();
            f.sync(laptop);
            assertThat(address(f.server, c)).isEqualTo("海淀区 1 号");
            assertThat(laptop.history().recordHistory("company", c.id()))
                    .anySatisfy(e -> assertThat(e.changes()).containsKey("address"));
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aDeleteAgainstAnEditIsAConflictAndTheRecordStays(Engine engine) {
        try (SyncFixture f = new SyncFixture(engine, dir)) {
            Company c = f.company("北京博研科技有限公司", f.beijing);
            Contact serverContact = f.contact(f.server, c.id(), "王磊", "13800138000");
            Services laptop = f.laptop("liming");
            Contact mine = laptop.companies().contacts().of(c.id()).getFirst();
            laptop.companies().contacts().remove(mine);
            f.server.companies().contacts().save(new Contact(serverContact.id(), serverContact.version(), c.id(), "王磊",
                    "副总经理", "13800138000", null, null, null, true, "名片，本人同意"));

            assertThat(f.sync(laptop).conflicts()).isEqualTo(1);
            Conflict conflict = laptop.sync().conflicts(true).getFirst();
            assertThat(conflict.kind()).isEqualTo(ConflictKind.DELETE_EDIT);
            assertThat(laptop.companies().contacts().of(c.id())).extracting(Contact::title).containsExactly("副总经理");

            laptop.sync().resolve(conflict.id(), SyncService.Take.MINE);
            f.sync(laptop);
            assertThat(f.server.companies().contacts().of(c.id())).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void anEditAgainstADeleteIsAConflictAndTakingMineBringsTheRecordBack(Engine engine) {
        try (SyncFixture f = new SyncFixture(engine, dir)) {
            Company c = f.company("北京博研科技有限公司", f.beijing);
            Services laptop = f.laptop("liming");
            Company mine = laptop.companies().get(c.id());
            laptop.companies().update(c.id(), mine.version(), mine.data().toBuilder().legalRep("赵伟").build());
            f.server.companies().delete(c.id(), f.server.companies().get(c.id()).version());

            assertThat(f.sync(laptop).conflicts()).isEqualTo(1);
            Conflict conflict = laptop.sync().conflicts(true).getFirst();
            assertThat(conflict.kind()).isEqualTo(ConflictKind.EDIT_DELETE);
            assertThat(laptop.companies().find(c.id())).as("deleted here too until someone decides").isEmpty();

            laptop.sync().resolve(conflict.id(), SyncService.Take.MINE);
            f.sync(laptop);
            assertThat(f.server.companies().get(c.id()).data().legalRep()).isEqualTo("赵伟");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aCreditCodeTakenMeanwhileIsAConflictNotAnError(Engine engine) {
        try (SyncFixture f = new SyncFixture(engine, dir)) {
            Services laptop = f.laptop("liming");
            String code = "91110108000000077" + Uscc.checkChar("91110108000000077");
            Company mine = laptop.companies().create(CompanyData.named("北京启明星辰有限公司").uscc(code)
                    .ownerTeamId(f.beijing).build());
            f.server.companies().create(CompanyData.named("北京启明星辰信息技术股份有限公司").uscc(code).build());

            SyncResult result = f.sync(laptop);

            assertThat(result.conflicts()).isEqualTo(1);
            Conflict conflict = laptop.sync().conflicts(true).getFirst();
            assertThat(conflict.kind()).isEqualTo(ConflictKind.UNIQUE);
            assertThat(conflict.mine()).isEqualTo(code);
            assertThat(conflict.theirs()).isEqualTo("北京启明星辰信息技术股份有限公司");
            Company onServer = f.server.companies().get(mine.id());
            assertThat(onServer.data().name()).isEqualTo("北京启明星辰有限公司");
            assertThat(onServer.data().uscc()).as("the code stays with the company that had it").isNull();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void visitsRecordedOnBothSidesAreAllKept(Engine engine) {
        try (SyncFixture f = new SyncFixture(engine, dir)) {
            Company c = f.company("北京博研科技有限公司", f.beijing);
            Services laptop = f.laptop("liming");
            laptop.companies().visits().record(c.id(), new Interaction.Draft(SyncFixture.TODAY, InteractionKind.VISIT_OUT,
                    "李明", "王总", "上门拜访，谈研发中心选址", null, null));
            f.server.companies().visits().record(c.id(), new Interaction.Draft(SyncFixture.TODAY, InteractionKind.CALL,
                    "局长", "王总", "电话沟通落户政策", null, null));

            f.sync(laptop);

            assertThat(f.server.companies().visits().of(c.id())).hasSize(2);
            assertThat(laptop.companies().visits().of(c.id())).hasSize(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void threeLaptopsOfflineAtOnceAllConverge(Engine engine) {
        try (SyncFixture f = new SyncFixture(engine, dir)) {
            Company bj = f.company("北京博研科技有限公司", f.beijing);
            Company sh = f.company("上海启衡信息技术有限公司", f.shanghai);
            Services li = f.laptop("liming");
            Services wang = f.laptop("wangfang");
            Services chen = f.laptop("chenjing");

            Company liCopy = li.companies().get(bj.id());
            li.companies().update(bj.id(), liCopy.version(), liCopy.data().toBuilder().address("海淀区 1 号").build());
            f.contact(wang, bj.id(), "孙丽", "13900139000");
            Company chenCopy = chen.companies().get(sh.id());
            chen.companies().update(sh.id(), chenCopy.version(), chenCopy.data().toBuilder().legalRep("周强").build());
            Company made = li.companies().create(CompanyData.named("北京新线索科技有限公司").ownerTeamId(f.beijing).build());

            for (int round = 0; round < 2; round++) {
                for (Services laptop : List.of(li, wang, chen)) {
                    f.sync(laptop);
                }
            }

            for (Services side : List.of(f.server, li, wang)) {
                assertThat(side.companies().get(bj.id()).data().address()).isEqualTo("海淀区 1 号");
                assertThat(side.companies().contacts().of(bj.id())).extracting(Contact::name).containsExactly("孙丽");
                assertThat(side.companies().find(made.id())).isPresent();
            }
            assertThat(f.server.companies().get(sh.id()).data().legalRep()).isEqualTo("周强");
            assertThat(chen.companies().find(bj.id())).as("another team's company").isEmpty();
            assertThat(li.companies().find(sh.id())).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aRevokedLaptopIsRefused(Engine engine) {
        try (SyncFixture f = new SyncFixture(engine, dir)) {
            Services laptop = f.laptop("liming");
            Laptop tied = f.server.sync().laptops().getFirst();
            assertThat(tied.userName()).isEqualTo("liming");

            f.server.sync().revoke(tied.id());

            assertThatThrownBy(() -> f.sync(laptop)).isInstanceOf(DeskException.class)
                    .satisfies(e -> assertThat(((DeskException) e).key()).isEqualTo("sync.error.revoked"));
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aCompanyComingIntoTheShareBringsItsContacts(Engine engine) {
        try (SyncFixture f = new SyncFixture(engine, dir)) {
            Company c = f.company("上海启衡信息技术有限公司", f.shanghai);
            f.contact(f.server, c.id(), "陈伟", "13700137000");
            Services laptop = f.laptop("liming");
            assertThat(laptop.companies().find(c.id())).isEmpty();

            Company stored = f.server.companies().get(c.id());
            f.server.companies().update(c.id(), stored.version(), stored.data().toBuilder().ownerTeamId(f.beijing).build());
            f.sync(laptop);

            assertThat(laptop.companies().find(c.id())).isPresent();
            assertThat(laptop.companies().contacts().of(c.id())).extracting(Contact::name).containsExactly("陈伟");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aBriefcaseCarriesAnotherTeamsTargetsForAJointVisitAndUnpackingLeavesThemAtTheOffice(Engine engine) {
        try (SyncFixture f = new SyncFixture(engine, dir)) {
            Company theirs = f.company("上海启衡信息技术有限公司", f.shanghai);
            Services laptop = f.laptop("liming");
            assertThat(laptop.companies().find(theirs.id())).isEmpty();

            laptop.sync().pack(Briefcase.Kind.TEAM, f.shanghai);
            f.sync(laptop);
            assertThat(laptop.sync().briefcase().teams()).containsExactly(f.shanghai);
            assertThat(laptop.database().dsl().fetchExists(Tables.COMPANY, Tables.COMPANY.ID.eq(theirs.id())))
                    .as("the 上海 team's targets came for the joint visit").isTrue();
            assertThat(laptop.companies().find(theirs.id())).as("and read as they are at the office").isPresent();

            laptop.sync().unpack(Briefcase.Kind.TEAM, f.shanghai);
            assertThat(laptop.sync().briefcase().isEmpty()).isTrue();
            f.sync(laptop);
            assertThat(f.server.companies().find(theirs.id())).as("unpacking never deletes at the office").isPresent();
        }
    }
}
