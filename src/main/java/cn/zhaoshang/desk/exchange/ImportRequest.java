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
 * @param messages language of the rejection reasons written to the rejected-rows file
 */
public record ImportRequest(Path file, ImportEntity entity, ColumnMapping mapping, DuplicatePolicy policy,
                            Messages messages) {
}
