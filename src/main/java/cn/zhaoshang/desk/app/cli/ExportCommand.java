package cn.zhaoshang.desk.app.cli;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.exchange.ContactFilter;
import cn.zhaoshang.desk.exchange.ExportColumn;
import cn.zhaoshang.desk.exchange.ExportFormat;
import cn.zhaoshang.desk.exchange.ExportRequest;
import cn.zhaoshang.desk.exchange.ExportResult;
import java.io.PrintWriter;
import cn.zhaoshang.desk.common.office.OutputFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `export contacts FILE [--format xlsx|csv|vcf] [--mask] [--filter EXPR]`: a contact list, logged. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the contact list (通讯录) of filtered companies to .xlsx, .csv or vCard; every export is logged.")
public final class ExportCommand extends CommandContext {
    @Parameters(index = "0", paramLabel = "WHAT", description = "contacts")
    String what;

    @Parameters(index = "1", paramLabel = "FILE", description = "Where to write.")
    Path file;

    @Option(names = "--format", paramLabel = "xlsx|csv|vcf", description = "File type (default: from the file name, else xlsx).")
    String format;

    @Option(names = "--mask", description = "Mask phone numbers, e-mail and WeChat (138****5678, z***@x.cn).")
    boolean mask;

    @Option(names = "--filter", paramLabel = "EXPR",
            description = "Which companies, e.g. \"industry=65,division=4101,status=FOLLOWING,team=…,tag=…,name=…,stage=SIGNED\".")
    String filter;

    @Option(names = "--columns", paramLabel = "COLS", split = ",",
            description = "Columns in order: company, uscc, name, title, mobile, phone, email, wechat, primary (default all).")
    List<String> columns;

    @Override
    protected Integer run(Services services, PrintWriter out) {
        if (!what.equalsIgnoreCase("contacts")) {
            throw new DeskException("exchange.error.unknownExport", what);
        }
        ExportFormat type = format == null ? ExportFormat.ofFile(file) : ExportFormat.parse(format);
        OutputFile.requireExtension(file, type.extension());
        List<ExportColumn> chosen = new ArrayList<>();
        if (columns != null) {
            for (String c : columns) {
                try {
                    chosen.add(ExportColumn.valueOf(c.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new DeskException("exchange.error.unknownColumn", c);
                }
            }
        }
        ExportResult result = services.exports().exportContacts(new ExportRequest(file.toAbsolutePath(), type,
                ContactFilter.parse(filter), chosen, mask, services.messages()),
                new ConsoleProgress(spec.commandLine().getErr(), services.messages()));
        out.println(services.messages().get("exchange.cli.exported", result.rows(), result.file()));
        return 0;
    }
}
