package cn.zhaoshang.desk.talent;

import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.text.ListFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The inventory for Excel (.csv as UTF-8 with a BOM, or .xlsx by the file's name), headers in the user's
 * language, personal data masked. Written by the one list-file path every export uses: into a temporary
 * file moved into place (a failed write leaves no half file) and cells that look like formulas as text.
 */
final class TalentCsv {
    private static final List<String> COLUMNS = List.of("name", "company", "unit", "field", "level", "title",
            "honours", "arrivedOn", "mobile", "email");

    private TalentCsv() {
    }

    static void write(List<Talent> rows, Path file, Messages messages) {
        List<String> headers = COLUMNS.stream().map(c -> messages.get("talent.column." + c)).toList();
        try {
            ListFile.write(file, messages.get("talent.sheet"), headers, sink -> rows.forEach(t -> sink.accept(
                    Arrays.asList(t.name(), t.companyName(), t.unitName(), t.field(),
                            t.level() == null ? null : messages.label(t.level()), t.title(), t.honours(),
                            Objects.toString(t.arrivedOn(), null),
                            PersonalData.maskPhone(t.mobile()), PersonalData.maskEmail(t.email())))));
        } catch (IOException e) {
            throw new DeskException(e, "talent.error.export", file);
        }
    }
}
