package cn.zhaoshang.desk.talent;

import java.util.UUID;

/** A district unit (区工信局, 西流湖街道 …) as pickers show it. */
public record UnitRef(UUID id, String name) {
}
