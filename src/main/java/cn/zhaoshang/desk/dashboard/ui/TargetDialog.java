package cn.zhaoshang.desk.dashboard.ui;

import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.dashboard.Indicator;
import cn.zhaoshang.desk.dashboard.OwnerKind;
import cn.zhaoshang.desk.dashboard.PeriodKind;
import cn.zhaoshang.desk.dashboard.TargetLine;
import cn.zhaoshang.desk.dashboard.TargetService;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * 目标设置: the year targets of one team or unit, one field per indicator; saving splits each evenly
 * into quarters and months (以月保季、以季保年). Also the ranking weights (红黑榜权重).
 */
final class TargetDialog {
    private final UiKit kit;
    private final TargetService targets;
    private final Map<UUID, String> teams;
    private final Map<UUID, String> units;
    private final Map<Indicator, TextField> amounts = new EnumMap<>(Indicator.class);
    private final Map<Indicator, TextField> weights = new EnumMap<>(Indicator.class);
    private final ComboBox<UUID> owner = new ComboBox<>();
    private final ComboBox<OwnerKind> kind = new ComboBox<>();
    private final Spinner<Integer> year;

    TargetDialog(UiKit kit, TargetService targets, Map<UUID, String> teams, Map<UUID, String> units, int thisYear) {
        this.kit = kit;
        this.targets = targets;
        this.teams = teams;
        this.units = units;
        this.year = new Spinner<>(thisYear - 5, thisYear + 5, thisYear);
    }

    void show(Window window, Runnable saved) {
        GridPane grid = new GridPane(10, 8);
        grid.setId("dashboard-targets");
        kind.setId("dashboard-target-kind");
        kind.getItems().setAll(OwnerKind.values());
        kind.setConverter(new javafx.util.StringConverter<>() {
            @Override public String toString(OwnerKind k) { return k == null ? "" : kit.messages().label(k); }
            @Override public OwnerKind fromString(String s) { return null; }
        });
        owner.setId("dashboard-target-owner");
        owner.setConverter(new javafx.util.StringConverter<>() {
            @Override public String toString(UUID id) { return id == null ? "" : teams.getOrDefault(id, units.get(id)); }
            @Override public UUID fromString(String s) { return null; }
        });
        kind.setOnAction(e -> owner.getItems().setAll((kind.getValue() == OwnerKind.UNIT ? units : teams).keySet()));
        owner.setOnAction(e -> load());
        year.valueProperty().addListener((o, a, b) -> load());
        grid.addRow(0, new Label(kit.t("dashboard.targets.year")), year, kind, owner);
        grid.add(new Label(kit.t("dashboard.targets.amount")), 1, 1);
        grid.add(new Label(kit.t("dashboard.targets.weight")), 3, 1);
        int row = 2;
        for (Indicator i : Indicator.values()) {
            TextField amount = new TextField();
            amount.setId("dashboard-target-" + i.name().toLowerCase());
            TextField weight = new TextField();
            weight.setId("dashboard-weight-" + i.name().toLowerCase());
            amounts.put(i, amount);
            weights.put(i, weight);
            String unit = i.isMoney() ? kit.t("dashboard.unit.wan") : "";
            grid.addRow(row++, new Label(kit.messages().label(i)), amount, new Label(unit), weight);
        }
        Label hint = new Label(kit.t("dashboard.targets.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(520);
        grid.add(hint, 0, row, 4, 1);
        kit.tasks().run(kit.t("dashboard.loading"), p -> targets.weights(), w ->
                w.forEach((i, v) -> weights.get(i).setText(v.stripTrailingZeros().toPlainString())), kit.dialogs()::showError);
        kind.setValue(OwnerKind.TEAM);
        kind.getOnAction().handle(null);

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(window);
        dialog.setTitle(kit.t("dashboard.targets.title"));
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        if (dialog.showAndWait().filter(b -> b == ButtonType.OK).isPresent()) {
            save(saved);
        }
    }

    private void load() {
        UUID id = owner.getValue();
        if (id == null) {
            return;
        }
        int y = year.getValue();
        OwnerKind k = kind.getValue();
        kit.tasks().run(kit.t("dashboard.loading"), p -> targets.targets(y, k), lines -> {
            amounts.values().forEach(TextField::clear);
            for (TargetLine l : lines) {
                if (l.ownerId().equals(id) && l.periodKind() == PeriodKind.YEAR) {
                    amounts.get(l.indicator()).setText(l.amount().stripTrailingZeros().toPlainString());
                }
            }
        }, kit.dialogs()::showError);
    }

    private void save(Runnable saved) {
        UUID id = owner.getValue();
        int y = year.getValue();
        OwnerKind k = kind.getValue();
        Map<Indicator, BigDecimal> years = new EnumMap<>(Indicator.class);
        Map<Indicator, BigDecimal> newWeights = new EnumMap<>(Indicator.class);
        try {
            amounts.forEach((i, f) -> {
                if (!f.getText().isBlank()) {
                    years.put(i, new BigDecimal(f.getText().strip()));
                }
            });
            weights.forEach((i, f) -> newWeights.put(i, new BigDecimal(f.getText().strip())));
        } catch (NumberFormatException e) {
            kit.dialogs().showError(new cn.zhaoshang.desk.common.i18n.DeskException(e, "dashboard.targets.error.number"));
            return;
        }
        kit.tasks().run(kit.t("dashboard.loading"), p -> {
            if (id != null) {
                years.forEach((i, amount) -> targets.setYearTarget(y, k, id, i, amount));
            }
            newWeights.forEach(targets::setWeight);
            return List.of();
        }, done -> saved.run(), kit.dialogs()::showError);
    }
}
