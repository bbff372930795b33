package cn.zhaoshang.desk.map;

import java.util.List;

/**
 * One area of the map: a province-level division (level 1), a prefecture-level one (level 2, or a county-level
 * city directly under a province such as 济源), or the South China Sea inset (level 0, drawn, never counted).
 * {@code rings} are closed outlines as flat [lon, lat, lon, lat, …] arrays in degrees; drawn together with the
 * even-odd rule, so a ring inside another is a hole (Beijing and Tianjin inside Hebei).
 */
public record Region(String code, int level, String name, double labelLon, double labelLat, List<double[]> rings) {
    public static final int INSET = 0;
    public static final int PROVINCE = 1;
    public static final int PREFECTURE = 2;

    /** The province-level code this region lies in (110000 for Beijing's own prefecture-level entry). */
    public String provinceCode() {
        return code.substring(0, 2) + "0000";
    }
}
