package cn.zhaoshang.desk.exchange.file;

import cn.zhaoshang.desk.exchange.ContactListRow;
import cn.zhaoshang.desk.exchange.ExportColumn;
import cn.zhaoshang.desk.exchange.ExportFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes a contact list row by row to a stream, in one of the export formats. Spreadsheet formats
 * get the chosen columns under localised headers, with formula-like cells neutralised.
 */
public interface ContactListWriter extends AutoCloseable {
    /** Texts a writer needs: the column headers, 是/否 for flags, the sheet's name and its printed footer. */
    record Labels(List<String> headers, String yes, String no, String sheetName, String pageFooter) { }

    void write(ContactListRow row) throws IOException;

    /** Finishes the file (the stream stays the caller's to close). */
    @Override
    void close() throws IOException;

    static ContactListWriter open(ExportFormat format, OutputStream out, List<ExportColumn> columns, Labels labels)
            throws IOException {
        return switch (format) {
            case XLSX -> new XlsxContactWriter(out, columns, labels);
            case CSV -> new CsvContactWriter(out, columns, labels);
            case VCF -> new VcardWriter(out);
        };
    }
}
