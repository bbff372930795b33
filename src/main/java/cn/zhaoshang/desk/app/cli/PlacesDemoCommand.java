package cn.zhaoshang.desk.app.cli;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.carrier.CarrierDemo;
import cn.zhaoshang.desk.policy.PolicyDemo;
import cn.zhaoshang.desk.talent.TalentDemo;
import java.io.PrintWriter;
import java.time.LocalDate;
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
        int occupancy = new CarrierDemo(services.carriers()).fill(seed, LocalDate.now(services.clock()));
        int[] policies = new PolicyDemo(services.policies(), services.incentives()).fill(seed);
        int talent = new TalentDemo(services.talent()).fill(seed, people);
        out.printf("%-20s %,d%n", "carrier_occupancy", occupancy);
        out.printf("%-20s %,d%n", "policy", policies[0]);
        out.printf("%-20s %,d%n", "project_incentive", policies[1]);
        out.printf("%-20s %,d%n", "talent", talent);
        return 0;
    }
}
