package cn.zhaoshang.desk.dashboard.ui;

import cn.zhaoshang.desk.common.i18n.DeskException;
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
import java.util.function.Function;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * 目标设置: for one team or unit and year, each indicator's year target with its four quarters and
 * twelve months (blank parts take the even split; 以月保季、以季保年), and the ranking weights
 * (红黑榜权重, administrator only). Actual figures are never typed here: they come from the records.
 */
final class TargetDialog {
    private final UiKit kit;
    private final TargetService targets;
    private final Map<UUID, String> teams;
    private final Map<UUID, String> units;
    private final TargetPlanModel plan;
    private final Map<Indicator, TextField> weights = new EnumMap<>(Indicator.class);
    private final Map<Indicator, BigDecimal> loadedWeights = new EnumMap<>(Indicator.class);
    private final Map<Indicator, Node> forms = new EnumMap<>(Indicator.class);
    private final ComboBox<UUID> owner = new ComboBox<>();
    private final ComboBox<OwnerKind> kind = new ComboBox<>();
    private final ComboBox<Indicator> indicator = new ComboBox<>();
    private final StackPane form = new StackPane();
    private final Label mismatch = new Label();
    private final Spinner<Integer> year;

    TargetDialog(UiKit kit, TargetService targets, Map<UUID, String> teams, Map<UUID, String> units, int thisYear) {
        this.kit = kit;
        this.targets = targets;
        this.teams = teams;
        this.units = units;
        this.plan = new TargetPlanModel(kit.messages());
        this.year = new Spinner<>(thisYear - 5, thisYear + 5, thisYear);
    }

    void show(Window window, Runnable saved) {
        VBox content = new VBox(10, pickers(), form, mismatch, new Separator(), weightsForm(), hint());
        content.setId("dashboard-targets");
        mismatch.setId("dashboard-target-mismatch");
        mismatch.getStyleClass().add("dashboard-behind");
        for (Indicator i : Indicator.values()) {
            forms.put(i, periodsForm(i));
        }
        indicator.setValue(Indicator.SIGNED_PROJECTS);
        kind.setValue(OwnerKind.TEAM);
        kit.tasks().run(kit.t("dashboard.loading"), p -> targets.weights(), w -> {
            loadedWeights.putAll(w);
            w.forEach((i, v) -> weights.get(i).setText(v.stripTrailingZeros().toPlainString()));
        }, kit.dialogs()::showError);

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(window);
        dialog.setTitle(kit.t("dashboard.targets.title"));
        dialog.getDialogPane().setContent(content);
        ButtonType apply = new ButtonType(kit.t("dashboard.targets.apply"), ButtonBar.ButtonData.APPLY);
        dialog.getDialogPane().getButtonTypes().addAll(apply, ButtonType.OK, ButtonType.CANCEL);
        Button applyButton = (Button) dialog.getDialogPane().lookupButton(apply);
        applyButton.setId("dashboard-target-apply");
        applyButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            save(saved, false, dialog);
        });
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            save(saved, true, dialog);
        });
        dialog.show();
    }

    private Node pickers() {
        kind.setId("dashboard-target-kind");
        kind.getItems().setAll(OwnerKind.values());
        kind.setConverter(converter(k -> kit.messages().label(k)));
        owner.setId("dashboard-target-owner");
        owner.setPrefWidth(220);
        owner.setConverter(converter(id -> teams.getOrDefault(id, units.get(id))));
        indicator.setId("dashboard-target-indicator");
        indicator.getItems().setAll(Indicator.values());
        indicator.setConverter(converter(i -> kit.messages().label(i)));
        kind.valueProperty().addListener((o, a, k) -> {
            owner.getItems().setAll((k == OwnerKind.UNIT ? units : teams).keySet());
            if (!owner.getItems().isEmpty()) {
                owner.setValue(owner.getItems().getFirst());
            }
        });
        owner.valueProperty().addListener((o, a, b) -> load());
        year.valueProperty().addListener((o, a, b) -> load());
        year.setPrefWidth(90);
        indicator.valueProperty().addListener((o, a, i) -> showForm(i));
        HBox row = new HBox(8, new Label(kit.t("dashboard.targets.year")), year, kind, owner,
                new Label(kit.t("dashboard.targets.indicator")), indicator);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private void showForm(Indicator i) {
        form.getChildren().setAll(forms.get(i));
        mismatch.setText(plan.mismatch(i));
    }

    // The year, then one line per quarter with its three months.
    private Node periodsForm(Indicator i) {
        GridPane grid = new GridPane(8, 6);
        String id = "dashboard-target-" + i.name().toLowerCase();
        String unit = i.isMoney() ? kit.t("dashboard.unit.wan") : "";
        Button split = new Button(kit.t("dashboard.targets.split"));
        split.setId(id + "-split");
        split.setOnAction(e -> {
            try {
                plan.splitEvenly(i);
            } catch (DeskException ex) {
                kit.dialogs().showError(ex);
            }
        });
        grid.addRow(0, new Label(kit.t("dashboard.targets.amount")), field(i, PeriodKind.YEAR, 1, id + "-year"), new Label(unit), split);
        for (int q = 1; q <= 4; q++) {
            grid.add(new Label(kit.t("dashboard.targets.quarter", String.valueOf(q))), 0, q);
            grid.add(field(i, PeriodKind.QUARTER, q, id + "-q" + q), 1, q);
            grid.add(new Label(unit), 2, q);
            HBox months = new HBox(6);
            months.setAlignment(Pos.CENTER_LEFT);
            for (int m = (q - 1) * 3 + 1; m <= q * 3; m++) {
                months.getChildren().addAll(new Label(kit.t("dashboard.targets.month", String.valueOf(m))),
                        field(i, PeriodKind.MONTH, m, id + "-m" + m));
            }
            grid.add(months, 3, q);
        }
        grid.setDisable(!targets.maySetTargets());
        return grid;
    }

    private TextField field(Indicator i, PeriodKind k, int no, String id) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(k == PeriodKind.MONTH ? 6 : 8);
        f.textProperty().bindBidirectional(plan.amount(i, k, no));
        f.textProperty().addListener((o, a, b) -> mismatch.setText(plan.mismatch(i)));
        return f;
    }

    private Node weightsForm() {
        GridPane grid = new GridPane(8, 6);
        grid.add(new Label(kit.t("dashboard.targets.weight")), 0, 0, 6, 1);
        int n = 0;
        for (Indicator i : Indicator.values()) {
            TextField weight = new TextField();
            weight.setId("dashboard-weight-" + i.name().toLowerCase());
            weight.setPrefColumnCount(4);
            weights.put(i, weight);
            grid.add(new Label(kit.messages().label(i)), (n % 3) * 2, 1 + n / 3);
            grid.add(weight, (n % 3) * 2 + 1, 1 + n / 3);
            n++;
        }
        grid.setDisable(!targets.maySetWeights());
        return grid;
    }

    private Node hint() {
        Label hint = new Label(kit.t(targets.maySetWeights() ? "dashboard.targets.hint" : "dashboard.targets.hintNoWeights"));
        hint.setWrapText(true);
        hint.setMaxWidth(640);
        hint.getStyleClass().add("dashboard-tile-hint");
        return hint;
    }

    private void load() {
        UUID id = owner.getValue();
        if (id == null || kind.getValue() == null) {
            return;
        }
        int y = year.getValue();
        OwnerKind k = kind.getValue();
        kit.tasks().run(kit.t("dashboard.loading"), p -> targets.targets(y, k), lines -> {
            plan.load(lines, id);
            showForm(indicator.getValue());
        }, kit.dialogs()::showError);
    }

    private void save(Runnable saved, boolean close, Dialog<ButtonType> dialog) {
        UUID id = owner.getValue();
        int y = year.getValue();
        OwnerKind k = kind.getValue();
        List<TargetLine> lines;
        Map<Indicator, BigDecimal> newWeights = new EnumMap<>(Indicator.class);
        try {
            lines = id == null || !targets.maySetTargets() ? List.of() : plan.changes(y, k, id);
            if (targets.maySetWeights()) {
                for (var e : weights.entrySet()) {
                    BigDecimal w = new BigDecimal(e.getValue().getText().strip());
                    if (loadedWeights.get(e.getKey()) == null || loadedWeights.get(e.getKey()).compareTo(w) != 0) {
                        newWeights.put(e.getKey(), w);
                    }
                }
            }
        } catch (NumberFormatException e) {
            kit.dialogs().showError(new DeskException(e, "dashboard.targets.error.number"));
            return;
        } catch (DeskException e) {
            kit.dialogs().showError(e);
            return;
        }
        kit.tasks().run(kit.t("dashboard.targets.saving"), p -> {
            List<TargetLine> done = lines.isEmpty() ? List.of() : targets.saveAll(lines);
            newWeights.forEach(targets::setWeight);
            return done;
        }, done -> {
            loadedWeights.putAll(newWeights);
            saved.run();
            if (close) {
                dialog.close();
            } else {
                load();
            }
        }, kit.dialogs()::showError);
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override public String toString(T t) { return t == null ? "" : text.apply(t); }
            @Override public T fromString(String s) { return null; }
        };
    }
}
