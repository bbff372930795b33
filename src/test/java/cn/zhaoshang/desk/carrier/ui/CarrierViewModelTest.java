package cn.zhaoshang.desk.carrier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.carrier.Carrier;
import cn.zhaoshang.desk.carrier.CarrierKind;
import cn.zhaoshang.desk.carrier.CarrierSummary;
import cn.zhaoshang.desk.common.background.ImmediateTaskRunner;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.common.db.StaleRecordException;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The carrier screens' view models, without a window, over a real H2 with the seeded carriers. */
class CarrierViewModelTest {
    @TempDir
    Path dir;
    private Services services;
    private final List<Throwable> errors = new ArrayList<>();
    private CarrierListViewModel list;

    @BeforeEach
    void open() {
        services = TestDatabases.open(Engine.H2, dir);
        list = new CarrierListViewModel(services.carriers(), new ImmediateTaskRunner(), services.messages(), errors::add);
        list.load(() -> { });
    }

    @AfterEach
    void close() {
        services.close();
    }

    private List<String> names() {
        return list.rows().stream().map(r -> r.summary().carrier().name()).toList();
    }

    @Test
    void theListFindsCarriersByPinyinInitialsAndFullPinyin() {
        list.search().set("jzds");
        assertThat(names()).containsExactly("巨正大厦");
        list.search().set("hrxny");
        assertThat(names()).as("the accelerator matches by its operator, 华润新能源…运营管理")
                .containsExactly("华润新能源总部基地", "新能源企业加速器");
        list.search().set("zhimajie");
        assertThat(names()).hasSize(4).allMatch(n -> n.startsWith("芝麻街"));
        list.search().set("没有这个载体");
        assertThat(names()).isEmpty();
        assertThat(errors).isEmpty();
    }

    @Test
    void orderingByVacantAreaPutsTheMostFreeSpaceFirst() {
        list.order().set(CarrierListViewModel.Order.VACANT_AREA);
        assertThat(names().subList(0, 3)).containsExactly("华润新能源总部基地", "芝麻街健康产业园", "河南省冶金产业智能创新中心");
        list.order().set(CarrierListViewModel.Order.VACANCY_RATE);
        assertThat(names().get(0)).isEqualTo("河南省冶金产业智能创新中心");
    }

    @Test
    void filtersByKindAndByNesting() {
        list.kind().set(CarrierKind.INCUBATOR);
        assertThat(names()).containsExactlyInAnyOrder("金桐数字经济孵化器", "芝麻街1958科技企业孵化器");
        list.kind().set(null);
        list.parent().set(CarrierListViewModel.ParentChoice.TOP);
        assertThat(names()).hasSize(8);
        CarrierListViewModel.ParentChoice park = list.parentChoices().stream()
                .filter(p -> "华润新能源总部基地".equals(p.label())).findFirst().orElseThrow();
        list.parent().set(park);
        assertThat(names()).containsExactly("华润新能源总部基地", "新能源企业加速器");
    }

    @Test
    void theFormShowsMessagesBesideTheFieldsAndSavesNothingInvalid() {
        Carrier tower = summary("巨正大厦").carrier();
        CarrierFormViewModel form = new CarrierFormViewModel(tower, services.carriers(), new ImmediateTaskRunner(),
                services.messages());
        List<Carrier> saved = new ArrayList<>();

        form.totalArea.set("四万");
        assertThat(form.errors.of("totalArea").get()).contains("请输入数字");
        form.totalArea.set("41000");
        form.vacantArea.set("50000");
        assertThat(form.errors.of("vacantArea").get()).isEqualTo("空置面积不能大于总面积。");
        form.save(saved::add, errors::add);
        assertThat(saved).isEmpty();

        form.vacantArea.set("5,000");
        form.save(saved::add, errors::add);
        assertThat(saved).singleElement().satisfies(c -> assertThat(c.vacantArea()).isEqualByComparingTo("5000"));
        assertThat(summary("巨正大厦").areas().vacant()).isEqualByComparingTo("5000");
    }

    @Test
    void aNestingRefusalFromTheServiceLandsBesideItsField() {
        Carrier accelerator = summary("新能源企业加速器").carrier();
        CarrierFormViewModel form = new CarrierFormViewModel(accelerator, services.carriers(), new ImmediateTaskRunner(),
                services.messages());

        form.totalArea.set("200000");
        form.save(c -> { }, errors::add);

        assertThat(form.errors.of("totalArea").get()).contains("华润新能源总部基地").contains("128000");
        assertThat(errors).isEmpty();
    }

    @Test
    void aStaleSaveIsReportedAsAnError() {
        Carrier tower = summary("巨正大厦").carrier();
        CarrierFormViewModel first = new CarrierFormViewModel(tower, services.carriers(), new ImmediateTaskRunner(), services.messages());
        CarrierFormViewModel second = new CarrierFormViewModel(tower, services.carriers(), new ImmediateTaskRunner(), services.messages());
        first.operator.set("甲运营公司");
        first.save(c -> { }, errors::add);

        second.operator.set("乙运营公司");
        second.save(c -> { }, errors::add);

        assertThat(errors).singleElement().isInstanceOf(StaleRecordException.class);
        assertThat(services.messages().describe(errors.get(0))).contains("保存被拒绝");
    }

    @Test
    void anOccupancyEntryWithWordsForNumbersIsRefusedWithAMessage() {
        OccupancyViewModel occupancy = new OccupancyViewModel(summary("巨正大厦").carrier().id(), services.carriers().today(),
                services.carriers(), new ImmediateTaskRunner(), services.messages());
        boolean[] added = {false};

        occupancy.vacant.set("很多");
        occupancy.add(() -> added[0] = true, errors::add);
        assertThat(occupancy.error.get()).contains("请输入数字");
        occupancy.vacant.set("6000");
        occupancy.occupied.set("35000");
        occupancy.add(() -> added[0] = true, errors::add);

        assertThat(added[0]).isTrue();
        assertThat(occupancy.vacant.get()).isEmpty();
        assertThat(services.carriers().detail(summary("巨正大厦").carrier().id()).occupancy()).hasSize(1);
    }

    private CarrierSummary summary(String name) {
        return services.carriers().list().stream().filter(s -> s.carrier().name().equals(name)).findFirst().orElseThrow();
    }
}
