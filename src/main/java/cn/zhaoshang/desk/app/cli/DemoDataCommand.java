package cn.zhaoshang.desk.app.cli;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.demo.DemoCounts;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `demo-data`: fills the database with a believable generated dataset. */
@Command(name = "demo-data", mixinStandardHelpOptions = true,
        description = "Fill the database with generated demo data and print the counts.")
public final class DemoDataCommand extends CommandContext {
    @Option(names = "--companies", paramLabel = "N", defaultValue = "2000",
            description = "How many companies (default ${DEFAULT-VALUE}); projects, visits and tasks scale with it.")
    int companies;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "20261126", description = "Random seed, for reproducible data.")
    long seed;

    @Override
    protected Integer run(Services services, PrintWriter out) {
        if (companies < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--companies must be at least 1");
        }
        DemoCounts counts = services.demoData().generate(companies, seed, new ConsoleProgress(spec.commandLine().getErr(), services.messages()));
        counts.asMap().forEach((table, n) -> out.printf("%-20s %,d%n", table, n));
        return 0;
    }
}
