package cn.zhaoshang.desk.bench;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.bench.db.BenchSql;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.exchange.ContactFilter;
import cn.zhaoshang.desk.exchange.ContactListRow;
import cn.zhaoshang.desk.exchange.ExportColumn;
import cn.zhaoshang.desk.exchange.ExportFormat;
import cn.zhaoshang.desk.exchange.ExportRequest;
import cn.zhaoshang.desk.exchange.db.ContactListRepository;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Export of about 100,000 contacts to .xlsx through the app's export service (query, masking
 * check, neutralising, headers, log and audit), against fastexcel alone writing the same rows
 * already in memory: the ratio is what the app adds on top of the bare writer.
 */
final class ExportBench {
    static final long TARGET_ROWS = 100_000;
    private final BenchReport report;
    private final Services services;
    private final Path folder;
    private final int warmups;
    private final int runs;

    ExportBench(BenchReport report, Services services, Path folder, int warmups, int runs) {
        this.report = report;
        this.services = services;
        this.folder = folder;
        this.warmups = warmups;
        this.runs = runs;
    }

    void run() throws Exception {
        ContactFilter filter = filterForAbout(TARGET_ROWS);
        Messages messages = services.messages();
        Path appFile = folder.resolve("contacts-app.xlsx");
        ExportRequest request = new ExportRequest(appFile, ExportFormat.XLSX, filter, List.of(ExportColumn.values()),
                false, messages);
        long[] rows = {0};
        double app = Timing.median(warmups, runs, () -> rows[0] = services.exports().exportContacts(request, Progress.NONE).rows());
        report.data("contacts exported", rows[0]);
        report.add("export.app", "Export contacts to .xlsx (app)", app, "ms", runs, null,
                rows[0] + " rows, filter " + filter.toText());

        List<ContactListRow> inMemory = new ArrayList<>();
        new ContactListRepository(services.database()).forEach(filter, services.companyAccess().scope(), inMemory::add);
        List<String> headers = List.of(ExportColumn.values()).stream().map(messages::label).toList();
        Path bareFile = folder.resolve("contacts-bare.xlsx");
        double bare = Timing.median(warmups, runs, () -> {
            writeBare(bareFile, headers, inMemory);
            return null;
        });
        report.add("export.bareWriter", "Export reference: fastexcel alone, same rows in memory", bare, "ms", runs, null);
        report.ratio("export.vsBareWriter", "Export: app / bare fastexcel", "export.app", "export.bareWriter", 1.3);
        Files.deleteIfExists(appFile);
        Files.deleteIfExists(bareFile);
    }

    /** The whole district's contacts when they are few; else regions adding up to about {@code target}. */
    private ContactFilter filterForAbout(long target) {
        Map<String, Long> byDivision = new BenchSql(services.database()).contactsByDivision();
        long total = byDivision.values().stream().mapToLong(Long::longValue).sum();
        if (total <= target * 3 / 2) {
            return ContactFilter.ALL;
        }
        List<String> picked = new ArrayList<>();
        long sum = 0;
        for (Map.Entry<String, Long> e : byDivision.entrySet()) {
            // Largest first; take a region when it brings the sum closer to the target.
            if (Math.abs(target - (sum + e.getValue())) < Math.abs(target - sum)) {
                picked.add(e.getKey());
                sum += e.getValue();
            }
        }
        return new ContactFilter(List.of(), picked, List.of(), List.of(), List.of(), null);
    }

    private static void writeBare(Path file, List<String> headers, List<ContactListRow> rows) {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "bench", "1.0");
            Worksheet sheet = workbook.newWorksheet("contacts");
            for (int c = 0; c < headers.size(); c++) {
                sheet.value(0, c, headers.get(c));
            }
            ExportColumn[] columns = ExportColumn.values();
            int r = 1;
            for (ContactListRow row : rows) {
                for (int c = 0; c < columns.length; c++) {
                    String value = row.value(columns[c], "是", "否");
                    if (value != null) {
                        sheet.value(r, c, value);
                    }
                }
                if (++r % 2_000 == 0) {
                    sheet.flush();
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
