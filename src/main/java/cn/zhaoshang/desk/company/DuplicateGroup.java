package cn.zhaoshang.desk.company;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Companies of the library that share a normalised name: candidates for a merge. */
public record DuplicateGroup(String normalizedName, List<Member> members) {
    /** One company of the group, with what a merge would move. */
    public record Member(UUID id, String name, String uscc, PursuitStatus status, int contacts, int visits,
                         OffsetDateTime updatedAt) {
    }
}
