package cn.zhaoshang.desk.map;

import java.math.BigDecimal;

/** The four figures of one region (amount in 万元); what the hover shows and the colour is chosen from. */
public record RegionFigures(long companies, long visits, long projects, BigDecimal signedAmount) {
    public static final RegionFigures NONE = new RegionFigures(0, 0, 0, BigDecimal.ZERO);

    public double value(MapMeasure measure) {
        return switch (measure) {
            case COMPANIES -> companies;
            case VISITS -> visits;
            case PROJECTS -> projects;
            case SIGNED_AMOUNT -> signedAmount.doubleValue();
        };
    }

    public RegionFigures plus(RegionFigures o) {
        return new RegionFigures(companies + o.companies, visits + o.visits, projects + o.projects,
                signedAmount.add(o.signedAmount));
    }
}
