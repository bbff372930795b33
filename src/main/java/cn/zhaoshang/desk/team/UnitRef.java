package cn.zhaoshang.desk.team;

import java.util.UUID;

/** A unit people are sent from (区工信局, 西流湖街道 …); kind DEPARTMENT, STREET, ZONE or OTHER. */
public record UnitRef(UUID id, String name, String kind) {
}
