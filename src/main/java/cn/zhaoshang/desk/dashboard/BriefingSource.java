package cn.zhaoshang.desk.dashboard;

import java.time.LocalDate;
import java.util.UUID;

/** A feature that adds a section to the briefing of [from, to] for one team (null: the district). */
public interface BriefingSource {
    BriefingSection section(LocalDate from, LocalDate to, UUID teamId);
}
