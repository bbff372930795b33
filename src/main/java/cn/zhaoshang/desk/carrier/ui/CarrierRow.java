package cn.zhaoshang.desk.carrier.ui;

import cn.zhaoshang.desk.carrier.CarrierSummary;
import cn.zhaoshang.desk.common.text.PinyinText;
import java.util.Locale;

/** A line of the carrier table: the summary plus what the search matches (name and operator, in pinyin too). */
record CarrierRow(CarrierSummary summary, String searchText) {
    static CarrierRow of(CarrierSummary s) {
        String name = s.carrier().name();
        String operator = s.carrier().operator() == null ? "" : s.carrier().operator();
        String text = String.join("\n", name, operator, PinyinText.full(name), PinyinText.initials(name),
                PinyinText.initials(operator)).toLowerCase(Locale.ROOT);
        return new CarrierRow(s, text);
    }

    boolean matches(String query) {
        return query == null || query.isBlank() || searchText.contains(query.strip().toLowerCase(Locale.ROOT));
    }
}
