package cn.zhaoshang.desk.chain.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.chain.BigChain;
import cn.zhaoshang.desk.chain.Chain;
import cn.zhaoshang.desk.chain.ChainNode;
import cn.zhaoshang.desk.chain.ChainTree;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The map's geometry for a chain of 65 nodes: nothing overlaps, everything stays in its column. */
class ChainMapLayoutTest {
    @TempDir
    static Path dir;
    private static Services services;
    private static ChainTree tree;
    private static ChainMapLayout layout;

    @BeforeAll
    static void build() {
        services = TestDatabases.open(Engine.H2, dir);
        Chain chain = BigChain.create(services);
        tree = services.chains().tree(chain.id());
        layout = ChainMapLayout.of(tree);
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @Test
    void everyNodeGetsOneBox() {
        assertThat(tree.size()).isEqualTo(65);
        assertThat(layout.boxes()).hasSize(65);
    }

    @Test
    void noTwoBoxesOverlap() {
        List<ChainMapLayout.Box> boxes = layout.boxes();
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(boxes.get(i).overlaps(boxes.get(j))).as("%s and %s", boxes.get(i), boxes.get(j)).isFalse();
            }
        }
    }

    @Test
    void boxesStayInsideTheirSegmentsColumn() {
        for (ChainNode node : tree.inOrder()) {
            ChainMapLayout.Box box = layout.box(node.id());
            ChainMapLayout.Column column = layout.columns().get(node.segment().ordinal());
            assertThat(box.x()).isGreaterThanOrEqualTo(column.x());
            assertThat(box.x() + box.w()).isLessThanOrEqualTo(column.x() + column.w());
            assertThat(box.y()).isGreaterThanOrEqualTo(column.y());
            assertThat(box.y() + box.h()).isLessThanOrEqualTo(column.y() + column.h());
            assertThat(box.x() + box.w()).isLessThanOrEqualTo(layout.width());
            assertThat(box.y() + box.h()).isLessThanOrEqualTo(layout.height());
        }
    }

    @Test
    void subNodesSitBelowAndInsideTheirParent() {
        for (ChainNode node : tree.inOrder()) {
            if (node.parentId() == null) {
                continue;
            }
            ChainMapLayout.Box box = layout.box(node.id());
            ChainMapLayout.Box parent = layout.box(node.parentId());
            assertThat(box.y()).isGreaterThan(parent.y() + parent.h());
            assertThat(box.x()).isGreaterThan(parent.x());
            assertThat(box.x() + box.w()).isLessThan(parent.x() + parent.w());
            assertThat(box.depth()).isEqualTo(parent.depth() + 1);
        }
    }

    @Test
    void boxesAreBigEnoughToReadWhateverTheChainsSize() {
        assertThat(layout.boxes()).allSatisfy(b -> {
            assertThat(b.w()).isGreaterThanOrEqualTo(ChainMapLayout.MIN_CELL_W);
            assertThat(b.h()).isGreaterThanOrEqualTo(ChainMapLayout.CHILD_H);
        });
    }

    @Test
    void anEmptyChainStillDrawsItsThreeColumns() {
        ChainMapLayout empty = ChainMapLayout.of(new ChainTree(List.of()));
        assertThat(empty.boxes()).isEmpty();
        assertThat(empty.columns()).hasSize(3);
        assertThat(empty.width()).isGreaterThan(3 * ChainMapLayout.COLUMN_W);
    }
}
