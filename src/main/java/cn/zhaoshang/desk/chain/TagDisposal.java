package cn.zhaoshang.desk.chain;

import java.util.Objects;
import java.util.UUID;

/**
 * Where the companies and projects of a node go when the node is deleted: to another node, or off the
 * chain. Deleting a node that has any asks for one of these.
 */
public record TagDisposal(UUID moveTo) {
    public static final TagDisposal UNTAG = new TagDisposal(null);

    public static TagDisposal moveTo(UUID nodeId) {
        return new TagDisposal(Objects.requireNonNull(nodeId));
    }

    public boolean untags() {
        return moveTo == null;
    }
}
