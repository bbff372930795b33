package cn.zhaoshang.desk.exchange;

import cn.zhaoshang.desk.common.i18n.Messages;
import java.nio.file.Path;

/**
 * One import to run.
 *
 * @param file     the .csv or .xlsx file
 * @param entity   what its rows are
 * @param mapping  the column mapping, or null to guess it from the headers
 * @param policy   what a duplicate does
 * @param messages language of the reasons written to the rejected-rows and warnings files
 * @param dryRun   read and check everything, count what would happen, write nothing (no files either)
 */
public record ImportRequest(Path file, ImportEntity entity, ColumnMapping mapping, DuplicatePolicy policy,
                            Messages messages, boolean dryRun) {
    /** An import that writes. */
    public ImportRequest(Path file, ImportEntity entity, ColumnMapping mapping, DuplicatePolicy policy, Messages messages) {
        this(file, entity, mapping, policy, messages, false);
    }
}
