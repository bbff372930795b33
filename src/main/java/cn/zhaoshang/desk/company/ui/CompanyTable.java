package cn.zhaoshang.desk.company.ui;

import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.time.OfficeZone;
import cn.zhaoshang.desk.common.ui.EmptyState;
import cn.zhaoshang.desk.company.CompanyColumn;
import cn.zhaoshang.desk.company.CompanyRow;
import cn.zhaoshang.desk.company.CompanyService;
import cn.zhaoshang.desk.company.CompanySort;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The company table. Rows come from {@link CompanyListViewModel}: the next page is asked for as the
 * user scrolls near the end. Sorting is done by the database (a click on a header asks the view
 * model to reload in the new order), so the table never sorts rows itself. Columns can be shown,
 * hidden and dragged; the view model keeps their order for saved views.
 */
final class CompanyTable {
    private static final int LOAD_AHEAD = 40;
    private final CompanyListViewModel vm;
    private final Messages m;
    private final TableView<CompanyRow> table = new TableView<>();
    private final Map<CompanyColumn, TableColumn<CompanyRow, String>> byColumn = new EnumMap<>(CompanyColumn.class);
    private final MenuButton chooser = new MenuButton();
    private boolean syncing;

    CompanyTable(CompanyListViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        table.setId("company-table");
        table.getStyleClass().addAll("dense", "striped");
        table.setItems(vm.rows);
        table.setTableMenuButtonVisible(false);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        for (CompanyColumn column : CompanyColumn.values()) {
            TableColumn<CompanyRow, String> col = new TableColumn<>(m.get("company.column." + column.name()));
            col.setId("company-col-" + column.name().toLowerCase());
            col.setUserData(column);
            col.setCellValueFactory(cd -> new ReadOnlyStringWrapper(text(column, cd.getValue())));
            col.setSortable(column.sortable());
            col.setPrefWidth(width(column));
            if (!column.sortable()) {
                Label header = new Label(col.getText());
                header.setTooltip(new Tooltip(m.get("company.list.notSortable")));
                col.setGraphic(header);
                col.setText(null);
            }
            byColumn.put(column, col);
            col.sortTypeProperty().addListener(o -> pushSort());
        }
        table.setSortPolicy(t -> true);
        table.getSortOrder().addListener((ListChangeListener<TableColumn<CompanyRow, ?>>) c -> pushSort());
        table.getColumns().addListener((ListChangeListener<TableColumn<CompanyRow, ?>>) c -> pullColumnOrder());
        vm.columns.addListener((ListChangeListener<CompanyColumn>) c -> showColumns());
        vm.sort.addListener(o -> showSort());
        showColumns();
        showSort();
        table.setPlaceholder(placeholder());
        vm.loadingProperty().addListener(o -> table.setPlaceholder(placeholder()));

        chooser.setId("company-columns");
        chooser.setGraphic(new FontIcon(Feather.COLUMNS));
        chooser.setText(m.get("company.list.columns"));
        for (CompanyColumn column : CompanyColumn.values()) {
            CheckMenuItem item = new CheckMenuItem(m.get("company.column." + column.name()));
            item.setId("company-column-" + column.name().toLowerCase());
            item.setSelected(vm.columns.contains(column));
            item.setDisable(column == CompanyColumn.NAME);
            item.selectedProperty().addListener((obs, was, on) -> {
                if (on && !vm.columns.contains(column)) {
                    vm.columns.add(column);
                } else if (!on) {
                    vm.columns.remove(column);
                }
            });
            vm.columns.addListener((ListChangeListener<CompanyColumn>) c -> item.setSelected(vm.columns.contains(column)));
            chooser.getItems().add(item);
        }
        table.skinProperty().addListener((obs, old, skin) -> Platform.runLater(this::watchScrolling));
        table.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> {
            if (index.intValue() >= vm.rows.size() - LOAD_AHEAD) {
                vm.loadMore();
            }
        });
    }

    TableView<CompanyRow> table() {
        return table;
    }

    MenuButton columnChooser() {
        return chooser;
    }

    /** Near the end of what is loaded, the next page is fetched. */
    private void watchScrolling() {
        for (Node node : table.lookupAll(".scroll-bar")) {
            if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL) {
                bar.valueProperty().addListener((obs, old, value) -> {
                    if (value.doubleValue() >= bar.getMax() * 0.85) {
                        vm.loadMore();
                    }
                });
            }
        }
    }

    private Node placeholder() {
        if (vm.loadingProperty().get()) {
            return new Label(m.get("company.list.loading"));
        }
        return EmptyState.create(Feather.BRIEFCASE, m.get("company.list.emptyTitle"), m.get("company.list.emptyHint"));
    }

    private void showColumns() {
        syncing = true;
        List<TableColumn<CompanyRow, ?>> ordered = new ArrayList<>();
        vm.columns.forEach(c -> ordered.add(byColumn.get(c)));
        for (CompanyColumn c : CompanyColumn.values()) {
            if (!vm.columns.contains(c)) {
                ordered.add(byColumn.get(c));
            }
        }
        table.getColumns().setAll(ordered);
        byColumn.forEach((c, col) -> col.setVisible(vm.columns.contains(c)));
        syncing = false;
    }

    private void pullColumnOrder() {
        if (syncing) {
            return;
        }
        List<CompanyColumn> order = table.getColumns().stream().filter(TableColumn::isVisible)
                .map(col -> (CompanyColumn) col.getUserData()).toList();
        if (!order.equals(vm.columns)) {
            syncing = true;
            vm.columns.setAll(order);
            syncing = false;
        }
    }

    private void showSort() {
        syncing = true;
        CompanySort sort = vm.sort.get();
        TableColumn<CompanyRow, String> col = byColumn.get(sort.column());
        col.setSortType(sort.ascending() ? TableColumn.SortType.ASCENDING : TableColumn.SortType.DESCENDING);
        table.getSortOrder().setAll(List.of(col));
        syncing = false;
    }

    /** A header click: the first sorted column decides; no sort at all falls back to the name. */
    private void pushSort() {
        if (syncing) {
            return;
        }
        if (table.getSortOrder().isEmpty()) {
            vm.setSort(CompanySort.DEFAULT);
            Platform.runLater(this::showSort);
            return;
        }
        TableColumn<CompanyRow, ?> first = table.getSortOrder().get(0);
        vm.setSort(new CompanySort((CompanyColumn) first.getUserData(), first.getSortType() == TableColumn.SortType.ASCENDING));
    }

    /** A cell's text as the table shows it (also what the list's export writes). */
    String text(CompanyColumn column, CompanyRow r) {
        Function<Object, String> s = v -> v == null ? "" : String.valueOf(v);
        return switch (column) {
            case NAME -> r.name();
            case USCC -> s.apply(r.uscc());
            case SHORT_NAME -> s.apply(r.shortName());
            case LEGAL_REP -> s.apply(r.legalRep());
            case STATUS -> m.label(r.status());
            case CHANNEL -> m.label(r.channel());
            case DIVISION -> s.apply(r.divisionName());
            case INDUSTRY -> s.apply(r.industryName());
            case CAPITAL -> CompanyTexts.amount(r.registeredCapital());
            case FOUNDED -> r.foundedOn() == null ? "" : CompanyTexts.DATE.format(r.foundedOn());
            case OWNER_TEAM -> s.apply(r.ownerTeamName());
            case OWNER_PERSON -> s.apply(r.ownerPersonName());
            case CLAIM -> r.claimHolder() == null ? m.get("company.list.pool")
                    : m.get("company.list.claimed", r.claimHolder(), r.claimedUntil());
            case TAGS -> String.join("、", r.tags());
            case SCORE -> s.apply(r.score());
            case UPDATED -> r.updatedAt() == null ? "" : CompanyTexts.DATE_TIME.format(
                    r.updatedAt().atZoneSameInstant(OfficeZone.ZONE));
        };
    }

    private static double width(CompanyColumn column) {
        return switch (column) {
            case NAME -> 240;
            case USCC -> 170;
            case DIVISION, CLAIM, OWNER_TEAM -> 150;
            case INDUSTRY, TAGS -> 140;
            case UPDATED -> 130;
            case STATUS, CHANNEL, CAPITAL, FOUNDED, SHORT_NAME -> 90;
            default -> 80;
        };
    }
}
