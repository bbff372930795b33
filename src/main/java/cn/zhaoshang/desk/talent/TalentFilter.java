package cn.zhaoshang.desk.talent;

import java.util.UUID;

/**
 * Which people the inventory shows: text in name, company, field, title or honours; a unit; a level;
 * the year of arrival. Null parts do not filter.
 */
public record TalentFilter(String text, UUID unitId, TalentLevel level, Integer arrivalYear) {
    public static final TalentFilter ALL = new TalentFilter(null, null, null, null);
}
