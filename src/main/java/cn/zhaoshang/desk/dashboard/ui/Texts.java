package cn.zhaoshang.desk.dashboard.ui;

import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.text.Money;
import cn.zhaoshang.desk.dashboard.Indicator;
import cn.zhaoshang.desk.dashboard.Period;
import java.math.BigDecimal;
import java.text.DecimalFormat;

/** How the dashboard writes periods, amounts and counts (also used by the briefing). */
final class Texts {
    private Texts() {
    }

    /** 2026年 / 2026年第2季度 / 2026年6月. */
    static String period(Messages m, Period p) {
        return m.get("dashboard.period." + p.kind().name(), String.valueOf(p.year()), String.valueOf(p.no()));
    }

    /** 1,234.5 万元 or 1.23 亿元 (in English CNY 12.35 M or CNY 1.23 bn); nothing counts as 0. */
    static String money(Messages m, BigDecimal wan) {
        return Money.formatSum(wan, m);
    }

    static String count(BigDecimal n) {
        return n == null ? "—" : new DecimalFormat("#,##0.#").format(n);
    }

    static String value(Messages m, Indicator indicator, BigDecimal v) {
        if (v == null) {
            return "—";
        }
        return indicator.isMoney() ? money(m, v) : count(v);
    }

    static String stage(Messages m, String stage) {
        String key = "dashboard.stage." + stage;
        return m.has(key) ? m.get(key) : stage;
    }

    static String channel(Messages m, String channel) {
        String key = "dashboard.channel." + channel;
        return m.has(key) ? m.get(key) : channel;
    }
}
