package cn.zhaoshang.desk.policy;

import java.util.UUID;

/** A project as pickers show it; a confidential project shows its code name and no company. */
public record ProjectRef(UUID id, String name, String companyName, String stage) {
}
