package cn.zhaoshang.desk.bench;

import java.util.List;

/**
 * The fixed list of search-as-you-type queries, the same in every run so that runs compare. Built
 * from the generator's name material (seeds/demo: city prefixes, stems, suffixes), so every kind
 * has frequent and rare queries: Chinese substrings of one to six characters, full pinyin, pinyin
 * initials and credit-code prefixes (generated codes start 91 + the division code).
 */
public final class BenchQueries {
    public enum Kind { CHINESE, PINYIN, INITIALS, USCC }

    public record Query(String text, Kind kind) { }

    public static final List<Query> ALL = List.of(
            // Chinese, 1–6 characters: frequent (科, 科技), a city, stems, a suffix part, a whole brand
            q("科", Kind.CHINESE), q("芯", Kind.CHINESE), q("岐", Kind.CHINESE),
            q("科技", Kind.CHINESE), q("郑州", Kind.CHINESE), q("储电", Kind.CHINESE), q("杏林", Kind.CHINESE),
            q("新能源", Kind.CHINESE), q("本草源", Kind.CHINESE), q("汇智桥", Kind.CHINESE),
            q("中原智研", Kind.CHINESE), q("生物科技", Kind.CHINESE), q("北京芯睿", Kind.CHINESE),
            q("供应链管理", Kind.CHINESE), q("郑州本草源", Kind.CHINESE),
            q("信息技术有限", Kind.CHINESE), q("上海数智科技", Kind.CHINESE),
            // full pinyin
            q("keji", Kind.PINYIN), q("zhengzhou", Kind.PINYIN), q("xinnengyuan", Kind.PINYIN),
            q("bencaoyuan", Kind.PINYIN), q("zhongyuanzhiyan", Kind.PINYIN), q("xinrui", Kind.PINYIN),
            // initials
            q("kj", Kind.INITIALS), q("zz", Kind.INITIALS), q("xny", Kind.INITIALS), q("bcy", Kind.INITIALS),
            q("zyzy", Kind.INITIALS), q("bjxr", Kind.INITIALS),
            // credit-code prefixes
            q("91", Kind.USCC), q("914101", Kind.USCC), q("91410102", Kind.USCC), q("9111000", Kind.USCC),
            q("913101000", Kind.USCC), q("9144030012", Kind.USCC));

    private BenchQueries() {
    }

    private static Query q(String text, Kind kind) {
        return new Query(text, kind);
    }
}
