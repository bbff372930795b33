package cn.zhaoshang.desk.policy.ui;

import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.policy.IncentiveService;
import cn.zhaoshang.desk.policy.PolicyService;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/** The policy area: the policy library, and promised vs delivered per project (一企一策). */
public final class PolicyView {
    private final TabPane root = new TabPane();

    public PolicyView(UiKit kit, PolicyService policies, IncentiveService incentives) {
        root.setId("policy-view");
        root.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab library = new Tab(kit.t("policy.tab.library"), new PolicyLibraryView(kit, policies, incentives).root());
        library.setId("policy-tab-library");
        Tab promises = new Tab(kit.t("policy.tab.incentives"));
        promises.setId("policy-tab-incentives");
        // Built on first visit: the library is what most visits are for.
        root.getSelectionModel().selectedItemProperty().addListener((o, a, tab) -> {
            if (tab == promises && promises.getContent() == null) {
                promises.setContent(new IncentiveView(kit, policies, incentives).root());
            }
        });
        root.getTabs().addAll(library, promises);
    }

    public Node root() {
        return root;
    }
}
