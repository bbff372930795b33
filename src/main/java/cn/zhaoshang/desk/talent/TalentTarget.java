package cn.zhaoshang.desk.talent;

import java.util.UUID;

/**
 * How many people of a level a unit is to bring in a year (人才目标台账).
 *
 * @param level null: people of any level count
 */
public record TalentTarget(UUID id, int version, int year, UUID unitId, String unitName, TalentLevel level,
                           int targetCount) {
}
