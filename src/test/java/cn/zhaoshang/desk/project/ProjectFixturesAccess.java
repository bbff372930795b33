package cn.zhaoshang.desk.project;

/** Lets tests in sub-packages use the fixtures' helpers. */
public final class ProjectFixturesAccess {
    private ProjectFixturesAccess() {
    }

    public static String uscc(int n) {
        return ProjectFixtures.uscc(n);
    }

    public static java.util.UUID company(cn.zhaoshang.desk.app.Services services, String name, String uscc) {
        return ProjectFixtures.company(services, name, uscc);
    }
}
