package cn.zhaoshang.desk.app.cli;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.exchange.ColumnMapping;
import cn.zhaoshang.desk.exchange.DuplicatePolicy;
import cn.zhaoshang.desk.exchange.ImportEntity;
import cn.zhaoshang.desk.exchange.ImportField;
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
 * `import companies|contacts|projects|visits FILE`: one transaction; rejected rows to FILE.rejected.csv,
 * rows imported with values left out to FILE.warnings.csv; exit 0 when the file was processed (even
 * with rejected rows), 1 with a localised message when it could not be (then nothing was written).
 * `--dry-run` shows the mapping, the counts and the first reasons and writes nothing.
 * `import undo IMPORT_ID` takes an import back.
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

    @Option(names = "--dry-run",
            description = "Show the mapping (column -> field, unit), the counts and the first reasons; write nothing.")
    boolean dryRun;

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
        ColumnMapping columns = mapping == null ? services.imports().guessMapping(path, entity)
                : services.imports().loadMapping(mapping, entity, path);
        ImportSummary summary = services.imports().run(new ImportRequest(path, entity, columns, policy, messages, dryRun),
                new ConsoleProgress(spec.commandLine().getErr(), messages));
        out.println(summary.countsLine());
        if (dryRun) {
            printMapping(columns, messages, out);
            summary.firstReasons().forEach(reason -> out.println("  " + reason));
            out.println(messages.get("exchange.cli.dryRun"));
            return 0;
        }
        if (!summary.changes().isEmpty()) {
            out.println(messages.get("exchange.cli.changes", String.join(messages.get("exchange.reason.separator"),
                    summary.changes().entrySet().stream().map(e -> messages.get("exchange.cli.fieldCount",
                            messages.label(e.getKey()), e.getValue())).toList())));
        }
        if (summary.rejectedFile() != null) {
            out.println(messages.get("exchange.cli.rejectedFile", summary.rejectedFile()));
        }
        if (summary.warningsFile() != null) {
            out.println(messages.get("exchange.cli.warningsFile", summary.warned(), summary.warningsFile()));
        }
        out.println(messages.get("exchange.cli.undoHint", summary.importId()));
        return 0;
    }

    /** Each column and what it would become: "注册资本(元) → 注册资本（元）", or "（不导入）". */
    private static void printMapping(ColumnMapping columns, Messages messages, PrintWriter out) {
        out.println(messages.get("exchange.cli.mapping"));
        for (int i = 0; i < columns.headers().size(); i++) {
            ImportField field = columns.fieldAt(i);
            String header = columns.headers().get(i);
            if (header.isBlank() && field == null) {
                continue;
            }
            String target = field == null ? messages.get("exchange.wizard.skipColumn")
                    : field.kind() == ImportField.Kind.AMOUNT ? messages.get("exchange.mapping.withUnit",
                    messages.label(field), messages.get("exchange.unit." + columns.unitOf(i).name())) : messages.label(field);
            out.println("  " + messages.get("exchange.cli.mappingLine", header.isBlank() ? "—" : header, target));
        }
    }

    private static UUID parseId(String text) {
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new DeskException("exchange.error.noSuchImport", text);
        }
    }
}
