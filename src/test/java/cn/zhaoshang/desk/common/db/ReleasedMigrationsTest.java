package cn.zhaoshang.desk.common.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A migration that has reached users is never edited: Flyway refuses to open a database whose applied
 * migration no longer matches its file (an edited V30 once broke the upgrade of the .deb). New migrations
 * get a new number; this list records the released ones (add a line when a migration ships).
 */
class ReleasedMigrationsTest {
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    @Test
    void everyReleasedMigrationIsUnchangedAndStillThere() throws Exception {
        List<String> released = Files.readAllLines(Path.of("src/test/resources/db/released-migrations.sha256"));
        assertThat(released).isNotEmpty();
        for (String line : released) {
            String expected = line.substring(0, 64);
            String file = line.substring(66);
            Path path = MIGRATIONS.resolve(file);
            assertThat(path).as(file + " was released and must stay").exists();
            assertThat(sha256(path)).as(file + " was released: add a new migration instead of editing it").isEqualTo(expected);
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
