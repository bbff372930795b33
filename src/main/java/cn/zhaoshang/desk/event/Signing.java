package cn.zhaoshang.desk.event;

import java.math.BigDecimal;
import java.util.UUID;

/** A project signed at an event, with its contract amount (万元). */
public record Signing(UUID projectId, String projectName, String companyName, BigDecimal contractAmount) {
}
