package cn.zhaoshang.desk.chain;

import java.util.List;

/**
 * A gap (缺链) of a chain with the facts behind it and the candidates that could fill it.
 *
 * @param droppedProjects tagged projects that are on hold or dropped (they do not count as leads)
 */
public record GapEntry(NodeFigures figures, String path, int droppedProjects, List<GapCandidate> candidates) {
    public GapEntry {
        candidates = List.copyOf(candidates);
    }
}
