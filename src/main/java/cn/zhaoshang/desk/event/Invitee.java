package cn.zhaoshang.desk.event;

import java.util.UUID;

/** A company invited to an event; whether it came and who came for it. */
public record Invitee(UUID id, int version, UUID companyId, String companyName, boolean attended, String representative) {
}
