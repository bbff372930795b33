package cn.zhaoshang.desk.common.text;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The normalised company name used to find duplicates: width folded, bracketed places such as
 * (北京) removed, legal-form words such as 有限公司 and 股份 removed, spaces and punctuation dropped.
 * "华润新能源（北京）有限公司" and "华润新能源有限公司" normalise alike.
 */
public final class CompanyNames {
    private static final Pattern BRACKETED = Pattern.compile("\\([^)]*\\)");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\s\\p{Punct}·・、，。]+");
    /** Longest first, so that 股份有限公司 is removed before 有限公司 could leave 股份 behind. */
    private static final List<String> LEGAL_FORMS = List.of(
            "股份有限公司", "有限责任公司", "有限公司", "集团公司", "总公司", "分公司", "公司", "股份", "集团",
            "co.,ltd", "co., ltd", "co.ltd", "limited", "ltd", "inc", "corp");

    private CompanyNames() {
    }

    public static String normalize(String name) {
        if (name == null) {
            return "";
        }
        String s = TextNormalizer.foldWidth(name).toLowerCase(Locale.ROOT);
        s = BRACKETED.matcher(s).replaceAll("");
        for (String form : LEGAL_FORMS) {
            s = s.replace(form, "");
        }
        return PUNCTUATION.matcher(s).replaceAll("");
    }
}
