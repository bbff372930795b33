package cn.zhaoshang.desk.map;

import cn.zhaoshang.desk.app.Services;

/** The map's fixture for tests in other packages (the screen's). */
public final class MapTestData {
    private MapTestData() {
    }

    public static void fill(Services services) {
        new MapFixture(services);
    }
}
