package cn.zhaoshang.desk.app.cli;

import cn.zhaoshang.desk.app.Services;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * `demo-places`: demo carrier occupancy, a policy library with promises for signed projects, and a
 * talent inventory with targets. Run after `demo-data` (it uses its companies and projects); parts
 * that already hold data are left alone.
 */
@Command(name = "demo-places", mixinStandardHelpOptions = true,
        description = "Add demo occupancy history, policies with promises, and talent ledgers (after demo-data).")
public final class PlacesDemoCommand extends CommandContext {
    @Option(names = "--talent", paramLabel = "N", defaultValue = "160", description = "People in the talent inventory (default ${DEFAULT-VALUE}).")
    int people;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "20261126", description = "Random seed, for reproducible data.")
    long seed;

    @Override
    protected Integer run(Services services, PrintWriter out) {
        int[] counts = services.demoPlaces(seed, people);
        out.printf("%-20s %,d%n", "carrier_occupancy", counts[0]);
        out.printf("%-20s %,d%n", "policy", counts[1]);
        out.printf("%-20s %,d%n", "project_incentive", counts[2]);
        out.printf("%-20s %,d%n", "talent", counts[3]);
        return 0;
    }
}
