package cn.zhaoshang.desk.task;

import java.util.Map;
import java.util.UUID;

/**
 * The overdue tasks and requests escalated to the person signed in (督办升级, another feature's), for the
 * reminders to tell beside their own due and overdue tasks.
 */
@FunctionalInterface
public interface EscalatedToMe {
    EscalatedToMe NONE = Map::of;

    /** Each escalated item still open and overdue: its id and its title. */
    Map<UUID, String> items();
}
