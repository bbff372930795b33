package cn.zhaoshang.desk.dashboard.ui;

import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.dashboard.Indicator;
import cn.zhaoshang.desk.dashboard.OwnerKind;
import cn.zhaoshang.desk.dashboard.PeriodKind;
import cn.zhaoshang.desk.dashboard.TargetLine;
import cn.zhaoshang.desk.dashboard.TargetService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The target form of one team or unit for one year (以月保季、以季保年): per indicator the year, the
 * four quarters and the twelve months as editable texts. Blank quarters and months are filled with the
 * even split on save (a quarter ¼ of the year, a month ⅓ of its quarter); "split evenly" overwrites
 * them on demand. Parts that do not add up are allowed (a leader may load the year's end) but said.
 */
public final class TargetPlanModel {
    private final Messages messages;
    // Properties: slot 0 is the year, 1–4 the quarters, 5–16 the months.
    private final Map<Indicator, List<StringProperty>> texts = new EnumMap<>(Indicator.class);
    private final Map<Indicator, Map<Integer, TargetLine>> stored = new EnumMap<>(Indicator.class);

    public TargetPlanModel(Messages messages) {
        this.messages = messages;
        for (Indicator i : Indicator.values()) {
            List<StringProperty> slots = new ArrayList<>();
            for (int s = 0; s < 17; s++) {
                slots.add(new SimpleStringProperty(""));
            }
            texts.put(i, slots);
            stored.put(i, new HashMap<>());
        }
    }

    private static int slot(PeriodKind kind, int no) {
        return switch (kind) {
            case YEAR -> 0;
            case QUARTER -> no;
            case MONTH -> 4 + no;
        };
    }

    /** The text of one period's amount (YEAR 1, QUARTER 1–4, MONTH 1–12). */
    public StringProperty amount(Indicator indicator, PeriodKind kind, int no) {
        return texts.get(indicator).get(slot(kind, no));
    }

    // Commands

    /** Shows the stored lines of one owner (others in the list are ignored); clears the rest. */
    public void load(List<TargetLine> lines, UUID ownerId) {
        texts.values().forEach(slots -> slots.forEach(p -> p.set("")));
        stored.values().forEach(Map::clear);
        for (TargetLine l : lines) {
            if (l.ownerId().equals(ownerId)) {
                int s = slot(l.periodKind(), l.periodNo());
                stored.get(l.indicator()).put(s, l);
                texts.get(l.indicator()).get(s).set(plain(l.amount()));
            }
        }
    }

    /** Overwrites the quarters with ¼ of the year and the months with ⅓ of their quarter. */
    public void splitEvenly(Indicator indicator) {
        BigDecimal year = parse(amount(indicator, PeriodKind.YEAR, 1).get());
        if (year == null) {
            return;
        }
        List<BigDecimal> quarters = TargetService.evenSplit(year, 4);
        for (int q = 1; q <= 4; q++) {
            amount(indicator, PeriodKind.QUARTER, q).set(plain(quarters.get(q - 1)));
            List<BigDecimal> months = TargetService.evenSplit(quarters.get(q - 1), 3);
            for (int m = 0; m < 3; m++) {
                amount(indicator, PeriodKind.MONTH, (q - 1) * 3 + m + 1).set(plain(months.get(m)));
            }
        }
    }

    /**
     * What does not add up for this indicator (quarters against the year, months against their
     * quarter, blank parts counted at their even share), as one line to show under the form; null
     * when everything adds up or no year is given.
     */
    public String mismatch(Indicator indicator) {
        try {
            BigDecimal[] v = effective(indicator);
            if (v == null) {
                return null;
            }
            BigDecimal quarters = v[1].add(v[2]).add(v[3]).add(v[4]);
            if (v[0].compareTo(quarters) != 0) {
                return messages.get("dashboard.targets.mismatch.year", plain(quarters), plain(v[0]));
            }
            for (int q = 1; q <= 4; q++) {
                BigDecimal months = v[4 + q * 3 - 2].add(v[4 + q * 3 - 1]).add(v[4 + q * 3]);
                if (v[q].compareTo(months) != 0) {
                    return messages.get("dashboard.targets.mismatch.quarter", String.valueOf(q), plain(months), plain(v[q]));
                }
            }
            return null;
        } catch (DeskException e) {
            return messages.describe(e);
        }
    }

    /** Slot values as they would be saved: typed ones, blanks at their even share; null without a year. */
    private BigDecimal[] effective(Indicator i) {
        BigDecimal y = parse(amount(i, PeriodKind.YEAR, 1).get());
        if (y == null) {
            return null;
        }
        BigDecimal[] values = new BigDecimal[17];
        values[0] = y;
        List<BigDecimal> quarterShares = TargetService.evenSplit(y, 4);
        for (int q = 1; q <= 4; q++) {
            BigDecimal typed = parse(amount(i, PeriodKind.QUARTER, q).get());
            values[q] = typed != null ? typed : quarterShares.get(q - 1);
            List<BigDecimal> monthShares = TargetService.evenSplit(values[q], 3);
            for (int m = 0; m < 3; m++) {
                int month = (q - 1) * 3 + m + 1;
                BigDecimal t = parse(amount(i, PeriodKind.MONTH, month).get());
                values[4 + month] = t != null ? t : monthShares.get(m);
            }
        }
        return values;
    }

    /**
     * The lines to save for an owner: every filled amount that differs from what was loaded (with the
     * version then read), blank parts under a filled year given their even share.
     * @throws DeskException when an amount is not a number or negative
     */
    public List<TargetLine> changes(int year, OwnerKind kind, UUID ownerId) {
        List<TargetLine> lines = new ArrayList<>();
        for (Indicator i : Indicator.values()) {
            BigDecimal[] values = effective(i);
            if (values == null) {
                continue;
            }
            for (int s = 0; s < 17; s++) {
                PeriodKind k = s == 0 ? PeriodKind.YEAR : s <= 4 ? PeriodKind.QUARTER : PeriodKind.MONTH;
                int no = s == 0 ? 1 : s <= 4 ? s : s - 4;
                TargetLine before = stored.get(i).get(s);
                if (before != null && before.amount().compareTo(values[s]) == 0) {
                    continue;
                }
                lines.add(new TargetLine(before == null ? null : before.id(), before == null ? 0 : before.version(),
                        year, kind, ownerId, i, k, no, values[s]));
            }
        }
        return lines;
    }

    private static BigDecimal parse(String text) {
        String t = text == null ? "" : text.replace(",", "").replace("，", "").strip();
        if (t.isEmpty()) {
            return null;
        }
        BigDecimal v;
        try {
            v = new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new DeskException(e, "dashboard.targets.error.number");
        }
        if (v.signum() < 0) {
            throw new DeskException("dashboard.target.error.negative");
        }
        return v;
    }

    private static String plain(BigDecimal v) {
        return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
    }
}
