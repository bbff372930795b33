package cn.zhaoshang.desk.app.cli;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.exchange.ColumnMapping;
import cn.zhaoshang.desk.exchange.DuplicatePolicy;
import cn.zhaoshang.desk.exchange.ImportEntity;
import cn.zhaoshang.desk.exchange.ImportRequest;
import cn.zhaoshang.desk.exchange.ImportSummary;
import cn.zhaoshang.desk.exchange.UndoSummary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `import companies|contacts|projects|visits FILE`: one transaction; rejected rows to FILE.rejected.csv;
 * exit 0 when the file was processed (even with rejected rows), 1 with a localised message when it
 * could not be (then nothing was written). `import undo IMPORT_ID` takes an import back.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import companies, contacts, projects or visits from .csv/.xlsx; prints "
                + "'imported N, updated N, skipped N, rejected N'. 'import undo ID' takes an import back.")
public final class ImportCommand extends CommandContext {
    @Parameters(index = "0", paramLabel = "WHAT", description = "companies, contacts, projects, visits (or undo)")
    String what;

    @Parameters(index = "1", paramLabel = "FILE", description = "The .csv or .xlsx file (for undo: the import id).")
    String file;

    @Option(names = "--mapping", paramLabel = "FILE|NAME",
            description = "Column mapping: a JSON file {\"columns\": {\"header\": \"FIELD\"}} or a mapping saved in the app.")
    String mapping;

    @Option(names = "--on-duplicate", paramLabel = "skip|update|keep", defaultValue = "skip",
            description = "What a row does when the record exists (default ${DEFAULT-VALUE}).")
    String onDuplicate;

    @Override
    protected Integer run(Services services, PrintWriter out) {
        var messages = services.messages();
        if (what.equalsIgnoreCase("undo")) {
            UndoSummary undone = services.imports().undo(parseId(file), new ConsoleProgress(spec.commandLine().getErr(), messages));
            out.println(messages.get("exchange.cli.undone", undone.removed(), undone.restored(), undone.keptChangedSince()));
            return 0;
        }
        ImportEntity entity = ImportEntity.ofCliName(what);
        DuplicatePolicy policy = DuplicatePolicy.parse(onDuplicate);
        Path path = Path.of(file).toAbsolutePath();
        ColumnMapping columns = mapping == null ? null : services.imports().loadMapping(mapping, entity, path);
        ImportSummary summary = services.imports().run(new ImportRequest(path, entity, columns, policy, messages),
                new ConsoleProgress(spec.commandLine().getErr(), messages));
        out.println(summary.countsLine());
        if (summary.rejectedFile() != null) {
            out.println(messages.get("exchange.cli.rejectedFile", summary.rejectedFile()));
        }
        out.println(messages.get("exchange.cli.undoHint", summary.importId()));
        return 0;
    }

    private static UUID parseId(String text) {
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new cn.zhaoshang.desk.common.i18n.DeskException("exchange.error.noSuchImport", text);
        }
    }
}
