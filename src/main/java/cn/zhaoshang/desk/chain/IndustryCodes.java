package cn.zhaoshang.desk.chain;

import cn.zhaoshang.desk.common.i18n.DeskException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The industry codes a user types for a node's rule: GB/T 4754 codes of 2 to 4 digits, separated by
 * '|', commas, 、 or spaces; stored '|'-separated, without repeats.
 */
public final class IndustryCodes {
    private static final Pattern CODE = Pattern.compile("\\d{2,4}");
    private static final Pattern SEPARATORS = Pattern.compile("[|,，、;；\\s]+");
    /** The width of chain_node.industry_codes. */
    public static final int MAX_TEXT = 200;

    private IndustryCodes() {
    }

    /** The codes in the text; a malformed one is refused with a message naming it. */
    public static List<String> parse(String text) {
        Set<String> codes = new LinkedHashSet<>();
        if (text == null) {
            return List.of();
        }
        for (String part : SEPARATORS.split(text.strip())) {
            if (part.isEmpty()) {
                continue;
            }
            if (!CODE.matcher(part).matches()) {
                throw new DeskException("chain.error.badIndustryCode", part);
            }
            codes.add(part);
        }
        if (String.join("|", codes).length() > MAX_TEXT) {
            throw new DeskException("chain.error.tooManyCodes", MAX_TEXT);
        }
        return List.copyOf(codes);
    }
}
