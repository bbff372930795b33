package cn.zhaoshang.desk.app.cli;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.search.SearchHit;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `search QUERY`: the companies that match, best first, as "USCC<TAB>name" lines. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Find companies by name (any part), pinyin, pinyin initials, credit-code prefix or contact name.",
                "Prints one match per line, best first: credit code, a tab, the name. Exits 0 also without matches."})
public final class SearchCommand extends CommandContext {
    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "What to look for, e.g. 华润, huarun, hrxny, 9144.")
    List<String> words;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N matches (default ${DEFAULT-VALUE}).")
    int limit;

    @Override
    protected Integer run(Services services, PrintWriter out) {
        if (limit < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1");
        }
        String query = String.join(" ", words);
        PrintWriter err = spec.commandLine().getErr();
        services.search().loadOrRebuild(new ConsoleProgress(err, services.messages()));
        List<SearchHit> hits = services.search().search(query, limit);
        for (SearchHit hit : hits) {
            out.println((hit.uscc() == null ? "" : hit.uscc()) + "\t" + hit.name());
        }
        if (hits.isEmpty()) {
            err.println(services.messages().get("search.cli.noMatches", query));
        }
        out.flush();
        err.flush();
        return 0;
    }
}
