package cn.zhaoshang.desk.talent;

import cn.zhaoshang.desk.common.pick.Choice;
import cn.zhaoshang.desk.common.text.PinyinText;
import cn.zhaoshang.desk.demo.DemoNames;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/** A demo talent inventory in the district's companies, and targets for this year and last. */
public final class TalentDemo {
    private static final String[] FIELDS = {"人工智能", "工业软件", "新能源材料", "储能系统", "生物医药", "医疗器械",
        "电子商务", "智能制造", "检验检测", "科技服务", "数字创意", "集成电路"};
    private static final String[] TITLES = {"首席科学家", "技术总监", "研发负责人", "总工程师", "高级工程师",
        "教授级高级工程师", "博士后研究员", "产品总监", "首席技术官"};
    private static final String[] HONOURS = {"国家级人才计划入选者", "中原英才计划", "河南省特聘专家", "郑州市黄河人才计划",
        "享受国务院政府特殊津贴", "河南省学术技术带头人", ""};
    private static final String[] UNITS = {"区工信局", "区商务局", "区科技局", "区人社局", "区投资促进中心",
        "现代服务业开发区", "西流湖街道", "须水街道", "秦岭路街道"};

    private final TalentService talent;

    public TalentDemo(TalentService talent) {
        this.talent = talent;
    }

    /** Writes {@code people} people and the targets when the inventory is empty; returns people written. */
    public int fill(long seed, int people) {
        if (talent.list(TalentFilter.ALL).total() > 0) {
            return 0;
        }
        List<CompanyRef> companies = talent.companiesInDistrict(300);
        List<Choice> units = talent.units().stream().filter(u -> List.of(UNITS).contains(u.name())).toList();
        if (companies.isEmpty() || units.isEmpty()) {
            return 0;
        }
        Random rnd = new Random(seed);
        DemoNames names = new DemoNames();
        LocalDate today = talent.today();
        for (int i = 0; i < people; i++) {
            String name = names.personName(rnd);
            CompanyRef company = DemoNames.pick(companies, rnd);
            TalentLevel level = TalentLevel.values()[pickLevel(rnd)];
            LocalDate arrived = today.minusDays(rnd.nextInt(3 * 365));
            String honours = HONOURS[rnd.nextInt(HONOURS.length)];
            talent.save(new Talent(null, 0, name, company.id(), null, DemoNames.pick(units, rnd).id(), null,
                    FIELDS[rnd.nextInt(FIELDS.length)], level, TITLES[rnd.nextInt(TITLES.length)],
                    honours.isEmpty() ? null : honours, arrived, "13" + (100_000_000 + rnd.nextInt(900_000_000)),
                    PinyinText.full(name) + (i % 97) + "@example.com"));
        }
        for (int year : new int[] {today.getYear() - 1, today.getYear()}) {
            for (Choice unit : units) {
                if (unit.name().endsWith("街道")) {
                    talent.setTarget(year, unit.id(), null, 3 + rnd.nextInt(4), -1);
                } else {
                    talent.setTarget(year, unit.id(), TalentLevel.LEADING, 1 + rnd.nextInt(3), -1);
                    talent.setTarget(year, unit.id(), TalentLevel.HIGH, 3 + rnd.nextInt(5), -1);
                    talent.setTarget(year, unit.id(), TalentLevel.YOUTH, 4 + rnd.nextInt(6), -1);
                }
            }
        }
        return people;
    }

    private static int pickLevel(Random rnd) {
        int x = rnd.nextInt(100);
        return x < 5 ? 0 : x < 25 ? 1 : x < 60 ? 2 : 3;
    }
}
