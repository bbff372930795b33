package cn.zhaoshang.desk.security;

import java.util.UUID;

/** A person who signs in to the app. */
public record User(UUID id, int version, String username, String displayName, Role role, UUID personId,
                   boolean hasPassword) {
    /** How choosers show a user: the display name and the role's label are added by the view. */
    @Override
    public String toString() {
        return displayName;
    }
}
