package cn.zhaoshang.desk.carrier.ui;

import atlantafx.base.theme.Styles;
import cn.zhaoshang.desk.carrier.Carrier;
import cn.zhaoshang.desk.carrier.CarrierKind;
import cn.zhaoshang.desk.carrier.CarrierService;
import cn.zhaoshang.desk.carrier.CarrierSummary;
import cn.zhaoshang.desk.carrier.ui.CarrierListViewModel.Order;
import cn.zhaoshang.desk.carrier.ui.CarrierListViewModel.ParentChoice;
import cn.zhaoshang.desk.common.ui.EmptyState;
import cn.zhaoshang.desk.common.ui.UiKit;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The carrier area: a searchable, filterable list (nesting shown by indent, sortable by vacancy) beside
 * the chosen carrier's detail or form. Ctrl+F search, Ctrl+N new, F2 edit, F5 refresh.
 */
public final class CarrierView {
    private final UiKit kit;
    private final CarrierService service;
    private final CarrierListViewModel model;
    private final BorderPane root = new BorderPane();
    private final TableView<CarrierRow> table = new TableView<>();
    private final StackPane detailHost = new StackPane();
    private final TextField search = new TextField();
    private final Label count = new Label();
    private UUID shown;

    public CarrierView(UiKit kit, CarrierService service) {
        this.kit = kit;
        this.service = service;
        this.model = new CarrierListViewModel(service, kit.tasks(), kit.messages(), kit.dialogs()::showError);
        root.setId("carrier-view");
        root.setTop(toolbar());
        VBox list = new VBox(table, count);
        VBox.setVgrow(table, Priority.ALWAYS);
        count.setId("carrier-count");
        count.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        count.setPadding(new Insets(4, 8, 4, 8));
        buildTable();
        detailHost.setId("carrier-detail-host");
        showNothingChosen();
        SplitPane split = new SplitPane(list, detailHost);
        split.setDividerPositions(0.49);
        root.setCenter(split);
        installShortcuts();
        model.rows().addListener((ListChangeListener<CarrierRow>) c -> updateCount());
        model.load(() -> select(null));
    }

    public Node root() {
        return root;
    }

    private Node toolbar() {
        Label title = new Label(kit.t("carrier.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        search.setId("carrier-search");
        search.setPromptText(kit.t("carrier.search.prompt"));
        search.setTooltip(new Tooltip(kit.t("carrier.search.tip")));
        search.setPrefWidth(240);
        search.textProperty().bindBidirectional(model.search());
        ComboBox<CarrierKind> kind = new ComboBox<>();
        kind.setId("carrier-kind-filter");
        kind.getItems().add(null);
        kind.getItems().addAll(CarrierKind.values());
        kind.setConverter(converter(this::kindLabel));
        kind.setCellFactory(l -> comboCell(this::kindLabel));
        kind.setButtonCell(comboCell(this::kindLabel));
        kind.setPromptText(kit.t("carrier.filter.allKinds"));
        kind.valueProperty().bindBidirectional(model.kind());
        ComboBox<ParentChoice> parent = new ComboBox<>(model.parentChoices());
        parent.setId("carrier-parent-filter");
        parent.setConverter(converter(this::parentLabel));
        parent.setPrefWidth(150);
        parent.valueProperty().bindBidirectional(model.parent());
        ComboBox<Order> order = new ComboBox<>();
        order.setId("carrier-order");
        order.getItems().setAll(Order.values());
        order.setConverter(converter(o -> kit.t("carrier.order." + o.name())));
        order.valueProperty().bindBidirectional(model.order());
        order.setPrefWidth(160);
        Button add = new Button(kit.t("carrier.action.new"), new FontIcon(Feather.PLUS));
        add.setId("carrier-new");
        add.getStyleClass().add(Styles.ACCENT);
        add.setOnAction(e -> showForm(Carrier.blank(null)));
        Button refresh = new Button(null, new FontIcon(Feather.REFRESH_CW));
        refresh.setId("carrier-refresh");
        refresh.setTooltip(new Tooltip(kit.t("carrier.action.refresh")));
        refresh.setOnAction(e -> reload(shown));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, title, spacer, search, kind, parent, order, refresh, add);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 12, 10, 16));
        return bar;
    }

    private <T> ListCell<T> comboCell(Function<T, String> text) {
        return new ListCell<>() {
            @Override protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : text.apply(item));
            }
        };
    }

    private String kindLabel(CarrierKind k) {
        return k == null ? kit.t("carrier.filter.allKinds") : kit.messages().label(k);
    }

    private String parentLabel(ParentChoice p) {
        if (p == null || p.equals(ParentChoice.ANY)) {
            return kit.t("carrier.filter.anyParent");
        }
        return p.topLevelOnly() ? kit.t("carrier.filter.topLevel") : kit.t("carrier.filter.inside", p.label());
    }

    private void buildTable() {
        table.setId("carrier-table");
        table.getStyleClass().addAll(Styles.STRIPED, "edge-to-edge");
        table.setItems(model.rows());
        TableColumn<CarrierRow, String> name = text("carrier.field.name", r -> indent(r) + r.summary().carrier().name());
        name.setPrefWidth(210);
        TableColumn<CarrierRow, String> kind = text("carrier.field.kind", r -> kit.messages().label(r.summary().carrier().kind()));
        kind.setPrefWidth(64);
        TableColumn<CarrierRow, BigDecimal> total = figure("carrier.column.totalM2", r -> r.summary().areas().total(),
                v -> v == null ? "—" : CarrierText.number(v, 0, kit.messages().locale()));
        TableColumn<CarrierRow, BigDecimal> vacant = figure("carrier.column.vacantM2", r -> r.summary().areas().vacant(),
                v -> v == null ? "—" : CarrierText.number(v, 0, kit.messages().locale()));
        total.setPrefWidth(84);
        vacant.setPrefWidth(84);
        vacant.setId("carrier-column-vacant");
        TableColumn<CarrierRow, BigDecimal> rate = figure("carrier.column.rate", r -> r.summary().areas().vacancyRate(),
                CarrierText::rate);
        rate.setPrefWidth(64);
        TableColumn<CarrierRow, BigDecimal> projects = figure("carrier.column.projects",
                r -> BigDecimal.valueOf(r.summary().projectCount()), v -> v.toPlainString());
        projects.setPrefWidth(48);
        table.getColumns().addAll(List.of(name, kind, total, vacant, rate, projects));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && !b.summary().carrier().id().equals(shown)) {
                showDetail(b.summary().carrier().id());
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && table.getSelectionModel().getSelectedItem() != null) {
                showForm(table.getSelectionModel().getSelectedItem().summary().carrier());
            }
        });
        updatePlaceholder();
    }

    private String indent(CarrierRow r) {
        return model.order().get() == Order.TREE ? "　".repeat(r.summary().depth()) + (r.summary().depth() > 0 ? "└ " : "") : "";
    }

    private TableColumn<CarrierRow, String> text(String key, Function<CarrierRow, String> value) {
        TableColumn<CarrierRow, String> col = new TableColumn<>(kit.t(key));
        col.setCellValueFactory(c -> new SimpleObjectProperty<>(value.apply(c.getValue())));
        return col;
    }

    private TableColumn<CarrierRow, BigDecimal> figure(String key, Function<CarrierRow, BigDecimal> value,
                                                       Function<BigDecimal, String> format) {
        TableColumn<CarrierRow, BigDecimal> col = new TableColumn<>(kit.t(key));
        col.setCellValueFactory(c -> new SimpleObjectProperty<>(value.apply(c.getValue())));
        col.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        col.setCellFactory(c -> new TableCell<>() {
            @Override protected void updateItem(BigDecimal item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : format.apply(item));
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
        return col;
    }

    private void updateCount() {
        count.setText(kit.t("carrier.count", model.totalCount(), model.rows().size(),
                CarrierText.area(kit.messages(), model.visibleVacant())));
        updatePlaceholder();
    }

    private void updatePlaceholder() {
        boolean none = model.totalCount() == 0;
        table.setPlaceholder(EmptyState.create(Feather.HOME, kit.t(none ? "carrier.empty.title" : "carrier.empty.filteredTitle"),
                kit.t(none ? "carrier.empty.hint" : "carrier.empty.filteredHint")));
    }

    private void showNothingChosen() {
        shown = null;
        detailHost.getChildren().setAll(EmptyState.create(Feather.MAP_PIN, kit.t("carrier.detail.noneTitle"),
                kit.t("carrier.detail.noneHint")));
    }

    private void showDetail(UUID id) {
        shown = id;
        kit.tasks().run(kit.t("carrier.task.load"), p -> service.detail(id), detail -> {
            if (id.equals(shown)) {
                detailHost.getChildren().setAll(new CarrierDetailView(kit, service, detail, actions()).root());
            }
        }, error -> {
            showNothingChosen();
            kit.dialogs().showError(error);
        });
    }

    private CarrierDetailView.Actions actions() {
        return new CarrierDetailView.Actions() {
            @Override public void edit(Carrier carrier) {
                showForm(carrier);
            }
            @Override public void newChild(Carrier parent) {
                showForm(Carrier.blank(parent.id()));
            }
            @Override public void delete(Carrier carrier) {
                if (kit.dialogs().confirm(kit.t("carrier.delete.confirm", carrier.name()))) {
                    kit.dialogs().runInBackground(kit.t("carrier.task.save"), p -> {
                        service.delete(carrier.id(), carrier.version());
                        return null;
                    }, done -> {
                        kit.dialogs().notify(kit.t("carrier.delete.done", carrier.name()));
                        CarrierView.this.reload(null);
                    });
                }
            }
            @Override public void reload() {
                CarrierView.this.reload(shown);
            }
        };
    }

    /** Shows the form for a new or existing carrier in place of the detail. */
    void showForm(Carrier carrier) {
        UUID back = shown;
        CarrierFormView form = new CarrierFormView(kit, service, carrier, saved -> {
            kit.dialogs().notify(kit.t("carrier.saved", saved.name()));
            reload(saved.id());
        }, () -> {
            if (back != null) {
                showDetail(back);
            } else {
                showNothingChosen();
            }
        });
        shown = null;
        detailHost.getChildren().setAll(form.root());
        // Later, once the form is in the scene; by then a reload may have replaced it again.
        Platform.runLater(() -> {
            Node name = form.root().lookup("#carrier-form-name");
            if (name != null && name.getScene() != null) {
                name.requestFocus();
            }
        });
    }

    /** Reloads the list, then selects and shows the given carrier (or nothing). */
    private void reload(UUID select) {
        model.load(() -> select(select));
    }

    private void select(UUID id) {
        if (id == null) {
            table.getSelectionModel().clearSelection();
            if (shown == null && !(detailHost.getChildren().isEmpty() || isForm())) {
                showNothingChosen();
            }
            return;
        }
        shown = null;
        model.rows().stream().filter(r -> r.summary().carrier().id().equals(id)).findFirst().ifPresentOrElse(r -> {
            table.getSelectionModel().select(r);
            table.scrollTo(r);
        }, () -> showDetail(id));
    }

    private boolean isForm() {
        return root.lookup("#carrier-form") != null;
    }

    private void installShortcuts() {
        root.sceneProperty().addListener((o, old, scene) -> {
            if (scene == null) {
                return;
            }
            root.setOnKeyPressed(e -> {
                if (new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN).match(e)) {
                    search.requestFocus();
                } else if (new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN).match(e)) {
                    showForm(Carrier.blank(null));
                } else if (e.getCode() == KeyCode.F5) {
                    reload(shown);
                } else if (e.getCode() == KeyCode.F2 && table.getSelectionModel().getSelectedItem() != null) {
                    showForm(table.getSelectionModel().getSelectedItem().summary().carrier());
                } else {
                    return;
                }
                e.consume();
            });
        });
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override public String toString(T t) {
                return text.apply(t);
            }
            @Override public T fromString(String s) {
                return null;
            }
        };
    }

    /** The summary currently selected, for tests and the area's shortcuts. */
    CarrierSummary selected() {
        CarrierRow r = table.getSelectionModel().getSelectedItem();
        return r == null ? null : r.summary();
    }
}
