package cn.zhaoshang.desk.company.ui;

import cn.zhaoshang.desk.common.db.StaleRecordException;
import cn.zhaoshang.desk.common.session.Session;
import cn.zhaoshang.desk.common.time.OfficeZone;
import cn.zhaoshang.desk.common.ui.EmptyState;
import cn.zhaoshang.desk.common.ui.RecordExtras;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.company.Company;
import cn.zhaoshang.desk.company.CompanyLinks;
import cn.zhaoshang.desk.company.CompanyService;
import cn.zhaoshang.desk.company.DuplicateMatch;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The right-hand pane: the company's header (name, code, status, save/revert/delete), the
 * duplicate warning with links to the existing records, and tabs for the form, contacts, the
 * visit log and claims. Shows an explanation when no company is chosen.
 */
final class CompanyDetailView {
    /** What the detail pane asks of the screen around it. */
    interface Host {
        void open(UUID companyId);

        void saved(Company company);

        void deleted(UUID companyId);

        void findDuplicates(UUID focus);
    }

    private final UiKit kit;
    private final CompanyService service;
    private final CompanyFormViewModel vm;
    private final Host host;
    private final StackPane root = new StackPane();
    private final BorderPane detail = new BorderPane();
    private final FlowPane duplicateLinks = new FlowPane(8, 4);
    private final CompanyFormView form;
    private final ClaimsPane claims;
    private final ReadOnlyObjectWrapper<UUID> shownCompany = new ReadOnlyObjectWrapper<>();

    CompanyDetailView(UiKit kit, CompanyService service, Session session, CompanyFormViewModel vm,
                      CompanyRecordsViewModel records, Host host, RecordExtras extras,
                      CompanyLinks.Source linkSource) {
        this.kit = kit;
        this.service = service;
        this.vm = vm;
        this.host = host;
        root.setId("company-detail");
        form = new CompanyFormView(vm, service, kit.messages());
        claims = new ClaimsPane(kit, records);
        ScrollPane formScroll = new ScrollPane(new VBox(new RegistryFactsPane(kit, service, vm).root(), form.root()));
        formScroll.setFitToWidth(true);
        Tab overview = tab("company-tab-overview", "company.tab.overview", formScroll);
        Tab contacts = tab("company-tab-contacts", "company.tab.contacts",
                new ContactsPane(kit, service, records, () -> host.saved(null)).root());
        Tab visits = tab("company-tab-visits", "company.tab.visits", new VisitsPane(kit, service, session, records, extras.visitActions()).root());
        Tab claimTab = tab("company-tab-claims", "company.tab.claims", claims.root());
        CompanyLinksPane linked = new CompanyLinksPane(kit, linkSource);
        Tab linksTab = tab("company-tab-links", "company.tab.links", linked.root());
        vm.companyProperty().addListener((obs, old, company) -> linked.show(company == null ? null : company.id()));
        TabPane tabs = new TabPane(overview, linksTab, contacts, visits, claimTab);
        // The company the extra tabs show: a field, so that it lives as long as the pane (a binding would be collected).
        shownCompany.bind(Bindings.createObjectBinding(() -> vm.modeProperty().get() == CompanyFormViewModel.Mode.EDIT
                && vm.companyProperty().get() != null ? vm.companyProperty().get().id() : null, vm.modeProperty(), vm.companyProperty()));
        for (RecordExtras.Tab extra : extras.tabs()) {
            Tab added = tab(extra.id(), extra.titleKey(), extra.content().apply(shownCompany.getReadOnlyProperty()));
            added.disableProperty().bind(vm.modeProperty().isNotEqualTo(CompanyFormViewModel.Mode.EDIT));
            added.setOnSelectionChanged(e -> {
                if (added.isSelected()) {
                    RecordExtras.shown(added.getContent());
                }
            });
            tabs.getTabs().add(added);
        }
        tabs.setId("company-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        var notStored = vm.modeProperty().isNotEqualTo(CompanyFormViewModel.Mode.EDIT);
        contacts.disableProperty().bind(notStored);
        visits.disableProperty().bind(notStored);
        claimTab.disableProperty().bind(notStored);
        linksTab.disableProperty().bind(notStored);
        vm.modeProperty().addListener((obs, old, mode) -> {
            if (mode != CompanyFormViewModel.Mode.EDIT) {
                tabs.getSelectionModel().select(overview);
            }
        });
        detail.setTop(new VBox(header(), duplicateWarning()));
        detail.setCenter(tabs);
        Node empty = EmptyState.create(Feather.BRIEFCASE, kit.t("company.detail.emptyTitle"), kit.t("company.detail.emptyHint"));
        detail.visibleProperty().bind(vm.modeProperty().isNotEqualTo(CompanyFormViewModel.Mode.EMPTY));
        empty.visibleProperty().bind(detail.visibleProperty().not());
        root.getChildren().addAll(empty, detail);
        root.setMinWidth(420);
        vm.staleChanges.addListener((ListChangeListener<ChangedField>) c -> {
            if (!vm.staleChanges.isEmpty()) {
                Platform.runLater(this::askAboutStaleSave);
            }
        });
    }

    Node root() {
        return root;
    }

    void setChoices(CompanyChoices choices) {
        form.setChoices(choices);
        claims.setChoices(choices);
        vm.setChoices(choices);
    }

    private Tab tab(String id, String key, Node content) {
        Tab tab = new Tab(kit.t(key), content);
        tab.setId(id);
        return tab;
    }

    private Node header() {
        Label title = new Label();
        title.setId("company-title");
        title.getStyleClass().add("title-3");
        title.setWrapText(true);
        title.textProperty().bind(Bindings.createStringBinding(() -> vm.modeProperty().get() == CompanyFormViewModel.Mode.NEW
                ? kit.t("company.detail.newTitle") : vm.companyProperty().get() == null ? "" : vm.companyProperty().get().name(),
                vm.modeProperty(), vm.companyProperty()));
        Label sub = new Label();
        sub.setId("company-subtitle");
        sub.getStyleClass().add("text-muted");
        sub.textProperty().bind(Bindings.createStringBinding(() -> subtitle(vm.companyProperty().get()), vm.companyProperty()));
        Button save = new Button(kit.t("company.action.save"), new FontIcon(Feather.SAVE));
        save.setId("company-save");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(vm.busyProperty().or(vm.dirtyProperty().not()
                .and(vm.modeProperty().isNotEqualTo(CompanyFormViewModel.Mode.NEW))));
        save.setOnAction(e -> save());
        Button revert = new Button(null, new FontIcon(Feather.ROTATE_CCW));
        revert.setId("company-revert");
        revert.setTooltip(new Tooltip(kit.t("company.action.revert")));
        revert.disableProperty().bind(vm.dirtyProperty().not().or(vm.busyProperty()));
        revert.setOnAction(e -> {
            if (vm.companyProperty().get() != null) {
                vm.load(vm.companyProperty().get());
            } else {
                vm.clear();
            }
        });
        Button delete = new Button(null, new FontIcon(Feather.TRASH_2));
        delete.setId("company-delete");
        delete.getStyleClass().addAll("flat", "danger");
        delete.setTooltip(new Tooltip(kit.t("company.action.delete")));
        delete.visibleProperty().bind(vm.modeProperty().isEqualTo(CompanyFormViewModel.Mode.EDIT));
        delete.setOnAction(e -> delete());
        for (Button b : new Button[] {save, revert, delete}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        delete.managedProperty().bind(delete.visibleProperty());
        sub.setWrapText(true);
        HBox buttons = new HBox(6, revert, save, delete);
        buttons.setMinWidth(Region.USE_PREF_SIZE);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox titles = new VBox(2, title, sub);
        HBox.setHgrow(titles, Priority.ALWAYS);
        HBox line = new HBox(8, titles, buttons);
        line.setAlignment(Pos.TOP_LEFT);
        VBox box = new VBox(4, line);
        box.setPadding(new Insets(12, 16, 8, 16));
        box.getStyleClass().add("company-detail-header");
        return box;
    }

    private String subtitle(Company c) {
        if (c == null) {
            return "";
        }
        String code = c.uscc() == null ? kit.t("company.detail.noUscc") : c.uscc();
        return code + " · " + kit.messages().label(c.data().pursuitStatus()) + " · " + kit.t("company.detail.updated",
                CompanyTexts.DATE_TIME.format(c.updatedAt().atZoneSameInstant(OfficeZone.ZONE)));
    }

    private Node duplicateWarning() {
        Label text = new Label(kit.t("company.duplicate.warning"), new FontIcon(Feather.ALERT_TRIANGLE));
        Button merge = new Button(kit.t("company.duplicate.merge"));
        merge.setId("company-duplicate-merge");
        merge.getStyleClass().add("small");
        merge.visibleProperty().bind(vm.modeProperty().isEqualTo(CompanyFormViewModel.Mode.EDIT));
        merge.managedProperty().bind(merge.visibleProperty());
        merge.setOnAction(e -> host.findDuplicates(vm.companyProperty().get().id()));
        VBox box = new VBox(4, text, duplicateLinks, merge);
        box.setId("company-duplicate-warning");
        box.getStyleClass().add("company-duplicate-warning");
        box.setPadding(new Insets(8, 16, 8, 16));
        box.visibleProperty().bind(Bindings.isNotEmpty(vm.duplicates));
        box.managedProperty().bind(box.visibleProperty());
        vm.duplicates.addListener((ListChangeListener<DuplicateMatch>) c -> showDuplicates());
        return box;
    }

    private void showDuplicates() {
        duplicateLinks.getChildren().clear();
        for (DuplicateMatch match : vm.duplicates) {
            String reason = kit.t(match.deleted() ? "company.duplicate.inTrash" : "company.duplicate.reason." + match.reason());
            Hyperlink link = new Hyperlink(match.name() + "（" + reason + "）");
            link.setId("company-duplicate-link");
            link.setDisable(match.deleted());
            link.setOnAction(e -> host.open(match.id()));
            duplicateLinks.getChildren().add(link);
        }
    }

    void save() {
        vm.save(this::confirmDuplicates, saved -> {
            kit.dialogs().notify(kit.t("company.detail.saved", saved.name()));
            host.saved(saved);
        }, kit.dialogs()::showError);
    }

    private boolean confirmDuplicates(List<DuplicateMatch> found) {
        String names = found.stream().map(DuplicateMatch::name).collect(Collectors.joining("、"));
        return kit.dialogs().confirm(kit.t("company.duplicate.confirmSave", names));
    }

    private void askAboutStaleSave() {
        if (vm.staleChanges.isEmpty()) {
            return;
        }
        var choice = StaleChangesDialog.ask(root.getScene().getWindow(), kit, List.copyOf(vm.staleChanges));
        if (choice == StaleChangesDialog.Choice.KEEP_MINE) {
            vm.keepMine();
        } else {
            vm.takeTheirs();
        }
    }

    private void delete() {
        Company c = vm.companyProperty().get();
        if (c == null || !kit.dialogs().confirm(kit.t("company.detail.deleteConfirm", c.name()))) {
            return;
        }
        kit.tasks().run(kit.t("company.task.saving"), p -> {
            service.delete(c.id(), c.version());
            return c.id();
        }, id -> {
            vm.clear();
            host.deleted(id);
        }, error -> {
            if (error instanceof StaleRecordException) {
                kit.dialogs().showError(error);
                host.open(c.id());
            } else {
                kit.dialogs().showError(error);
            }
        });
    }

}
