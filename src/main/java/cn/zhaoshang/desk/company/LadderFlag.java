package cn.zhaoshang.desk.company;

import java.time.LocalDate;

/** One rung of the cultivation ladder a company holds, with its certification and expiry dates. */
public record LadderFlag(LadderTier tier, LocalDate certifiedOn, LocalDate expiresOn) {
}
