package cn.zhaoshang.desk.talent;

import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.i18n.Messages;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The inventory as CSV for Excel (UTF-8 with a BOM, headers in the user's language), personal data
 * masked. A failed write leaves no half file behind.
 */
final class TalentCsv {
    private final Messages messages;

    TalentCsv(Messages messages) {
        this.messages = messages;
    }

    void write(List<Talent> rows, Path file) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            out.write('\uFEFF');
            csv.printRecord(header("name"), header("company"), header("unit"), header("field"), header("level"),
                    header("title"), header("honours"), header("arrivedOn"), header("mobile"), header("email"));
            for (Talent t : rows) {
                csv.printRecord(t.name(), t.companyName(), t.unitName(), t.field(),
                        t.level() == null ? null : messages.label(t.level()), t.title(), t.honours(), t.arrivedOn(),
                        PersonalData.maskPhone(t.mobile()), PersonalData.maskEmail(t.email()));
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // The message below names the file; a leftover is the lesser problem.
            }
            throw new DeskException(e, "talent.error.export", file);
        }
    }

    private String header(String field) {
        return messages.get("talent.column." + field);
    }
}
