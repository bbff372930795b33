package cn.zhaoshang.desk.project;

import cn.zhaoshang.desk.app.Services;
import java.util.UUID;

/** Lets tests in sub-packages use the fixtures' helpers. */
public final class ProjectFixturesAccess {
    private ProjectFixturesAccess() {
    }

    public static String uscc(int n) {
        return ProjectFixtures.uscc(n);
    }

    public static UUID company(Services services, String name, String uscc) {
        return ProjectFixtures.company(services, name, uscc);
    }
}
