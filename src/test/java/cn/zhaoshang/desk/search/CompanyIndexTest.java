package cn.zhaoshang.desk.search;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.demo.DemoNames;
import cn.zhaoshang.desk.search.SearchHit.MatchKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The in-memory index alone. Its two ways of answering (the built segment, walked through posting
 * lists, and the tail, scanned) must agree on every query: that is what most tests here compare.
 */
class CompanyIndexTest {
    private static final int COMPANIES = 1_900;
    private static DemoNames names;
    private static List<CompanySearchEntry> library;
    private static List<String> queries;

    @BeforeAll
    static void generate() {
        names = new DemoNames();
        library = new ArrayList<>();
        for (int i = 0; i < COMPANIES; i++) {
            library.add(SearchIndexMeasurement.entry(names, new Random(i), i));
        }
        library.add(entry("华润新能源有限公司", "华润新能源", "91440300710900001X", "司马相如", "阿卜杜拉·艾买提"));
        library.add(entry("ＴＣＬ科技集团股份有限公司", "TCL科技", "91441300195971850Y", "李东生"));
        library.add(entry("重庆银行股份有限公司", "重庆银行", "91500000202869177Y"));
        library.add(entry("长沙绿色能源有限公司", null, "OLDCODE1234567890123"));
        library.add(entry("润", null, null));
        queries = new ArrayList<>();
        SearchIndexMeasurement.queries(names, COMPANIES).values().forEach(queries::addAll);
        queries.addAll(List.of("华润", "新能源", "润", "huarun", "hrxny", "h", "hr", "x", "xny", "tcl", "tclkj", "TCL科技",
                "cq", "zq", "chongqing", "yh", "yx", "csls", "changsha", "lvse", "luse", "old", "oldcode1", "9144",
                "91440300710900001X", "司马", "司马相如", "阿卜杜拉", "李", "有限公司", "科技有限公司", "公司", "司", "限",
                "kj", "kejiyouxiangongsi", "youxian", "yxgs", "a", "z", "zz", "(", "上海", "shanghai", "sh", "北",
                // a frequent first pair (a city) before rare ones: exact and prefix walk the rarest pair
                "郑州本草源", "上海数智科技", "北京芯睿", "华润新能源有限公司", "重庆银行股份"));
    }

    private static CompanySearchEntry entry(String name, String shortName, String uscc, String... contacts) {
        return new CompanySearchEntry(UUID.randomUUID(), uscc, name, shortName, List.of(contacts));
    }

    private static List<String> answers(CompanyIndex index, String query) {
        return index.search(query, 25).stream().map(h -> h.companyId() + " " + h.matchedOn() + " " + h.score()).toList();
    }

    private static CompanyIndex built(List<CompanySearchEntry> entries) {
        CompanyIndex index = new CompanyIndex();
        index.replaceAll(sink -> entries.forEach(sink), Progress.NONE);
        return index;
    }

    @Test
    void theSegmentAndTheTailGiveTheSameAnswers() {
        CompanyIndex segment = built(library);
        CompanyIndex tail = new CompanyIndex();
        tail.putAll(library);
        assertThat(library.size()).as("all stays in the tail").isLessThan(CompanyIndex.TAIL_LIMIT);
        assertThat(tail.size()).isEqualTo(segment.size()).isEqualTo(library.size());
        for (String q : queries) {
            assertThat(answers(tail, q)).as(q).isEqualTo(answers(segment, q));
        }
    }

    @Test
    void updatesAndRemovalsOverTheSegmentAnswerLikeAFreshBuild() {
        CompanyIndex index = built(library.subList(0, 1_200));
        List<CompanySearchEntry> now = new ArrayList<>(library);
        index.putAll(library.subList(1_200, library.size()));
        Random rnd = new Random(5);
        for (int i = 0; i < 300; i++) {
            int k = rnd.nextInt(now.size());
            CompanySearchEntry old = now.get(k);
            if (i % 3 == 0) {
                index.remove(old.companyId());
                now.remove(k);
            } else {
                CompanySearchEntry changed = SearchIndexMeasurement.entry(names, new Random(10_000 + i), i);
                CompanySearchEntry moved = new CompanySearchEntry(old.companyId(), changed.uscc(), changed.name(),
                        changed.shortName(), changed.contactNames());
                index.put(moved);
                now.set(k, moved);
            }
        }
        CompanyIndex fresh = built(now);
        assertThat(index.size()).isEqualTo(now.size());
        for (String q : queries) {
            assertThat(answers(index, q)).as(q).isEqualTo(answers(fresh, q));
        }
        index.compact();
        for (String q : queries) {
            assertThat(answers(index, q)).as("after compaction: " + q).isEqualTo(answers(fresh, q));
        }
    }

    @Test
    void widthCaseAndPolyphonesAreFolded() {
        CompanyIndex index = built(library);
        assertThat(index.search("tcl", 5).get(0).name()).isEqualTo("ＴＣＬ科技集团股份有限公司");
        assertThat(index.search("ｔｃｌ科技", 5).get(0).name()).isEqualTo("ＴＣＬ科技集团股份有限公司");
        assertThat(index.search("tclkj", 5).get(0).name()).isEqualTo("ＴＣＬ科技集团股份有限公司");
        for (String q : List.of("cq", "zq", "chongqing", "cqyh", "chongqingyinhang")) {
            assertThat(index.search(q, 500)).as(q).extracting(SearchHit::name).contains("重庆银行股份有限公司");
        }
        assertThat(index.search("cslsny", 5).get(0).name()).isEqualTo("长沙绿色能源有限公司");
        assertThat(index.search("changshalvse", 5).get(0).name()).isEqualTo("长沙绿色能源有限公司");
        assertThat(index.search("changshaluse", 5).get(0).name()).isEqualTo("长沙绿色能源有限公司");
        assertThat(index.search("  华 润 ", 5).get(0).name()).isEqualTo("华润新能源有限公司");
    }

    @Test
    void oddCreditCodesAreKeptAndFoundByPrefix() {
        CompanyIndex index = built(library);
        SearchHit hit = index.search("oldcode1", 5).get(0);
        assertThat(hit.uscc()).isEqualTo("OLDCODE1234567890123");
        assertThat(hit.name()).isEqualTo("长沙绿色能源有限公司");
        assertThat(index.search("91440300710900001x", 5).get(0)).satisfies(h -> {
            assertThat(h.name()).isEqualTo("华润新能源有限公司");
            assertThat(h.matchedOn()).isEqualTo(MatchKind.USCC);
            assertThat(h.score()).isEqualTo(Tier.EXACT.score);
        });
    }

    @Test
    void emptyAndUselessQueriesFindNothing() {
        CompanyIndex index = built(library);
        assertThat(index.search("", 5)).isEmpty();
        assertThat(index.search("   ", 5)).isEmpty();
        assertThat(index.search(null, 5)).isEmpty();
        assertThat(index.search("华润", 0)).isEmpty();
        assertThat(index.search("\u0001", 5)).isEmpty();
        assertThat(index.search("不存在的名字", 5)).isEmpty();
        assertThat(new CompanyIndex().search("华润", 5)).isEmpty();
    }

    @Test
    void manyWritesCompactInTheBackgroundWithoutLosingAny() throws Exception {
        CompanyIndex index = built(library);
        List<CompanySearchEntry> more = new ArrayList<>();
        for (int i = 0; i < CompanyIndex.TAIL_LIMIT + 500; i++) {
            more.add(SearchIndexMeasurement.entry(names, new Random(50_000 + i), 50_000 + i));
        }
        ExecutorService readers = Executors.newFixedThreadPool(2);
        List<Future<?>> reading = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
            reading.add(readers.submit(() -> {
                for (int i = 0; i < 200; i++) {
                    assertThat(index.search("华润", 5)).isNotEmpty();
                    index.search(queries.get(i % queries.size()), 10);
                }
            }));
        }
        for (CompanySearchEntry e : more) {
            index.put(e);
        }
        for (Future<?> f : reading) {
            f.get(1, TimeUnit.MINUTES);
        }
        readers.shutdown();
        index.compact();
        List<CompanySearchEntry> all = new ArrayList<>(library);
        all.addAll(more);
        CompanyIndex fresh = built(all);
        assertThat(index.size()).isEqualTo(all.size());
        for (String q : queries) {
            assertThat(answers(index, q)).as(q).isEqualTo(answers(fresh, q));
        }
    }
}
