package cn.zhaoshang.desk.chain;

import java.util.UUID;

/** A company's or project's place on a chain, as its form lists it. */
public record NodeTag(UUID chainId, String chainName, UUID nodeId, String path, Segment segment,
                      boolean chainLeader) {
}
