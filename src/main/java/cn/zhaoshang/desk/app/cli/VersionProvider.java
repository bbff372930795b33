package cn.zhaoshang.desk.app.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest (the pom's version). */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"Zhaoshang Desk " + version()};
    }

    public static String version() {
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
