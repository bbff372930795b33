package cn.zhaoshang.desk.company.ui;

import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.text.Money;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.company.Company;
import cn.zhaoshang.desk.company.CompanyService;
import cn.zhaoshang.desk.company.RegistryFacts;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * What the company register says of the shown company (登记状态, 企业类型, 参保人数, 实缴资本, a capital in
 * another currency, the company's own phones and e-mail, 经营范围), read-only above the form: these
 * come from registry exports and a newer export refreshes them. Hidden when there is nothing.
 */
final class RegistryFactsPane {
    private final UiKit kit;
    private final CompanyService service;
    private final GridPane grid = new GridPane();
    private final VBox root;

    RegistryFactsPane(UiKit kit, CompanyService service, CompanyFormViewModel form) {
        this.kit = kit;
        this.service = service;
        Label title = new Label(kit.t("company.registry.title"));
        title.getStyleClass().add("text-bold");
        Label hint = new Label(kit.t("company.registry.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        grid.setHgap(12);
        grid.setVgap(6);
        root = new VBox(6, title, hint, grid);
        root.setId("company-registry");
        root.setPadding(new Insets(12, 16, 0, 16));
        show(RegistryFacts.NONE);
        form.companyProperty().addListener((obs, old, company) -> load(company));
    }

    Node root() {
        return root;
    }

    private void load(Company company) {
        if (company == null) {
            show(RegistryFacts.NONE);
            return;
        }
        kit.tasks().run(kit.t("company.registry.loading"), p -> service.registryFacts(company.id()), this::show,
                failure -> show(RegistryFacts.NONE));
    }

    private void show(RegistryFacts facts) {
        grid.getChildren().clear();
        root.setVisible(!facts.isEmpty());
        root.setManaged(!facts.isEmpty());
        Messages m = kit.messages();
        int row = 0;
        row = line(row, "company.registry.status", facts.status() == null ? null : m.label(facts.status()));
        row = line(row, "company.registry.type", facts.companyType());
        row = line(row, "company.registry.insured", facts.insuredCount() == null ? null : String.valueOf(facts.insuredCount()));
        row = line(row, "company.registry.capital", facts.capital() == null ? null : Money.format(facts.capital(), m));
        row = line(row, "company.registry.paidIn", facts.paidInCapital() == null ? null : Money.format(facts.paidInCapital(), m));
        row = line(row, "company.registry.phones", facts.phones());
        row = line(row, "company.registry.emails", facts.emails());
        line(row, "company.registry.scope", facts.businessScope());
    }

    private int line(int row, String key, String value) {
        if (value == null || value.isBlank()) {
            return row;
        }
        Label label = new Label(kit.t(key));
        label.getStyleClass().add("text-muted");
        label.setMinWidth(72);
        Label text = new Label(value);
        text.setWrapText(true);
        text.setId("company-registry-" + key.substring(key.lastIndexOf('.') + 1));
        grid.addRow(row, label, text);
        return row + 1;
    }
}
