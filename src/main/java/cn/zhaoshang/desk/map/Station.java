package cn.zhaoshang.desk.map;

/** A resident team's station (驻地) on the map: where its base city is drawn. */
public record Station(String teamName, String baseCity, String regionCode, double lon, double lat) {
}
