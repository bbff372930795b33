package cn.zhaoshang.desk.chain;

import cn.zhaoshang.desk.app.Services;
import java.util.ArrayList;
import java.util.List;

/**
 * A chain of 65 nodes for readability tests: per segment a few top-level nodes with sub-nodes (and
 * one level deeper), long and short names, and companies and projects so that every strength shows.
 */
public final class BigChain {
    public static final String NAME = "六十五节点测试链";
    private static final String[] WORDS = {"精密材料", "高端装备", "第三方检验检测与认证服务", "芯片", "工业软件平台",
            "储能", "医疗器械", "物流", "品牌营销", "数据服务", "新型显示", "智能传感器", "检测"};

    private BigChain() {
    }

    /** Creates the chain and tags companies to it; returns it. */
    public static Chain create(Services services) {
        ChainService chains = services.chains();
        ChainFixtures f = new ChainFixtures(services);
        Chain chain = chains.createChain(NAME, "65 个节点");
        List<ChainNode> nodes = new ArrayList<>();
        int[][] shape = {{4, 3, 1}, {5, 3, 1}, {4, 3, 1}};
        int n = 0;
        for (Segment segment : Segment.values()) {
            int[] s = shape[segment.ordinal()];
            for (int top = 0; top < s[0]; top++) {
                ChainNode parent = chains.createNode(chain.id(), null, segment, name(n++), null);
                nodes.add(parent);
                for (int c = 0; c < s[1]; c++) {
                    ChainNode child = chains.createNode(chain.id(), parent.id(), segment, name(n++), null);
                    nodes.add(child);
                    if (c == 0 && top % 2 == 0) {
                        for (int g = 0; g < s[2]; g++) {
                            nodes.add(chains.createNode(chain.id(), child.id(), segment, name(n++), null));
                        }
                    }
                }
            }
        }
        while (nodes.size() < 65) {
            nodes.add(chains.createNode(chain.id(), null, Segment.DOWNSTREAM, name(n++), null));
        }
        for (int i = 0; i < nodes.size(); i++) {
            ChainNode node = nodes.get(i);
            switch (i % 5) {
                case 0 -> { }
                case 1 -> chains.tagCompany(f.local("本地企业" + i), node.id(), false);
                case 2 -> {
                    chains.tagCompany(f.local("本地甲" + i), node.id(), i % 3 == 0);
                    chains.tagCompany(f.local("本地乙" + i), node.id(), false);
                }
                case 3 -> chains.tagCompany(f.target("外地目标" + i, "FOLLOWING"), node.id(), i % 4 == 0);
                default -> chains.tagProject(f.project("项目" + i, "NEGOTIATING"), node.id());
            }
        }
        return chain;
    }

    private static String name(int n) {
        return WORDS[n % WORDS.length] + (n + 1);
    }
}
