package cn.zhaoshang.desk.company.ui;

import cn.zhaoshang.desk.common.ui.RecordLinks;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.company.CompanyLinks;
import java.util.List;
import java.util.UUID;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The company's 项目与任务 tab: its projects and tasks, each a link that opens the record in its own area,
 * and the place where its requests (企业诉求) will be listed once they are recorded.
 */
final class CompanyLinksPane {
    private final UiKit kit;
    private final CompanyLinks.Source source;
    private final VBox box = new VBox(10);
    private final ScrollPane root = new ScrollPane(box);
    private UUID shown;

    CompanyLinksPane(UiKit kit, CompanyLinks.Source source) {
        this.kit = kit;
        this.source = source;
        box.setId("company-links");
        box.setPadding(new Insets(12));
        root.setFitToWidth(true);
    }

    Node root() {
        return root;
    }

    /** Reads the company's links in the background and shows them. */
    void show(UUID companyId) {
        shown = companyId;
        if (companyId == null) {
            box.getChildren().clear();
            return;
        }
        kit.tasks().run(kit.t("company.tab.links"), p -> source.of(companyId), links -> {
            if (companyId.equals(shown)) {
                render(links);
            }
        }, kit.dialogs()::showError);
    }

    private void render(CompanyLinks links) {
        box.getChildren().setAll(
                section("company-links-projects", kit.t("company.links.projects", links.projects().size()),
                        links.projects(), RecordLinks.Kind.PROJECT),
                section("company-links-tasks", kit.t("company.links.tasks", links.tasks().size()), links.tasks(),
                        RecordLinks.Kind.TASK),
                requests());
    }

    private VBox section(String id, String title, List<CompanyLinks.Line> lines, RecordLinks.Kind kind) {
        Label heading = new Label(title);
        heading.getStyleClass().add("title-4");
        VBox section = new VBox(2, heading);
        section.setId(id);
        if (lines.isEmpty()) {
            Label none = new Label(kit.t("company.links.none"));
            none.getStyleClass().add("text-muted");
            section.getChildren().add(none);
        }
        for (CompanyLinks.Line line : lines) {
            Node link = kit.links().link(line.title(), kind, line.id());
            link.setId(id + "-" + line.id());
            Label detail = new Label(line.detail());
            detail.getStyleClass().add("text-muted");
            detail.setMinWidth(0);
            HBox row = new HBox(8, link, detail);
            row.setAlignment(Pos.BASELINE_LEFT);
            section.getChildren().add(row);
        }
        return section;
    }

    /** Requests (企业诉求) come with the field-work feature; until then the tab says where they will be. */
    private VBox requests() {
        Label heading = new Label(kit.t("company.links.requests"));
        heading.getStyleClass().add("title-4");
        Label none = new Label(kit.t("company.links.requestsNone"));
        none.getStyleClass().add("text-muted");
        none.setWrapText(true);
        VBox section = new VBox(2, heading, none);
        section.setId("company-links-requests");
        return section;
    }
}
