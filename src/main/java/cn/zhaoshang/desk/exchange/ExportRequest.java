package cn.zhaoshang.desk.exchange;

import cn.zhaoshang.desk.common.i18n.Messages;
import java.nio.file.Path;
import java.util.List;

/**
 * One contact-list export.
 *
 * @param file     where to write (replaced if it exists)
 * @param format   xlsx, csv or vcf
 * @param filter   which companies' contacts
 * @param columns  which columns, in order (spreadsheet formats)
 * @param mask     mask phone numbers, e-mail and WeChat
 * @param messages language of the column headers
 */
public record ExportRequest(Path file, ExportFormat format, ContactFilter filter, List<ExportColumn> columns,
                            boolean mask, Messages messages) {
    public ExportRequest {
        columns = columns == null || columns.isEmpty() ? List.of(ExportColumn.values()) : List.copyOf(columns);
    }
}
