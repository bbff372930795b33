package cn.zhaoshang.desk.carrier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A dated occupancy figure of a carrier (m²), as entered; either figure may be missing. */
public record OccupancyEntry(UUID id, int version, UUID carrierId, LocalDate recordedOn, BigDecimal occupiedArea,
                             BigDecimal vacantArea) {
}
