package cn.zhaoshang.desk.exchange;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What an import did (or, for a dry run, would do; nothing was written then and the id is not kept).
 *
 * @param merged       rows that were a second row of a company earlier in the same file: merged into it
 * @param skipped      duplicates left alone, and totals and notes rows (合计, 注：…)
 * @param warned       rows imported with some values left out (said in {@code warningsFile})
 * @param rejectedFile the rejected rows with their reasons, null when none (or a dry run)
 * @param warningsFile the imported rows with what was left out of each, null when none (or a dry run)
 * @param changes      per field, how many stored records an update changed
 * @param firstReasons the first reasons, rejections before warnings, for a preview
 */
public record ImportSummary(UUID importId, ImportEntity entity, long imported, long updated, long merged, long skipped,
                            long rejected, long warned, Path rejectedFile, Path warningsFile, String source,
                            Map<ImportField, Long> changes, List<String> firstReasons, boolean dryRun) {
    public ImportSummary {
        changes = Map.copyOf(changes);
        firstReasons = List.copyOf(firstReasons);
    }

    /**
     * The line the command line prints: {@code imported N, updated N, skipped N, rejected N}, with
     * {@code merged N} and {@code warnings N} after it when there are any.
     */
    public String countsLine() {
        return "imported " + imported + ", updated " + updated + ", skipped " + skipped + ", rejected " + rejected
                + (merged > 0 ? ", merged " + merged : "") + (warned > 0 ? ", warnings " + warned : "");
    }
}
