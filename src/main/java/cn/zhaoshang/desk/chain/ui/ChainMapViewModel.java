package cn.zhaoshang.desk.chain.ui;

import cn.zhaoshang.desk.chain.Chain;
import cn.zhaoshang.desk.chain.ChainMap;
import cn.zhaoshang.desk.chain.ChainMapService;
import cn.zhaoshang.desk.chain.ChainService;
import cn.zhaoshang.desk.chain.NodeCompany;
import cn.zhaoshang.desk.chain.NodeCompanyScope;
import cn.zhaoshang.desk.chain.NodeFigures;
import cn.zhaoshang.desk.chain.NodePage;
import cn.zhaoshang.desk.chain.NodeProject;
import cn.zhaoshang.desk.common.background.TaskRunner;
import cn.zhaoshang.desk.common.config.LocalSettings;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.ui.DialogService;
import cn.zhaoshang.desk.common.ui.DialogService.FileType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the chain-map screen: the chains, the one shown with its figures, the zoom, the node opened
 * and its lists. Every database call goes through the task runner; results from a request that was
 * overtaken (the user switched chain meanwhile) are dropped.
 */
public final class ChainMapViewModel {
    static final int PAGE = 200;
    static final double MIN_ZOOM = 0.3;
    static final double MAX_ZOOM = 2.5;
    private static final String LAST_CHAIN = "chain.lastChain";

    // Properties
    private final ObservableList<Chain> chains = FXCollections.observableArrayList();
    private final ObjectProperty<Chain> chain = new SimpleObjectProperty<>();
    private final ObjectProperty<ChainMap> map = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final DoubleProperty zoom = new SimpleDoubleProperty(1.0);
    private final ObjectProperty<NodeFigures> node = new SimpleObjectProperty<>();
    private final ObjectProperty<NodeCompanyScope> filter = new SimpleObjectProperty<>(NodeCompanyScope.ALL);
    private final ObservableList<NodeCompany> companies = FXCollections.observableArrayList();
    private final IntegerProperty companiesTotal = new SimpleIntegerProperty();
    private final ObservableList<NodeProject> projects = FXCollections.observableArrayList();
    private final IntegerProperty projectsTotal = new SimpleIntegerProperty();

    private final ChainService chainService;
    private final ChainMapService mapService;
    private final TaskRunner tasks;
    private final Messages messages;
    private final LocalSettings settings;
    private final DialogService dialogs;
    private final Consumer<Throwable> onError;
    private int generation;
    private int nodeGeneration;
    private UUID pendingNode;

    public ChainMapViewModel(ChainService chainService, ChainMapService mapService, TaskRunner tasks, Messages messages,
                             LocalSettings settings, DialogService dialogs) {
        this.chainService = chainService;
        this.mapService = mapService;
        this.tasks = tasks;
        this.messages = messages;
        this.settings = settings;
        this.dialogs = dialogs;
        this.onError = dialogs::showError;
        filter.addListener((obs, old, now) -> reloadNodeLists());
    }

    public ObservableList<Chain> chains() { return chains; }
    public ObjectProperty<Chain> chainProperty() { return chain; }
    public ObjectProperty<ChainMap> mapProperty() { return map; }
    public BooleanProperty busyProperty() { return busy; }
    public DoubleProperty zoomProperty() { return zoom; }
    public ObjectProperty<NodeFigures> nodeProperty() { return node; }
    public ObjectProperty<NodeCompanyScope> filterProperty() { return filter; }
    public ObservableList<NodeCompany> companies() { return companies; }
    public IntegerProperty companiesTotalProperty() { return companiesTotal; }
    public ObservableList<NodeProject> projects() { return projects; }
    public IntegerProperty projectsTotalProperty() { return projectsTotal; }
    ChainService chainService() { return chainService; }
    TaskRunner tasks() { return tasks; }
    Messages messages() { return messages; }
    Consumer<Throwable> onError() { return onError; }

    // Commands

    /** Loads the chains and shows the one used last (or the first). */
    public void load() {
        busy.set(true);
        tasks.run(messages.get("chain.task.load"), p -> chainService.chains(), loaded -> {
            busy.set(false);
            chains.setAll(loaded);
            UUID last = settings.get(LAST_CHAIN).map(ChainMapViewModel::uuid).orElse(null);
            Chain pick = loaded.stream().filter(c -> c.id().equals(last)).findFirst()
                    .orElse(loaded.isEmpty() ? null : loaded.getFirst());
            show(pick);
        }, this::failed);
    }

    /** Shows a chain's map; remembers the choice on this computer. */
    public void show(Chain picked) {
        chain.set(picked);
        closeNode();
        if (picked == null) {
            map.set(null);
            return;
        }
        settings.put(LAST_CHAIN, picked.id().toString());
        settings.save();
        refresh();
    }

    /** Reloads the figures of the chain shown, keeping the opened node when it still exists. */
    public void refresh() {
        Chain shown = chain.get();
        if (shown == null) {
            return;
        }
        int request = ++generation;
        busy.set(true);
        tasks.run(messages.get("chain.task.map", shown.name()), p -> mapService.map(shown.id()), loaded -> {
            if (request != generation) {
                return;
            }
            busy.set(false);
            map.set(loaded);
            if (pendingNode != null && loaded.figures(pendingNode).isPresent()) {
                node.set(loaded.figures(pendingNode).get());
                pendingNode = null;
            }
            NodeFigures open = node.get();
            if (open != null) {
                Optional<NodeFigures> again = loaded.figures(open.node().id());
                if (again.isPresent()) {
                    node.set(again.get());
                    reloadNodeLists();
                } else {
                    closeNode();
                }
            }
        }, this::failed);
    }

    /** Reloads the list of chains (after one was created, renamed or deleted) and shows {@code select}. */
    public void reloadChains(UUID select) {
        tasks.run(messages.get("chain.task.load"), p -> chainService.chains(), loaded -> {
            chains.setAll(loaded);
            Chain pick = loaded.stream().filter(c -> c.id().equals(select)).findFirst()
                    .orElse(loaded.isEmpty() ? null : loaded.getFirst());
            show(pick);
        }, this::failed);
    }

    /** Opens a node: its figures and the first page of its companies and projects. */
    public void openNode(UUID nodeId) {
        ChainMap shown = map.get();
        if (shown == null) {
            return;
        }
        shown.figures(nodeId).ifPresent(f -> {
            node.set(f);
            reloadNodeLists();
        });
    }

    /** Opens a node as soon as a map holding it is shown (after a create or a merge). */
    public void openNodeWhenShown(UUID nodeId) {
        pendingNode = nodeId;
    }

    public void closeNode() {
        nodeGeneration++;
        node.set(null);
        companies.clear();
        projects.clear();
        companiesTotal.set(0);
        projectsTotal.set(0);
    }

    private void reloadNodeLists() {
        NodeFigures open = node.get();
        ChainMap shown = map.get();
        if (open == null || shown == null) {
            return;
        }
        int request = ++nodeGeneration;
        NodeCompanyScope f = filter.get();
        tasks.run(messages.get("chain.task.node", open.node().name()), p -> new NodeLists(
                mapService.companies(shown.tree(), open.node().id(), f, 0, PAGE),
                mapService.projects(shown.tree(), open.node().id(), PAGE)), lists -> {
            if (request != nodeGeneration) {
                return;
            }
            companies.setAll(lists.companies().rows());
            companiesTotal.set(lists.companies().total());
            projects.setAll(lists.projects().rows());
            projectsTotal.set(lists.projects().total());
        }, this::failed);
    }

    public boolean hasMoreCompanies() {
        return companies.size() < companiesTotal.get();
    }

    /** The next page of the opened node's companies. */
    public void loadMoreCompanies() {
        NodeFigures open = node.get();
        ChainMap shown = map.get();
        if (open == null || shown == null || !hasMoreCompanies()) {
            return;
        }
        int request = nodeGeneration;
        int offset = companies.size();
        tasks.run(messages.get("chain.task.node", open.node().name()),
                p -> mapService.companies(shown.tree(), open.node().id(), filter.get(), offset, PAGE), page -> {
                    if (request == nodeGeneration) {
                        companies.addAll(page.rows());
                        companiesTotal.set(page.total());
                    }
                }, this::failed);
    }

    /** Marks or unmarks a listed company as chain leader on its node, then refreshes the map. */
    public void setChainLeader(NodeCompany company, boolean leader) {
        tasks.run(messages.get("chain.task.save"), p -> {
            chainService.setChainLeader(company.companyId(), company.nodeId(), leader);
            return null;
        }, done -> refresh(), this::failed);
    }

    /** Takes a listed company off its node, then refreshes the map. */
    public void untag(NodeCompany company) {
        tasks.run(messages.get("chain.task.save"), p -> {
            chainService.untagCompany(company.companyId(), company.nodeId());
            return null;
        }, done -> refresh(), this::failed);
    }

    /** Tags companies (picked in the search dialog) to the opened node. */
    public void tagCompanies(List<UUID> companyIds) {
        NodeFigures open = node.get();
        if (open == null || companyIds.isEmpty()) {
            return;
        }
        tasks.run(messages.get("chain.task.save"), p -> chainService.tagCompanies(companyIds, open.node().id()),
                added -> refresh(), this::failed);
    }

    /** Asks where, then writes the gap list of the chain shown and says how many gaps it holds. */
    public void exportGaps() {
        Chain shown = chain.get();
        if (shown == null) {
            return;
        }
        dialogs.chooseFileToSave(null, messages.get("chain.export.gapsName", shown.name()),
                new FileType(messages.get("chain.export.xlsxFilter"), "xlsx")).ifPresent(file ->
                tasks.run(messages.get("chain.task.exportGaps"), p -> mapService.exportGaps(shown.id(), file, messages, 20, p),
                        gaps -> dialogs.notify(messages.get("chain.export.gapsDone", gaps, file)), this::failed));
    }

    public void zoomIn() {
        zoomTo(zoom.get() * 1.2);
    }

    public void zoomOut() {
        zoomTo(zoom.get() / 1.2);
    }

    public void zoomTo(double value) {
        zoom.set(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, value)));
    }

    private void failed(Throwable error) {
        busy.set(false);
        onError.accept(error);
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private record NodeLists(NodePage<NodeCompany> companies, NodePage<NodeProject> projects) { }
}
