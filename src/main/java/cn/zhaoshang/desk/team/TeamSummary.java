package cn.zhaoshang.desk.team;

import java.util.UUID;

/** A resident team (驻地招商小分队) with its base and the number of people on it today. */
public record TeamSummary(UUID id, String name, String baseCity, String region, int currentMembers) {
}
