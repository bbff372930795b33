package cn.zhaoshang.desk.company;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A stored target company: its key, the version a save must match, and its data. */
public record Company(UUID id, int version, CompanyData data, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
    public String name() {
        return data.name();
    }

    public String uscc() {
        return data.uscc();
    }
}
