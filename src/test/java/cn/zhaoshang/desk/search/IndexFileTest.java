package cn.zhaoshang.desk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.demo.DemoNames;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The saved index file alone (decision 0096): what is read back answers exactly like what was
 * saved, segment, tail and removals included; a damaged, foreign or wrongly keyed file is refused,
 * and a sealed file shows no name in the clear.
 */
class IndexFileTest {
    private static final String KEY = "0123456789abcdef0123456789abcdef";
    private static List<CompanySearchEntry> library;
    private static final List<String> QUERIES = List.of("华润", "新能源", "huarun", "hrxny", "9144", "司马相如", "科技",
            "kj", "郑州", "sh", "有限公司", "润", "z", "长沙绿色", "changsha");

    @TempDir
    Path dir;

    @BeforeAll
    static void generate() {
        DemoNames names = new DemoNames();
        library = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            library.add(SearchIndexMeasurement.entry(names, new Random(i), i));
        }
        library.add(new CompanySearchEntry(UUID.randomUUID(), "91440300710900001X", "华润新能源有限公司", "华润新能源",
                List.of("司马相如", "阿卜杜拉·艾买提")));
        library.add(new CompanySearchEntry(UUID.randomUUID(), "OLDCODE1234567890123", "长沙绿色能源有限公司", null,
                List.of()));
    }

    /** Built from the first 2,500, then the rest written to the tail, a few changed and removed. */
    private static CompanyIndex indexWithTail() {
        CompanyIndex index = new CompanyIndex();
        index.replaceAll(sink -> library.subList(0, 2_500).forEach(sink), Progress.NONE);
        index.putAll(library.subList(2_500, library.size()));
        index.remove(library.get(3).companyId());
        CompanySearchEntry moved = library.get(7);
        index.put(new CompanySearchEntry(moved.companyId(), moved.uscc(), "郑州改名科技有限公司", null, List.of("张三")));
        return index;
    }

    private static List<String> answers(CompanyIndex index, String query) {
        return index.search(query, 25).stream().map(h -> h.companyId() + " " + h.matchedOn() + " " + h.score()).toList();
    }

    private static CompanyIndex loaded(IndexFile file) throws IOException {
        CompanyIndex index = new CompanyIndex();
        index.restore(file::generation);
        return index;
    }

    @Test
    void whatIsReadBackAnswersLikeWhatWasSaved() throws IOException {
        CompanyIndex saved = indexWithTail();
        Path file = dir.resolve("zhaoshang.search");
        IndexFile.write(file, saved.freeze(), 42, "2026-06-15T02:00:00Z", null);

        IndexFile read = IndexFile.read(file, null);
        assertThat(read.sequence()).isEqualTo(42);
        assertThat(read.fingerprint()).isEqualTo("2026-06-15T02:00:00Z");
        CompanyIndex index = loaded(read);
        assertThat(index.size()).isEqualTo(saved.size()).isEqualTo(library.size() - 1);
        for (String q : QUERIES) {
            assertThat(answers(index, q)).as(q).isEqualTo(answers(saved, q));
        }
        // The loaded index goes on like any other: writes, removals, compaction.
        index.remove(library.get(3_000).companyId());
        saved.remove(library.get(3_000).companyId());
        index.compact();
        for (String q : QUERIES) {
            assertThat(answers(index, q)).as("after compaction: " + q).isEqualTo(answers(saved, q));
        }
    }

    @Test
    void aSealedFileShowsNoNameAndOpensOnlyWithItsKey() throws IOException {
        CompanyIndex saved = indexWithTail();
        Path file = dir.resolve("zhaoshang.search");
        IndexFile.write(file, saved.freeze(), 7, "", KEY);

        String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        for (String name : List.of("华润新能源", "司马相如", "长沙绿色能源")) {
            assertThat(bytes).doesNotContain(new String(name.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
            assertThat(bytes).doesNotContain(new String(name.getBytes(StandardCharsets.UTF_16BE), StandardCharsets.ISO_8859_1));
        }
        assertThat(answers(loaded(IndexFile.read(file, KEY)), "华润")).isEqualTo(answers(saved, "华润"));
        assertThatThrownBy(() -> IndexFile.read(file, KEY.replace('0', '1'))).isInstanceOf(UnusableIndexException.class);
        assertThatThrownBy(() -> IndexFile.read(file, null)).isInstanceOf(UnusableIndexException.class);

        Path plain = dir.resolve("plain.search");
        IndexFile.write(plain, saved.freeze(), 7, "", null);
        assertThat(new String(Files.readAllBytes(plain), StandardCharsets.ISO_8859_1))
                .contains(new String("华润新能源".getBytes(StandardCharsets.UTF_16BE), StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> IndexFile.read(plain, KEY)).as("plain beside an encrypted database")
                .isInstanceOf(UnusableIndexException.class);
    }

    @Test
    void aDamagedTruncatedOrForeignFileIsRefused() throws IOException {
        Path file = dir.resolve("zhaoshang.search");
        for (String key : new String[] {null, KEY}) {
            IndexFile.write(file, indexWithTail().freeze(), 1, "", key);
            byte[] good = Files.readAllBytes(file);

            byte[] flipped = good.clone();
            flipped[good.length / 2] ^= 0x10;
            Files.write(file, flipped);
            assertThatThrownBy(() -> IndexFile.read(file, key)).as("one bit changed").isInstanceOf(UnusableIndexException.class);

            Files.write(file, Arrays.copyOf(good, good.length - 100));
            assertThatThrownBy(() -> IndexFile.read(file, key)).as("cut short").isInstanceOf(UnusableIndexException.class);
        }
        Files.writeString(file, "PK\u0003\u0004 not an index");
        assertThatThrownBy(() -> IndexFile.read(file, null)).isInstanceOf(UnusableIndexException.class);
        Files.delete(file);
        assertThatThrownBy(() -> IndexFile.read(file, null)).isInstanceOf(UnusableIndexException.class);
    }
}
