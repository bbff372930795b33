package cn.zhaoshang.desk.company;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One line of the company list, with the names of what it refers to already looked up.
 *
 * @param claimHolder who holds the company now (team · person), or null when it is in the pool
 */
public record CompanyRow(UUID id, String uscc, String name, String shortName, String legalRep, PursuitStatus status,
                         SourceChannel channel, String divisionCode, String divisionName, String industryCode,
                         String industryName, BigDecimal registeredCapital, LocalDate foundedOn, String ownerTeamName,
                         String ownerPersonName, String claimHolder, LocalDate claimedUntil, List<String> tags,
                         Integer score, OffsetDateTime updatedAt) {
}
