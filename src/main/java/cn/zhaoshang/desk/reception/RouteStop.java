package cn.zhaoshang.desk.reception;

import java.util.UUID;

/** A carrier (park, building) on the delegation's route, in order, with what was said there. */
public record RouteStop(UUID carrierId, String carrierName, String remarks) {
}
