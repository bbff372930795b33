package cn.zhaoshang.desk.exchange;

import cn.zhaoshang.desk.common.i18n.DeskException;
import java.nio.file.Path;
import java.util.Locale;

/** The file types a contact list is written as. */
public enum ExportFormat {
    XLSX("xlsx"), CSV("csv"), VCF("vcf");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    public static ExportFormat parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (f.extension.equals(t) || (f == VCF && t.equals("vcard"))) {
                return f;
            }
        }
        throw new DeskException("exchange.error.unknownExportFormat", text);
    }

    /** The format a file name asks for, or xlsx. */
    public static ExportFormat ofFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (name.endsWith("." + f.extension)) {
                return f;
            }
        }
        return XLSX;
    }
}
