package cn.zhaoshang.desk.team;

import java.util.UUID;

/** A person and their home unit, for pickers. */
public record PersonRef(UUID id, String name, String unitName) {
}
