package cn.zhaoshang.desk.chain;

import cn.zhaoshang.desk.chain.db.ChainRepository;
import cn.zhaoshang.desk.chain.db.ChainTagRepository;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.db.AuditLog;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.RecordWriter;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.security.CompanyAccess;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Industry chains (产业链): chains and their nodes (create, rename, move, merge, delete), the tags of
 * companies and projects on nodes, and the rule "industry code → node" used on import and in forms.
 * Every change is audited and, for chains and nodes, refused when the user's version is stale.
 * The figures and the map live in {@link ChainMapService}.
 */
public final class ChainService {
    private static final int MAX_NAME = 100;
    private static final int MAX_DESCRIPTION = 2000;

    private final Database database;
    private final ChainRepository chains;
    private final ChainTagRepository tags;
    private final NodeStructure structure;
    /** A company's or project's tags are as hidden as the company (decision 0009). */
    private final CompanyAccess access;

    public ChainService(Database database, RecordWriter writer, AuditLog audit, CompanyAccess access) {
        this.database = database;
        this.access = access;
        this.chains = new ChainRepository(database, writer);
        this.tags = new ChainTagRepository(database, audit);
        this.structure = new NodeStructure(chains, tags);
    }

    // Chains

    public List<Chain> chains() {
        return chains.chains();
    }

    public Chain chain(UUID id) {
        return chains.chain(id).orElseThrow(() -> new DeskException("chain.error.chainGone"));
    }

    public Chain createChain(String name, String description) {
        String clean = chainName(name, null);
        return database.transaction(() -> chains.insertChain(clean, description(description)));
    }

    public Chain updateChain(UUID id, int version, String name, String description) {
        String clean = chainName(name, id);
        return database.transaction(() -> chains.updateChain(id, version, clean, description(description)));
    }

    /** Puts a chain in the trash; its nodes and tags stay, so restoring it brings the map back whole. */
    public void deleteChain(UUID id, int version) {
        database.transaction(() -> chains.deleteChain(id, version));
    }

    private String chainName(String name, UUID except) {
        String clean = required(name, "chain.error.chainNameRequired");
        if (chains.chainNameTaken(clean, except)) {
            throw new DeskException("chain.error.chainNameTaken", clean);
        }
        return clean;
    }

    // Nodes

    public ChainTree tree(UUID chainId) {
        return structure.tree(chainId);
    }

    public ChainNode node(UUID id) {
        return structure.live(id);
    }

    /** A new node at the end of its segment, or under {@code parentId} (then in the parent's segment). */
    public ChainNode createNode(UUID chainId, UUID parentId, Segment segment, String name, String industryCodes) {
        return database.transaction(() -> {
            chain(chainId);
            Segment inSegment = segment;
            if (parentId != null) {
                ChainNode parent = structure.live(parentId);
                if (!parent.chainId().equals(chainId)) {
                    throw new DeskException("chain.error.otherChain");
                }
                inSegment = parent.segment();
            }
            String clean = nodeName(chainId, name, null);
            String codes = codes(industryCodes);
            return chains.insertNode(chainId, parentId, inSegment, clean, codes, chains.nextSortOrder(chainId));
        });
    }

    /** Renames a node and sets its industry codes (the import rule). */
    public ChainNode updateNode(UUID id, int version, String name, String industryCodes) {
        return database.transaction(() -> {
            ChainNode node = structure.live(id);
            String clean = nodeName(node.chainId(), name, id);
            return chains.updateNode(id, version, node.parentId(), node.segment(), clean, codes(industryCodes),
                    node.sortOrder());
        });
    }

    /** Moves a node under another node of its chain, or to the top of a segment; its sub-nodes follow. */
    public ChainNode moveNode(UUID id, int version, UUID newParentId, Segment segment) {
        return database.transaction(() -> structure.move(id, version, newParentId, segment));
    }

    /** Moves a node up (negative delta) or down among its siblings. */
    public ChainNode reorderNode(UUID id, int version, int delta) {
        return database.transaction(() -> structure.reorder(id, version, delta));
    }

    /**
     * Merges one node into another of the same chain: tags, sub-nodes and industry codes move to the
     * survivor; the merged node goes to the trash. Returns the survivor as stored now.
     */
    public ChainNode mergeNodes(UUID survivorId, int survivorVersion, UUID mergedId, int mergedVersion) {
        return database.transaction(() -> structure.merge(survivorId, survivorVersion, mergedId, mergedVersion).survivor());
    }

    /** What hangs on the node itself: asked before a delete or a merge. */
    public NodeUsage usage(UUID nodeId) {
        return tags.usage(nodeId);
    }

    /**
     * Deletes a node. Its sub-nodes move up to its parent. A node with companies or projects needs a
     * {@link TagDisposal} (move them to another node, or take them off the chain); without one the
     * delete is refused with a message saying how many hang on it.
     */
    public void deleteNode(UUID id, int version, TagDisposal disposal) {
        database.transaction(() -> structure.delete(id, version, disposal));
    }

    private String nodeName(UUID chainId, String name, UUID except) {
        String clean = required(name, "chain.error.nodeNameRequired");
        if (chains.nodeNameTaken(chainId, clean, except)) {
            throw new DeskException("chain.error.nodeNameTaken", clean);
        }
        return clean;
    }

    private String codes(String text) {
        List<String> codes = IndustryCodes.parse(text);
        Set<String> unknown = chains.unknownIndustryCodes(codes);
        if (!unknown.isEmpty()) {
            throw new DeskException("chain.error.unknownIndustryCode", String.join(", ", unknown));
        }
        return codes.isEmpty() ? null : String.join("|", codes);
    }

    private static String required(String text, String key) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            throw new DeskException(key);
        }
        if (clean.length() > MAX_NAME) {
            throw new DeskException("chain.error.nameTooLong", MAX_NAME);
        }
        return clean;
    }

    private static String description(String text) {
        String clean = text == null ? null : text.strip();
        if (clean != null && clean.length() > MAX_DESCRIPTION) {
            throw new DeskException("chain.error.descriptionTooLong", MAX_DESCRIPTION);
        }
        return clean == null || clean.isEmpty() ? null : clean;
    }

    // Tags: companies and projects on nodes

    /** The nodes a company is tagged to, for its form. */
    public List<NodeTag> nodesOfCompany(UUID companyId) {
        access.requireVisible(companyId);
        return describe(tags.companyLinks(companyId));
    }

    public List<NodeTag> nodesOfProject(UUID projectId) {
        access.requireProjectVisible(projectId);
        Map<UUID, Boolean> links = new HashMap<>();
        tags.projectLinks(projectId).forEach(n -> links.put(n, false));
        return describe(links);
    }

    private List<NodeTag> describe(Map<UUID, Boolean> links) {
        List<NodeTag> out = new ArrayList<>();
        Map<UUID, Chain> byId = chains().stream().collect(Collectors.toMap(Chain::id, c -> c));
        Map<UUID, ChainTree> trees = new HashMap<>();
        links.forEach((nodeId, leader) -> chains.node(nodeId).ifPresent(node -> {
            Chain chain = byId.get(node.chainId());
            if (chain != null) {
                ChainTree tree = trees.computeIfAbsent(chain.id(), this::tree);
                out.add(new NodeTag(chain.id(), chain.name(), nodeId, tree.path(nodeId), node.segment(), leader));
            }
        }));
        out.sort(Comparator.comparing(NodeTag::chainName).thenComparing(NodeTag::segment)
                .thenComparing(NodeTag::path));
        return out;
    }

    /** Tags one company to a node (or changes its chain-leader flag there). */
    public void tagCompany(UUID companyId, UUID nodeId, boolean chainLeader) {
        database.transaction(() -> {
            access.requireVisible(companyId);
            structure.live(nodeId);
            if (!tags.companyExists(companyId)) {
                throw new DeskException("chain.error.companyGone");
            }
            tags.tagCompany(companyId, nodeId, chainLeader);
        });
    }

    public void untagCompany(UUID companyId, UUID nodeId) {
        database.transaction(() -> {
            access.requireVisible(companyId);
            tags.untagCompany(companyId, nodeId);
        });
    }

    /** Marks or unmarks a tagged company as the node's chain leader (链主). */
    public void setChainLeader(UUID companyId, UUID nodeId, boolean chainLeader) {
        tagCompany(companyId, nodeId, chainLeader);
    }

    /**
     * Tags many companies to one node at once (the company list's multi-select): one statement per
     * thousand ids, one audit entry. Returns how many were newly tagged; deleted ids are skipped.
     */
    public int tagCompanies(Collection<UUID> companyIds, UUID nodeId) {
        return database.transaction(() -> {
            structure.live(nodeId);
            int added = tags.tagCompanies(companyIds, nodeId);
            tags.auditBulk(AuditLog.Action.CREATE, "company_chain_node", "node " + nodeId + ": +" + added, null);
            return added;
        });
    }

    public int untagCompanies(Collection<UUID> companyIds, UUID nodeId) {
        return database.transaction(() -> {
            int removed = tags.untagCompanies(companyIds, nodeId);
            tags.auditBulk(AuditLog.Action.DELETE, "company_chain_node", "node " + nodeId + ": -" + removed, null);
            return removed;
        });
    }

    /**
     * Makes a company's tags exactly these nodes (node → chain leader), as its form saves them; each
     * added, changed or removed tag is audited.
     */
    public void setCompanyNodes(UUID companyId, Map<UUID, Boolean> nodes) {
        database.transaction(() -> {
            access.requireVisible(companyId);
            Map<UUID, Boolean> current = tags.companyLinks(companyId);
            for (UUID gone : current.keySet()) {
                if (!nodes.containsKey(gone)) {
                    tags.untagCompany(companyId, gone);
                }
            }
            nodes.forEach((nodeId, leader) -> tagCompany(companyId, nodeId, Boolean.TRUE.equals(leader)));
        });
    }

    public void tagProject(UUID projectId, UUID nodeId) {
        database.transaction(() -> {
            access.requireProjectVisible(projectId);
            structure.live(nodeId);
            if (!tags.projectExists(projectId)) {
                throw new DeskException("chain.error.projectGone");
            }
            tags.tagProject(projectId, nodeId);
        });
    }

    public void untagProject(UUID projectId, UUID nodeId) {
        database.transaction(() -> {
            access.requireProjectVisible(projectId);
            tags.untagProject(projectId, nodeId);
        });
    }

    public int tagProjects(Collection<UUID> projectIds, UUID nodeId) {
        return database.transaction(() -> {
            structure.live(nodeId);
            int added = tags.tagProjects(projectIds, nodeId);
            tags.auditBulk(AuditLog.Action.CREATE, "project_chain_node", "node " + nodeId + ": +" + added, null);
            return added;
        });
    }

    /** Makes a project's tags exactly these nodes, as its form saves them. */
    public void setProjectNodes(UUID projectId, Set<UUID> nodeIds) {
        database.transaction(() -> {
            access.requireProjectVisible(projectId);
            Set<UUID> current = new HashSet<>(tags.projectLinks(projectId));
            current.stream().filter(n -> !nodeIds.contains(n)).forEach(n -> tags.untagProject(projectId, n));
            nodeIds.stream().filter(n -> !current.contains(n)).forEach(n -> tagProject(projectId, n));
        });
    }

    // Rules: industry code → node

    /** The current rules of every chain; build once per import and ask it per row. */
    public ChainRules rules() {
        List<Chain> all = chains();
        Map<UUID, List<ChainNode>> byChain = chains.allNodes().stream().collect(Collectors.groupingBy(ChainNode::chainId));
        Map<UUID, ChainTree> trees = new HashMap<>();
        all.forEach(c -> trees.put(c.id(), new ChainTree(byChain.getOrDefault(c.id(), List.of()))));
        return new ChainRules(all, trees);
    }

    /** The nodes a GB/T 4754 code points at, rule targets first (see {@link ChainRules}). */
    public List<NodeSuggestion> suggestNodes(String industryCode) {
        return rules().suggest(industryCode);
    }

    /**
     * Tags imported companies by their industry codes: each goes to the rule's node of every chain it
     * is not yet on. One audit entry under the import's id. Returns how many tags were made.
     */
    public int applyRules(Collection<UUID> companyIds, UUID importId) {
        return database.transaction(() -> {
            ChainRules rules = rules();
            Map<String, List<UUID>> byCode = tags.companyIndustryCodes(companyIds).entrySet().stream()
                    .collect(Collectors.groupingBy(Map.Entry::getValue, Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
            Map<UUID, List<UUID>> chainNodes = new HashMap<>();
            int added = 0;
            for (var entry : byCode.entrySet()) {
                for (ChainNode target : rules.targets(entry.getKey())) {
                    List<UUID> onChain = chainNodes.computeIfAbsent(target.chainId(),
                            c -> chains.nodes(c).stream().map(ChainNode::id).toList());
                    added += tags.tagCompaniesByCode(entry.getKey(), target.id(), onChain, entry.getValue());
                }
            }
            tags.auditBulk(AuditLog.Action.IMPORT, "company_chain_node", "rules: +" + added, importId);
            return added;
        });
    }

    /**
     * Applies the rules of one chain to the whole library: every company and project with an industry
     * code and no tag on this chain yet goes to the rule's node. Progress per industry code; cancel
     * rolls everything back.
     */
    public RuleRun applyRulesToLibrary(UUID chainId, Progress progress) {
        return database.transaction(() -> {
            ChainRules rules = rules();
            List<UUID> nodeIds = chains.nodes(chainId).stream().map(ChainNode::id).toList();
            List<String> codes = tags.industryCodesInUse();
            int companies = 0;
            int projects = 0;
            for (int i = 0; i < codes.size(); i++) {
                progress.checkCancelled();
                for (ChainNode target : rules.targets(codes.get(i), chainId)) {
                    companies += tags.tagCompaniesByCode(codes.get(i), target.id(), nodeIds, null);
                    projects += tags.tagProjectsByCode(codes.get(i), target.id(), nodeIds);
                }
                progress.update(i + 1, codes.size());
            }
            tags.auditBulk(AuditLog.Action.IMPORT, "company_chain_node", "rules " + chainId + ": +" + companies, null);
            tags.auditBulk(AuditLog.Action.IMPORT, "project_chain_node", "rules " + chainId + ": +" + projects, null);
            return new RuleRun(companies, projects);
        });
    }

    /** How many companies and projects a run of the rules tagged. */
    public record RuleRun(int companies, int projects) { }
}
