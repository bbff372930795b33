package cn.zhaoshang.desk.common.text;

import com.github.houbb.pinyin.constant.enums.PinyinStyleEnum;
import com.github.houbb.pinyin.util.PinyinHelper;
import java.util.Locale;

/**
 * Full pinyin and initials of Chinese text, for search: 华润新能源 → "huarunxinnengyuan" and "hrxny".
 * Uses a library that reads polyphones in context (重庆 → cq, 银行 → yh).
 */
public final class PinyinText {
    private PinyinText() {
    }

    /** Full pinyin without tones or spaces, lower case; other characters kept as they are. */
    public static String full(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return squeeze(PinyinHelper.toPinyin(text, PinyinStyleEnum.NORMAL));
    }

    /** The first letter of each syllable; other characters kept. */
    public static String initials(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return squeeze(PinyinHelper.toPinyin(text, PinyinStyleEnum.FIRST_LETTER));
    }

    private static String squeeze(String spaced) {
        return spaced.replace(" ", "").toLowerCase(Locale.ROOT);
    }
}
