package cn.zhaoshang.desk.exchange;

import java.nio.file.Path;
import java.util.UUID;

/**
 * What an import did. {@code rejectedFile} is null when every row was taken.
 */
public record ImportSummary(UUID importId, ImportEntity entity, long imported, long updated, long skipped,
                            long rejected, Path rejectedFile, String source) {
    /** The line the command line prints: {@code imported N, updated N, skipped N, rejected N}. */
    public String countsLine() {
        return "imported " + imported + ", updated " + updated + ", skipped " + skipped + ", rejected " + rejected;
    }
}
