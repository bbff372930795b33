package cn.zhaoshang.desk.chain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The rule "industry code → node", read from each node's {@code industry_codes}: a node matches a
 * company's GB/T 4754 code when one of its codes is a prefix of it (node code 65 matches 6513).
 * Within a chain only the longest matching codes count, so a district can make a rule more precise by
 * giving a node a 3- or 4-digit code.
 *
 * <p>A code is tagged automatically (on import) to a chain only when its best matches there lie under
 * one of them: code 26 in 新能源 matches 新能源材料 and its children 正负极材料 and 电解液, so it goes to
 * 新能源材料; code 74 in 科技服务业 matches 研发设计, 检验检测 and 工程技术服务 side by side, so it is only
 * suggested and the user picks.
 */
public final class ChainRules {
    private final List<Chain> chains;
    private final Map<UUID, ChainTree> trees;

    public ChainRules(List<Chain> chains, Map<UUID, ChainTree> trees) {
        this.chains = List.copyOf(chains);
        this.trees = Map.copyOf(trees);
    }

    /** Every node the code points at, rule targets first, then by match length and chain order. */
    public List<NodeSuggestion> suggest(String industryCode) {
        String code = normalize(industryCode);
        List<NodeSuggestion> out = new ArrayList<>();
        if (code.isEmpty()) {
            return out;
        }
        for (Chain chain : chains) {
            ChainTree tree = trees.get(chain.id());
            Map<ChainNode, String> best = bestMatches(tree, code);
            UUID target = target(tree, best.keySet());
            for (ChainNode node : tree.inOrder()) {
                String matched = longestMatch(node, code);
                if (matched != null) {
                    out.add(new NodeSuggestion(chain, node, tree.path(node.id()), matched, node.id().equals(target)));
                }
            }
        }
        List<UUID> chainOrder = chains.stream().map(Chain::id).toList();
        out.sort(Comparator.comparing((NodeSuggestion s) -> !s.ruleTarget())
                .thenComparing(s -> -s.matchedCode().length())
                .thenComparingInt(s -> chainOrder.indexOf(s.chain().id())));
        return out;
    }

    /** The nodes an import tags a company of this code to: at most one per chain. */
    public List<ChainNode> targets(String industryCode) {
        String code = normalize(industryCode);
        List<ChainNode> out = new ArrayList<>();
        if (code.isEmpty()) {
            return out;
        }
        for (Chain chain : chains) {
            ChainTree tree = trees.get(chain.id());
            UUID target = target(tree, bestMatches(tree, code).keySet());
            if (target != null) {
                out.add(tree.node(target).orElseThrow());
            }
        }
        return out;
    }

    /** Like {@link #targets(String)}, for one chain only. */
    public List<ChainNode> targets(String industryCode, UUID chainId) {
        return targets(industryCode).stream().filter(n -> n.chainId().equals(chainId)).toList();
    }

    private static Map<ChainNode, String> bestMatches(ChainTree tree, String code) {
        Map<ChainNode, String> matches = new LinkedHashMap<>();
        int longest = 0;
        for (ChainNode node : tree.inOrder()) {
            String matched = longestMatch(node, code);
            if (matched != null) {
                matches.put(node, matched);
                longest = Math.max(longest, matched.length());
            }
        }
        int keep = longest;
        matches.values().removeIf(m -> m.length() < keep);
        return matches;
    }

    /** The one best match that holds all the others in its subtree, or null when they stand apart. */
    private static UUID target(ChainTree tree, Set<ChainNode> best) {
        Set<UUID> ids = new HashSet<>();
        best.forEach(n -> ids.add(n.id()));
        List<ChainNode> tops = best.stream().filter(n -> !hasAncestorIn(tree, n, ids)).toList();
        return tops.size() == 1 ? tops.getFirst().id() : null;
    }

    private static boolean hasAncestorIn(ChainTree tree, ChainNode node, Set<UUID> ids) {
        ChainNode n = node;
        for (int guard = 0; guard < 64 && n.parentId() != null; guard++) {
            n = tree.node(n.parentId()).orElse(null);
            if (n == null) {
                return false;
            }
            if (ids.contains(n.id())) {
                return true;
            }
        }
        return false;
    }

    private static String longestMatch(ChainNode node, String code) {
        String best = null;
        for (String c : node.industryCodes()) {
            if (!c.isEmpty() && code.startsWith(c) && (best == null || c.length() > best.length())) {
                best = c;
            }
        }
        return best;
    }

    private static String normalize(String code) {
        return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    }
}
