package cn.zhaoshang.desk.dashboard;

import java.util.UUID;

/** Which list a figure opens; {@code key} is the stage, chain id or channel where the kind needs one. */
public record DrillDown(Kind kind, String key) {
    public enum Kind {
        STAGE, SIGNED, REGISTERED, STARTED, FUNDS, VISITS, CHAIN, SOURCE, KPI_SIGNED, KPI_NOT_REGISTERED, KPI_NOT_STARTED,
        /** Projects signed in the period whose responsible unit is {@code key} (a unit's ranking row). */
        UNIT_SIGNED
    }

    public static DrillDown of(Kind kind) {
        return new DrillDown(kind, null);
    }

    /** The projects a unit signed in the period: what its ranking row stands on. */
    public static DrillDown unitSigned(UUID unitId) {
        return new DrillDown(Kind.UNIT_SIGNED, unitId.toString());
    }

    /** The list behind an indicator's actual figure. */
    public static DrillDown of(Indicator indicator) {
        return of(switch (indicator) {
            case SIGNED_PROJECTS, CONTRACT_AMOUNT -> Kind.SIGNED;
            case REGISTERED_COMPANIES -> Kind.REGISTERED;
            case STARTED_PROJECTS -> Kind.STARTED;
            case FUNDS_IN_PLACE -> Kind.FUNDS;
            case VISITS -> Kind.VISITS;
        });
    }
}
