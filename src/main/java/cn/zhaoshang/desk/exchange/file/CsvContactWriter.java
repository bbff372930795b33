package cn.zhaoshang.desk.exchange.file;

import cn.zhaoshang.desk.exchange.ContactListRow;
import cn.zhaoshang.desk.exchange.ExportColumn;
import cn.zhaoshang.desk.exchange.Masking;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** A contact list as CSV: UTF-8 with a byte-order mark so that Excel opens the Chinese correctly. */
final class CsvContactWriter implements ContactListWriter {
    private final CSVPrinter printer;
    private final List<ExportColumn> columns;
    private final Labels labels;
    private final List<String> values;

    CsvContactWriter(OutputStream out, List<ExportColumn> columns, Labels labels) throws IOException {
        this.columns = columns;
        this.labels = labels;
        this.values = new ArrayList<>(columns.size());
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        writer.write('\uFEFF');
        this.printer = new CSVPrinter(writer, CSVFormat.EXCEL);
        printer.printRecord(labels.headers());
    }

    @Override
    public void write(ContactListRow contact) throws IOException {
        values.clear();
        for (ExportColumn column : columns) {
            values.add(Masking.neutralise(contact.value(column, labels.yes(), labels.no())));
        }
        printer.printRecord(values);
    }

    @Override
    public void close() throws IOException {
        printer.flush();
    }
}
