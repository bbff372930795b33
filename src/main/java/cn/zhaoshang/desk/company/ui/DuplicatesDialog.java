package cn.zhaoshang.desk.company.ui;

import cn.zhaoshang.desk.common.time.OfficeZone;
import cn.zhaoshang.desk.common.ui.EmptyState;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.company.CompanyService;
import cn.zhaoshang.desk.company.DuplicateGroup;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;

/**
 * The duplicate finder over the whole library: groups of companies with the same normalised name
 * on the left, the group's companies on the right with the one to keep chosen, and Merge.
 */
final class DuplicatesDialog {
    private DuplicatesDialog() {
    }

    /** Opens the finder; {@code focus} selects the group of that company. {@code onMerged} gets the kept id. */
    static void show(Window owner, UiKit kit, CompanyService service, UUID focus, Consumer<UUID> onMerged) {
        DuplicatesViewModel vm = new DuplicatesViewModel(service, kit.tasks(), kit.messages());
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(kit.t("company.duplicates.title"));
        dialog.setHeaderText(null);
        dialog.setResizable(true);

        ListView<DuplicateGroup> groups = new ListView<>(vm.groups);
        groups.setId("duplicate-groups");
        groups.setCellFactory(l -> new ListCell<>() {
            @Override protected void updateItem(DuplicateGroup g, boolean empty) {
                super.updateItem(g, empty);
                setText(empty || g == null ? null : kit.t("company.duplicates.group", g.members().get(0).name(), g.members().size()));
            }
        });
        groups.setPlaceholder(EmptyState.create(Feather.CHECK_CIRCLE, kit.t("company.duplicates.noneTitle"),
                kit.t("company.duplicates.noneHint")));
        groups.getSelectionModel().selectedItemProperty().addListener((obs, old, g) -> {
            if (g != null) {
                vm.selected.set(g);
            }
        });
        vm.selected.addListener((obs, old, g) -> groups.getSelectionModel().select(g));

        TableView<DuplicateGroup.Member> members = new TableView<>();
        members.setId("duplicate-members");
        members.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        vm.selected.addListener((obs, old, g) -> members.getItems().setAll(g == null ? List.of() : g.members()));
        ToggleGroup keepGroup = new ToggleGroup();
        TableColumn<DuplicateGroup.Member, String> keep = new TableColumn<>(kit.t("company.duplicates.keep"));
        keep.setPrefWidth(56);
        keep.setMinWidth(56);
        keep.setCellFactory(c -> new TableCell<>() {
            private final RadioButton radio = new RadioButton();
            {
                radio.setToggleGroup(keepGroup);
                radio.setOnAction(e -> vm.keep.set(getTableRow().getItem().id()));
            }
            @Override protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                DuplicateGroup.Member m = empty ? null : getTableRow().getItem();
                setGraphic(m == null ? null : radio);
                if (m != null) {
                    radio.setId("duplicate-keep-" + getIndex());
                    radio.setSelected(m.id().equals(vm.keep.get()));
                }
            }
        });
        members.getColumns().add(keep);
        members.getColumns().add(column(kit.t("company.field.name"), 200, DuplicateGroup.Member::name));
        members.getColumns().add(column(kit.t("company.column.USCC"), 170, m -> m.uscc() == null ? "" : m.uscc()));
        members.getColumns().add(column(kit.t("company.column.STATUS"), 64, m -> kit.messages().label(m.status())));
        members.getColumns().add(column(kit.t("company.duplicates.contacts"), 64, m -> String.valueOf(m.contacts())));
        members.getColumns().add(column(kit.t("company.duplicates.visits"), 56, m -> String.valueOf(m.visits())));
        members.getColumns().add(column(kit.t("company.duplicates.updated"), 96, m -> CompanyTexts.DATE.format(
                m.updatedAt().atZoneSameInstant(OfficeZone.ZONE))));
        vm.keep.addListener(o -> members.refresh());
        Label explain = new Label(kit.t("company.duplicates.explain"));
        explain.setWrapText(true);
        explain.getStyleClass().add("text-muted");
        Button merge = new Button(kit.t("company.duplicates.merge"));
        merge.setId("duplicate-merge");
        merge.getStyleClass().add("accent");
        merge.disableProperty().bind(vm.selected.isNull().or(vm.busyProperty()));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(20, 20);
        busy.visibleProperty().bind(vm.busyProperty());
        merge.setOnAction(e -> {
            DuplicateGroup g = vm.selected.get();
            String kept = g.members().stream().filter(m -> m.id().equals(vm.keep.get())).findFirst()
                    .map(DuplicateGroup.Member::name).orElse("");
            if (kit.dialogs().confirm(kit.t("company.duplicates.confirm", g.members().size() - 1, kept))) {
                UUID keptId = vm.keep.get();
                vm.mergeSelected(moved -> {
                    kit.dialogs().notify(summary(kit, moved));
                    onMerged.accept(keptId);
                }, kit.dialogs()::showError);
            }
        });
        VBox.setVgrow(members, Priority.ALWAYS);
        VBox right = new VBox(8, members, explain, new HBox(8, merge, busy));
        SplitPane split = new SplitPane(groups, right);
        split.setDividerPositions(0.25);
        Label count = new Label();
        count.textProperty().bind(Bindings.createStringBinding(() -> kit.t("company.duplicates.count", vm.groups.size()),
                vm.groups));
        dialog.getDialogPane().setContent(new VBox(8, count, split));
        dialog.getDialogPane().setPrefSize(1040, 620);
        dialog.setWidth(1060);
        dialog.setHeight(680);
        VBox.setVgrow(split, Priority.ALWAYS);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        ((Button) dialog.getDialogPane().lookupButton(ButtonType.CLOSE)).setText(kit.t("company.action.close"));
        dialog.getDialogPane().lookupButton(ButtonType.CLOSE).setId("duplicate-close");
        vm.find(focus, kit.dialogs()::showError);
        dialog.show();
    }

    private static String summary(UiKit kit, Map<String, Integer> moved) {
        return kit.t("company.duplicates.merged", moved.getOrDefault("contact", 0), moved.getOrDefault("interaction", 0),
                moved.getOrDefault("project", 0), moved.getOrDefault("task", 0));
    }

    private static TableColumn<DuplicateGroup.Member, String> column(String title, double width,
                                                                    Function<DuplicateGroup.Member, String> v) {
        TableColumn<DuplicateGroup.Member, String> col = new TableColumn<>(title);
        col.setPrefWidth(width);
        col.setMinWidth(Math.min(width, 56));
        col.setCellValueFactory(cd -> new ReadOnlyStringWrapper(v.apply(cd.getValue())));
        return col;
    }
}
