package cn.zhaoshang.desk.chain.ui;

import cn.zhaoshang.desk.chain.Chain;
import cn.zhaoshang.desk.chain.ChainNode;
import cn.zhaoshang.desk.chain.ChainService;
import cn.zhaoshang.desk.chain.NodeUsage;
import cn.zhaoshang.desk.chain.Segment;
import cn.zhaoshang.desk.chain.TagDisposal;
import cn.zhaoshang.desk.common.background.BackgroundTask;
import cn.zhaoshang.desk.common.db.StaleRecordException;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Commands of the node-editing panel: chains and nodes created, changed, moved, merged and deleted,
 * and the industry rules applied. Each runs in the background, then the map is refreshed; a refusal
 * (stale version, name taken, bad code …) comes back through {@code onError} or the caller's handler.
 */
public final class ChainEditorViewModel {
    private final ChainMapViewModel map;
    private final ChainService service;

    public ChainEditorViewModel(ChainMapViewModel map) {
        this.map = map;
        this.service = map.chainService();
    }

    // Commands: chains

    public void createChain(String name, String description, Runnable onSaved, Consumer<Throwable> onRefused) {
        run("chain.task.save", p -> service.createChain(name, description), created -> {
            onSaved.run();
            map.reloadChains(created.id());
        }, onRefused);
    }

    public void updateChain(Chain chain, String name, String description, Runnable onSaved,
                            Consumer<Throwable> onRefused) {
        run("chain.task.save", p -> service.updateChain(chain.id(), chain.version(), name, description), saved -> {
            onSaved.run();
            map.reloadChains(saved.id());
        }, onRefused);
    }

    public void deleteChain(Chain chain) {
        run("chain.task.save", p -> {
            service.deleteChain(chain.id(), chain.version());
            return chain;
        }, gone -> map.reloadChains(null), map.onError());
    }

    // Commands: nodes

    /** A new node at the top of {@code segment}, or under {@code parent} when one is given. */
    public void createNode(Segment segment, ChainNode parent, String name, String codes, Runnable onSaved,
                           Consumer<Throwable> onRefused) {
        Chain chain = map.chainProperty().get();
        run("chain.task.save", p -> service.createNode(chain.id(), parent == null ? null : parent.id(), segment, name, codes),
                created -> {
                    onSaved.run();
                    map.openNodeWhenShown(created.id());
                    map.refresh();
                }, onRefused);
    }

    public void updateNode(ChainNode node, String name, String codes, Runnable onSaved, Consumer<Throwable> onRefused) {
        run("chain.task.save", p -> service.updateNode(node.id(), node.version(), name, codes), saved -> {
            onSaved.run();
            map.refresh();
        }, onRefused);
    }

    public void moveNode(ChainNode node, ChainNode newParent, Segment segment) {
        run("chain.task.save", p -> service.moveNode(node.id(), node.version(), newParent == null ? null : newParent.id(),
                segment), moved -> map.refresh(), map.onError());
    }

    public void reorderNode(ChainNode node, int delta) {
        run("chain.task.save", p -> service.reorderNode(node.id(), node.version(), delta), moved -> map.refresh(),
                map.onError());
    }

    /** Merges {@code merged} into {@code survivor}. */
    public void mergeNodes(ChainNode survivor, ChainNode merged) {
        run("chain.task.save", p -> service.mergeNodes(survivor.id(), survivor.version(), merged.id(), merged.version()),
                kept -> {
                    map.openNodeWhenShown(kept.id());
                    map.refresh();
                }, map.onError());
    }

    /** What hangs on a node, asked before the delete dialog opens. */
    public void usage(ChainNode node, Consumer<NodeUsage> then) {
        run("chain.task.load", p -> service.usage(node.id()), then, map.onError());
    }

    public void deleteNode(ChainNode node, TagDisposal disposal) {
        run("chain.task.save", p -> {
            service.deleteNode(node.id(), node.version(), disposal);
            return node;
        }, gone -> map.refresh(), map.onError());
    }

    /** Tags the library's companies and projects that are not on this chain yet by their industry codes. */
    public void applyRules(Consumer<ChainService.RuleRun> then) {
        Chain chain = map.chainProperty().get();
        run("chain.task.rules", p -> service.applyRulesToLibrary(chain.id(), p), run -> {
            map.refresh();
            then.accept(run);
        }, map.onError());
    }

    /** Runs a command; after a stale refusal the map is reloaded, so the next try starts from what is stored. */
    private <T> void run(String titleKey, BackgroundTask<T> work, Consumer<T> then, Consumer<Throwable> onRefused) {
        map.tasks().run(map.messages().get(titleKey), work, then, failure -> {
            onRefused.accept(failure);
            if (failure instanceof StaleRecordException) {
                map.refresh();
            }
        });
    }

    UUID chainId() {
        Chain chain = map.chainProperty().get();
        return chain == null ? null : chain.id();
    }
}
