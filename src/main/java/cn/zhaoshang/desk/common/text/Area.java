package cn.zhaoshang.desk.common.text;

import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.i18n.Messages;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Floor and land areas as people write and read them, stored in square metres: "12,000", "12000m²",
 * "1.2万平方米", "12000 ㎡"; shown with grouping and the unit ("12,000 m²").
 */
public final class Area {
    private static final Pattern NUMBER_FIRST = Pattern.compile("([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+))(万)?(平方米|平米|m2|m²|㎡)?");

    private Area() {
    }

    /** What a user typed (square metres); null when blank; {@code common.error.areaFormat} otherwise. */
    public static BigDecimal parse(String text) {
        if (TextNormalizer.isPlaceholder(text)) {
            return null;
        }
        String s = TextNormalizer.foldWidth(text).toLowerCase(Locale.ROOT).replaceAll("[\\s,]", "");
        Matcher m = NUMBER_FIRST.matcher(s);
        if (!m.matches()) {
            throw new DeskException("common.error.areaFormat", text.strip());
        }
        BigDecimal value = new BigDecimal(m.group(1));
        return m.group(2) == null ? value : value.multiply(Money.YI);
    }

    /** "12,000 m²"; empty for null. */
    public static String format(BigDecimal squareMetres, Messages messages) {
        if (squareMetres == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(messages.locale());
        f.setMaximumFractionDigits(0);
        return messages.get("common.area.m2", f.format(squareMetres));
    }
}
