package cn.zhaoshang.desk.talent.ui;

import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.talent.TalentService;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/** The talent area (人才台账): the inventory of people, and the targets per year and unit. */
public final class TalentView {
    private final TabPane root = new TabPane();

    public TalentView(UiKit kit, TalentService service) {
        root.setId("talent-view");
        root.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab inventory = new Tab(kit.t("talent.tab.inventory"), new TalentInventoryView(kit, service).root());
        inventory.setId("talent-tab-inventory");
        Tab targets = new Tab(kit.t("talent.tab.targets"));
        targets.setId("talent-tab-targets");
        // Targets count arrivals at the time they are shown: rebuilt on each visit so an edit in the
        // inventory shows at once.
        root.getSelectionModel().selectedItemProperty().addListener((o, a, tab) -> {
            if (tab == targets) {
                targets.setContent(new TalentTargetView(kit, service).root());
            }
        });
        root.getTabs().addAll(inventory, targets);
    }

    public Node root() {
        return root;
    }
}
