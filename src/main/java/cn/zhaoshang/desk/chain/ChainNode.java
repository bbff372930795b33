package cn.zhaoshang.desk.chain;

import java.util.List;
import java.util.UUID;

/**
 * A node (节点) of a chain: it sits in one segment, under an optional parent of the same segment, and
 * lists the GB/T 4754 industry codes that suggest it (the import rule).
 */
public record ChainNode(UUID id, int version, UUID chainId, UUID parentId, Segment segment, String name,
                        List<String> industryCodes, int sortOrder) {
    public ChainNode {
        industryCodes = List.copyOf(industryCodes);
    }

    public boolean isTopLevel() {
        return parentId == null;
    }

    /** The codes as stored: '|'-separated. */
    public String industryCodesText() {
        return String.join("|", industryCodes);
    }
}
