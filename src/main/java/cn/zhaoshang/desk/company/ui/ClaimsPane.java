package cn.zhaoshang.desk.company.ui;

import cn.zhaoshang.desk.common.time.OfficeZone;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.company.Choice;
import cn.zhaoshang.desk.company.Claim;
import cn.zhaoshang.desk.company.CompanyRules;
import cn.zhaoshang.desk.company.CompanyService;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Who holds the company (认领), claiming it for a team or person for N days, and every claim before. */
final class ClaimsPane {
    private final VBox root = new VBox(10);
    private final ComboBox<Choice> team;
    private final ComboBox<Choice> person;

    ClaimsPane(UiKit kit, CompanyRecordsViewModel records) {
        root.setId("company-claims");
        root.setPadding(new Insets(12));
        Label status = new Label();
        status.setId("claim-status");
        status.getStyleClass().add("company-claim-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(Bindings.createStringBinding(records::claimText, records.currentClaimProperty()));
        status.setGraphic(new FontIcon(Feather.FLAG));

        team = FormKit.choiceCombo("claim-team", kit.messages(), records.claimTeam);
        person = FormKit.choiceCombo("claim-person", kit.messages(), records.claimPerson);
        Spinner<Integer> days = new Spinner<>(1, CompanyRules.MAX_CLAIM_DAYS, records.claimDays.get(), 30);
        days.setId("claim-days");
        days.setEditable(true);
        days.setPrefWidth(100);
        days.valueProperty().addListener((obs, old, now) -> records.claimDays.set(now == null ? 0 : now));
        records.claimDays.addListener((obs, old, now) -> days.getValueFactory().setValue(now.intValue()));
        Button claim = new Button(kit.t("company.claim.submit"), new FontIcon(Feather.FLAG));
        claim.setId("claim-submit");
        claim.getStyleClass().add("accent");
        claim.setOnAction(e -> records.claim());
        Button release = new Button(kit.t("company.claim.release"), new FontIcon(Feather.CORNER_UP_LEFT));
        release.setId("claim-release");
        release.disableProperty().bind(records.currentClaimProperty().isNull());
        release.setOnAction(e -> {
            if (kit.dialogs().confirm(kit.t("company.claim.releaseConfirm"))) {
                records.release();
            }
        });
        HBox form = new HBox(8, FormKit.field(kit.t("company.claim.team"), team, null, null),
                FormKit.field(kit.t("company.claim.person"), person, null, null),
                FormKit.field(kit.t("company.claim.days"), days, null, null));
        form.getChildren().forEach(n -> HBox.setHgrow(n, Priority.ALWAYS));
        HBox buttons = new HBox(8, claim, release);
        buttons.setAlignment(Pos.CENTER_LEFT);

        TableView<Claim> history = new TableView<>();
        history.setId("claim-history");
        history.setItems(records.claimHistory);
        history.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        history.getColumns().add(column(kit.t("company.claim.holder"), 170, Claim::holder));
        history.getColumns().add(column(kit.t("company.claim.from"), 90, c -> String.valueOf(c.claimedOn())));
        history.getColumns().add(column(kit.t("company.claim.until"), 90, c -> String.valueOf(c.expiresOn())));
        history.getColumns().add(column(kit.t("company.claim.ended"), 120, c -> c.releasedAt() == null ? ""
                : CompanyTexts.DATE.format(c.releasedAt().atZoneSameInstant(OfficeZone.ZONE))
                + " " + kit.messages().label(c.releaseReason())));
        history.setPlaceholder(new Label(kit.t("company.claim.noHistory")));
        VBox.setVgrow(history, Priority.ALWAYS);
        Label historyTitle = new Label(kit.t("company.claim.history"));
        historyTitle.getStyleClass().add("company-section-title");
        Label hint = new Label(kit.t("company.claim.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        root.getChildren().addAll(status, hint, form, buttons, historyTitle, history);
    }

    void setChoices(CompanyChoices choices) {
        FormKit.setChoices(team, choices.teams());
        FormKit.setChoices(person, choices.people());
    }

    Node root() {
        return root;
    }

    private static TableColumn<Claim, String> column(String title, double width, Function<Claim, String> value) {
        TableColumn<Claim, String> col = new TableColumn<>(title);
        col.setPrefWidth(width);
        col.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        return col;
    }
}
