package cn.zhaoshang.desk.dashboard.ui;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.scene.Node;

/** A card another feature adds below the dashboard's own (field work: requests, receptions, events). */
public interface DashboardExtra {
    /** Reads the figures of [from, to] for one team (null: all) in the background; the result builds the card on the FX thread. */
    Supplier<Node> load(LocalDate from, LocalDate to, UUID teamId);
}
