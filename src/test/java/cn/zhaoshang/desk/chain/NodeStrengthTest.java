package cn.zhaoshang.desk.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NodeStrengthTest {
    @ParameterizedTest(name = "local={0} localLeaders={1} pursued={2} projects={3} → {4}")
    @CsvSource({
            "0, 0, 0, 0, GAP",
            "0, 0, 1, 0, PURSUING",
            "0, 0, 0, 1, PURSUING",
            "1, 0, 0, 0, WEAK",
            "1, 0, 5, 3, WEAK",
            "1, 1, 0, 0, STRONG",
            "2, 0, 0, 0, STRONG",
            "9, 0, 0, 0, STRONG"})
    void classifiesByLocalCompaniesLeadersAndLeads(int local, int localLeaders, int pursued, int projects,
                                                   NodeStrength expected) {
        assertThat(NodeStrength.classify(local, localLeaders, pursued, projects)).isEqualTo(expected);
    }

    @Test
    void aDroppedOrPausedProjectIsNoLead() {
        NodeFigures onlyStopped = new NodeFigures(node(), 0, false, 0, 0, 2, 0, 0, Map.of("DROPPED", 1, "ON_HOLD", 2));
        assertThat(onlyStopped.activeProjects()).isZero();
        assertThat(onlyStopped.strength()).isEqualTo(NodeStrength.GAP);
    }

    @Test
    void aChainLeaderElsewhereDoesNotMakeTheNodeStrong() {
        NodeFigures courted = new NodeFigures(node(), 0, false, 0, 1, 0, 1, 0, Map.of());
        assertThat(courted.strength()).isEqualTo(NodeStrength.PURSUING);
    }

    @Test
    void projectsAreListedInPipelineOrder() {
        NodeFigures f = new NodeFigures(node(), 0, false, 0, 0, 0, 0, 0,
                Map.of("OPERATING", 1, "LEAD", 2, "SIGNED", 3, "DROPPED", 4));
        assertThat(f.projectsByStage().keySet()).containsExactly("LEAD", "SIGNED", "OPERATING", "DROPPED");
        assertThat(f.activeProjects()).isEqualTo(6);
    }

    private static ChainNode node() {
        return new ChainNode(UUID.randomUUID(), 0, UUID.randomUUID(), null, Segment.UPSTREAM, "n",
                List.of(), 0);
    }
}
