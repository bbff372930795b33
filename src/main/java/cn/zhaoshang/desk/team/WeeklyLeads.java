package cn.zhaoshang.desk.team;

import java.util.UUID;

/**
 * One team member's qualified leads this week (Monday to Sunday, Beijing time): new companies they own
 * with the four fields the office requires (decision 0126). The rhythm asks for at least one.
 */
public record WeeklyLeads(UUID personId, String personName, int qualified) {
    /** The weekly rule: one qualified lead per person. */
    public static final int REQUIRED = 1;

    public boolean met() {
        return qualified >= REQUIRED;
    }
}
