package cn.zhaoshang.desk.reference;

import cn.zhaoshang.desk.common.i18n.DeskException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads the CSV files of {@code seeds/} (packaged on the class path) as header-keyed rows. */
public final class SeedFiles {
    private SeedFiles() {
    }

    public static List<CSVRecord> read(String name) {
        String resource = "/seeds/" + name;
        try (InputStream in = SeedFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new DeskException("reference.error.missingSeed", name);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                 CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                         .setIgnoreEmptyLines(true).setTrim(true).get().parse(reader)) {
                return new ArrayList<>(parser.getRecords());
            }
        } catch (IOException e) {
            throw new DeskException(e, "reference.error.missingSeed", name);
        }
    }

    /** A column's value, or null when empty. */
    public static String value(CSVRecord row, String column) {
        if (!row.isMapped(column) || !row.isSet(column)) {
            return null;
        }
        String v = row.get(column);
        return v == null || v.isBlank() ? null : v;
    }
}
