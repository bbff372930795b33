package cn.zhaoshang.desk.policy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A demo policy library (written for the demo; the names follow the kinds of policy a district issues,
 * none is a real document), one revised policy, and promises with deliveries for signed projects.
 */
public final class PolicyDemo {
    private static final Set<String> SIGNED_OR_LATER = Set.of("SIGNED", "REGISTERED", "STARTED", "OPERATING");
    private final PolicyService policies;
    private final IncentiveService incentives;

    public PolicyDemo(PolicyService policies, IncentiveService incentives) {
        this.policies = policies;
        this.incentives = incentives;
    }

    private record Row(String name, String issuer, String docNo, int fromMonthsAgo, Integer toDaysAhead,
                       String industries, String tiers, Integer min, Integer max, String benefit) { }

    private static final List<Row> ROWS = List.of(
            new Row("中原区招商引资奖励办法", "中原区人民政府", "中政〔2025〕8号", 18, 560, "", "", 10_000, null,
                    "按项目实际到位资金的 1% 给予奖励，单个项目最高 500 万元；重大项目可“一事一议”。"),
            new Row("总部企业认定及扶持办法", "区商务局", "中商〔2025〕3号", 15, 900, "72|65|66|67", "", 5_000, null,
                    "新落户总部企业给予最高 1000 万元落户奖励，三年内按地方经济贡献给予运营补贴。"),
            new Row("科技型企业梯度培育奖励", "区科技局", "中科〔2024〕11号", 24, 40, "", "TECH_SME|HIGH_TECH|GAZELLE|LITTLE_GIANT|UNICORN", null, null,
                    "首次认定高新技术企业奖励 30 万元，瞪羚企业 50 万元，独角兽企业一事一议。"),
            new Row("楼宇经济发展扶持政策", "区商务局", "中商〔2025〕9号", 12, 720, "72|69|70|L", "", null, null,
                    "入驻重点楼宇的企业前三年租金补贴 50%、30%、20%，每年最高 100 万元。"),
            new Row("数字经济产业发展若干措施", "区工信局", "中工信〔2025〕5号", 14, 600, "63|64|65", "", 1_000, null,
                    "软件和信息技术服务企业研发投入给予 10% 补助，最高 200 万元；算力券按 30% 抵扣。"),
            new Row("新能源及储能产业扶持办法", "区发改委", "中发改〔2025〕2号", 10, 1_000, "38|44|36", "", 20_000, null,
                    "固定资产投资 2 亿元以上的新能源项目按设备投资的 8% 补助，最高 2000 万元。"),
            new Row("生物医药和大健康产业扶持政策", "区卫健委", "中卫〔2025〕4号", 9, 820, "27|35|84", "", null, null,
                    "取得二类、三类医疗器械注册证分别奖励 50 万元、100 万元；临床试验按费用 20% 补助。"),
            new Row("专精特新“小巨人”企业奖励", "区工信局", "中工信〔2024〕14号", 20, 25, "", "LITTLE_GIANT", null, null,
                    "新认定国家级专精特新“小巨人”企业一次性奖励 100 万元。"),
            new Row("企业上市挂牌奖励办法", "区财政局", "中财〔2025〕6号", 16, 700, "", "JOINT_STOCK|LISTED", null, null,
                    "完成股份制改造奖励 50 万元，境内外主板上市累计奖励 1000 万元。"),
            new Row("小升规企业奖励", "区统计局", "中统〔2025〕1号", 8, 300, "", "INDIVIDUAL_TO_COMPANY|ABOVE_SCALE", null, null,
                    "首次纳入规模以上工业统计的企业奖励 20 万元，连续两年增长再奖 10 万元。"),
            new Row("电商直播产业扶持措施", "区商务局", "中商〔2025〕12号", 6, 540, "52|64|87", "", null, 20_000,
                    "直播基地入驻企业年网络零售额首次突破 1 亿元奖励 50 万元；主播培训按人次补贴。"),
            new Row("都市型工业转型升级补助", "区工信局", "中工信〔2025〕8号", 11, 480, "C", "", 500, null,
                    "技术改造项目按设备投资 10% 补助，最高 300 万元；“智改数转”诊断免费。"),
            new Row("科技服务业发展扶持办法", "区科技局", "中科〔2025〕2号", 13, 650, "M|73|74|75", "", null, null,
                    "检验检测、知识产权、技术转移机构按服务收入增量给予 5% 奖励，最高 100 万元。"),
            new Row("人才引进安居补贴", "区人社局", "中人社〔2025〕7号", 17, 800, "", "", null, null,
                    "引进的顶尖、领军人才分别给予最高 300 万元、150 万元购房补贴或免租人才公寓。"),
            new Row("2023 年度招商引资奖励（旧）", "中原区人民政府", "中政〔2023〕5号", 40, -170, "", "", 10_000, null,
                    "已被 2025 年办法替代，仅供查阅。"),
            new Row("2027 年重大项目引育专项", "中原区人民政府", "中政〔2026〕2号", -6, 900, "", "", 50_000, null,
                    "年内开工的 5 亿元以上项目按固定资产投资 2% 奖励。"));

    /** Writes the library (when it is empty) and promises for signed projects; returns policies, promises written. */
    public int[] fill(long seed) {
        if (!policies.library(PolicyFilter.ALL).isEmpty()) {
            return new int[] {0, 0};
        }
        LocalDate today = policies.today();
        Random rnd = new Random(seed);
        for (Row r : ROWS) {
            Policy p = policies.create(new PolicyDraft(r.name(), r.issuer(), r.docNo(), today.minusMonths(r.fromMonthsAgo())
                    .withDayOfMonth(1), r.toDaysAhead() == null ? null : today.plusDays(r.toDaysAhead()), split(r.industries()),
                    split(r.tiers()), r.min() == null ? null : BigDecimal.valueOf(r.min()),
                    r.max() == null ? null : BigDecimal.valueOf(r.max()), r.benefit()));
            if (r.name().equals("中原区招商引资奖励办法")) {
                PolicyDraft c = p.content();
                policies.revise(p.id(), p.version(), new PolicyDraft(c.name(), c.issuer(), c.documentNo(), c.effectiveFrom(),
                        c.effectiveTo(), c.industryCodes(), c.ladderTiers(), c.minInvestment(), c.maxInvestment(),
                        c.benefitSummary().replace("500 万元", "800 万元") + "（第 2 版：上限由 500 万元提高到 800 万元）"));
            }
        }
        return new int[] {ROWS.size(), promise(rnd, today)};
    }

    private int promise(Random rnd, LocalDate today) {
        int written = 0;
        for (ProjectRef project : policies.projectsInStages(SIGNED_OR_LATER, 400)) {
            if (rnd.nextInt(100) >= 35) {
                continue;
            }
            LocalDate day = today.minusDays(20 + rnd.nextInt(200));
            List<Policy> applicable = policies.applicableTo(project.id(), day);
            ProjectFacts facts = policies.projectFacts(project.id(), day);
            for (Policy p : applicable.subList(0, Math.min(2, applicable.size()))) {
                BigDecimal base = facts.plannedInvestment() == null ? BigDecimal.valueOf(5_000) : facts.plannedInvestment();
                BigDecimal amount = base.multiply(BigDecimal.valueOf(0.002 + rnd.nextDouble() * 0.01))
                        .min(BigDecimal.valueOf(1_000)).setScale(0, RoundingMode.HALF_UP).max(BigDecimal.TEN);
                Incentive i = incentives.promise(project.id(), p.policyKey(), day, amount, null);
                written++;
                if (!"SIGNED".equals(project.stage()) && rnd.nextInt(100) < 70) {
                    BigDecimal share = BigDecimal.valueOf(rnd.nextInt(100) < 40 ? 1.0 : 0.3 + rnd.nextDouble() * 0.6);
                    LocalDate paid = day.plusDays(10 + rnd.nextInt(Math.max(1, (int) (today.toEpochDay() - day.toEpochDay() - 10))));
                    incentives.deliver(i.id(), i.version(), paid.isAfter(today) ? today : paid,
                            amount.multiply(share).setScale(0, RoundingMode.HALF_UP).min(amount));
                }
            }
        }
        return written;
    }

    private static List<String> split(String joined) {
        return joined.isEmpty() ? List.of() : List.of(joined.split("\\|"));
    }
}
