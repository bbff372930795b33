package cn.zhaoshang.desk.carrier;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Random;

/**
 * Demo occupancy history: eight quarter-end figures per carrier with its own areas, vacancy drifting
 * down to today's figure (the newest entry equals the current vacant area, so the list does not change).
 */
public final class CarrierDemo {
    private final CarrierService carriers;

    public CarrierDemo(CarrierService carriers) {
        this.carriers = carriers;
    }

    /** Adds the history to carriers that have none yet; returns how many entries were written. */
    public int fill(long seed, LocalDate today) {
        Random rnd = new Random(seed);
        int written = 0;
        for (CarrierSummary s : carriers.list()) {
            Carrier c = s.carrier();
            if (c.totalArea() == null || c.vacantArea() == null || !carriers.detail(c.id()).occupancy().isEmpty()) {
                continue;
            }
            LocalDate quarterEnd = today.with(TemporalAdjusters.lastDayOfMonth());
            while (quarterEnd.getMonthValue() % 3 != 0 || quarterEnd.isAfter(today)) {
                quarterEnd = quarterEnd.minusMonths(1).with(TemporalAdjusters.lastDayOfMonth());
            }
            BigDecimal vacant = c.vacantArea();
            for (int q = 0; q < 8; q++) {
                LocalDate day = quarterEnd.minusMonths(3L * (7 - q)).with(TemporalAdjusters.lastDayOfMonth());
                BigDecimal v = q == 7 ? vacant : drift(vacant, c.totalArea(), 7 - q, rnd);
                carriers.addOccupancy(new OccupancyEntry(null, 0, c.id(), day, c.totalArea().subtract(v), v));
                written++;
            }
        }
        return written;
    }

    /** Earlier quarters had more space free: up to 4 % of the total more per quarter back, within bounds. */
    private static BigDecimal drift(BigDecimal vacant, BigDecimal total, int quartersBack, Random rnd) {
        double share = (0.01 + rnd.nextDouble() * 0.03) * quartersBack;
        BigDecimal v = vacant.add(total.multiply(BigDecimal.valueOf(share))).setScale(0, RoundingMode.HALF_UP);
        return v.min(total);
    }
}
