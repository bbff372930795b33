package cn.zhaoshang.desk.common.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The office's zone is written once, in {@link OfficeZone}: no other main source names a zone, makes one
 * from an offset, or takes the machine's zone (a laptop set to another zone would shift every "today").
 */
class OfficeZoneTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path HOME = SOURCES.resolve("cn/zhaoshang/desk/common/time/OfficeZone.java");
    private static final List<String> ZONE_MAKERS = List.of("\"Asia/Shanghai\"", "ZoneId.of(", "ZoneOffset.of",
            "ZoneId.systemDefault(", "LocalDate.now()", "LocalDateTime.now()");

    @Test
    void onlyOfficeZoneNamesTheZone() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && !f.equals(HOME)).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    String place = SOURCES.relativize(file) + ":" + (i + 1) + " ";
                    ZONE_MAKERS.stream().filter(line::contains).forEach(maker -> found.add(place + maker));
                }
            }
        }
        assertThat(found).as("zones made outside OfficeZone: use OfficeZone.ZONE").isEmpty();
    }
}
