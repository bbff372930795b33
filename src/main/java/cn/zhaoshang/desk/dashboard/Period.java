package cn.zhaoshang.desk.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A calendar year, quarter (no 1–4) or month (no 1–12). */
public record Period(PeriodKind kind, int year, int no) {
    public Period {
        int max = switch (kind) {
            case YEAR -> 1;
            case QUARTER -> 4;
            case MONTH -> 12;
        };
        if (no < 1 || no > max) {
            throw new IllegalArgumentException("period " + kind + " " + no);
        }
    }

    public static Period yearOf(LocalDate day) {
        return new Period(PeriodKind.YEAR, day.getYear(), 1);
    }

    public static Period quarterOf(LocalDate day) {
        return new Period(PeriodKind.QUARTER, day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public static Period monthOf(LocalDate day) {
        return new Period(PeriodKind.MONTH, day.getYear(), day.getMonthValue());
    }

    public static Period of(PeriodKind kind, LocalDate day) {
        return switch (kind) {
            case YEAR -> yearOf(day);
            case QUARTER -> quarterOf(day);
            case MONTH -> monthOf(day);
        };
    }

    /**
     * Parses 2026, 2026-Q2 or 2026-06 (the command line's --period).
     * @throws IllegalArgumentException on anything else
     */
    public static Period parse(String text) {
        String t = text.trim().toUpperCase();
        if (t.matches("\\d{4}")) {
            return new Period(PeriodKind.YEAR, Integer.parseInt(t), 1);
        }
        if (t.matches("\\d{4}-Q[1-4]")) {
            return new Period(PeriodKind.QUARTER, Integer.parseInt(t.substring(0, 4)), t.charAt(6) - '0');
        }
        if (t.matches("\\d{4}-\\d{2}")) {
            return new Period(PeriodKind.MONTH, Integer.parseInt(t.substring(0, 4)), Integer.parseInt(t.substring(5)));
        }
        throw new IllegalArgumentException(text);
    }

    public LocalDate from() {
        return switch (kind) {
            case YEAR -> LocalDate.of(year, 1, 1);
            case QUARTER -> LocalDate.of(year, (no - 1) * 3 + 1, 1);
            case MONTH -> LocalDate.of(year, no, 1);
        };
    }

    public LocalDate to() {
        return switch (kind) {
            case YEAR -> LocalDate.of(year, 12, 31);
            case QUARTER -> from().plusMonths(3).minusDays(1);
            case MONTH -> from().plusMonths(1).minusDays(1);
        };
    }

    /** Share of the period's days that have passed by the end of {@code today} (0–1, 4 decimals). */
    public BigDecimal elapsedShare(LocalDate today) {
        if (today.isBefore(from())) {
            return BigDecimal.ZERO;
        }
        if (today.isAfter(to())) {
            return BigDecimal.ONE;
        }
        long passed = ChronoUnit.DAYS.between(from(), today) + 1;
        long total = ChronoUnit.DAYS.between(from(), to()) + 1;
        return BigDecimal.valueOf(passed).divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_UP);
    }

    /** The same kind of period containing {@code today}'s neighbour: previous (-1) or next (+1). */
    public Period shift(int steps) {
        LocalDate start = switch (kind) {
            case YEAR -> from().plusYears(steps);
            case QUARTER -> from().plusMonths(3L * steps);
            case MONTH -> from().plusMonths(steps);
        };
        return of(kind, start);
    }

    /** 2026, 2026-Q2, 2026-06: the form {@link #parse} reads. */
    public String code() {
        return switch (kind) {
            case YEAR -> String.valueOf(year);
            case QUARTER -> year + "-Q" + no;
            case MONTH -> String.format("%d-%02d", year, no);
        };
    }
}
