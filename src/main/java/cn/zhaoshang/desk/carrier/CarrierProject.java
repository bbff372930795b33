package cn.zhaoshang.desk.carrier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A project that targets a carrier or has landed in it, as the carrier's detail lists it. The stage is
 * the project library's stage name (LEAD … OPERATING, ON_HOLD, DROPPED).
 *
 * @param carrierName the carrier the project names (the carrier itself or one nested in it)
 */
public record CarrierProject(UUID id, String name, String companyName, String stage, LocalDate stageEnteredOn,
                             BigDecimal plannedInvestment, UUID carrierId, String carrierName) {
    /** The stages the project library knows, in pipeline order; side states last. */
    public static final List<String> STAGES = List.of("LEAD", "CONTACTED", "NEGOTIATING", "SIGNED",
            "REGISTERED", "STARTED", "OPERATING", "ON_HOLD", "DROPPED");
    private static final Set<String> LANDED = Set.of("STARTED", "OPERATING");

    /** Started or operating: the project is in the carrier, not only aiming at it. */
    public boolean landed() {
        return LANDED.contains(stage);
    }
}
