package cn.zhaoshang.desk.dashboard;

import java.math.BigDecimal;

/**
 * The three rates over the projects signed in the period: 履约率 (reached REGISTERED or beyond / signed),
 * 开工率 (started / signed), 资金到位率 (funds received so far / contract amount). A rate is null when
 * its base is zero.
 */
public record Kpis(long signed, long registered, long started, BigDecimal contractAmount, BigDecimal fundsInPlace) {
    public BigDecimal fulfilmentRate() {
        return Ratios.ratio(BigDecimal.valueOf(registered), BigDecimal.valueOf(signed));
    }

    public BigDecimal startRate() {
        return Ratios.ratio(BigDecimal.valueOf(started), BigDecimal.valueOf(signed));
    }

    public BigDecimal fundsRate() {
        return Ratios.ratio(fundsInPlace, contractAmount);
    }
}
