package cn.zhaoshang.desk.chain;

/**
 * A node that an industry code points at.
 *
 * @param matchedCode the node's code that matched (a prefix of the company's code)
 * @param ruleTarget  true when the import rule tags to this node without asking: it is the one best
 *                    match of its chain (see {@link ChainRules})
 */
public record NodeSuggestion(Chain chain, ChainNode node, String path, String matchedCode, boolean ruleTarget) {
}
