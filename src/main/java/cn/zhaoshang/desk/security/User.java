package cn.zhaoshang.desk.security;

import java.util.UUID;

/**
 * A person who signs in to the app. {@code passwordChangeRequired}: the password was set by an
 * administrator, and its user replaces it at the next sign-in.
 */
public record User(UUID id, int version, String username, String displayName, Role role, UUID personId,
                   boolean hasPassword, boolean passwordChangeRequired) {
    /** How choosers show a user: the display name and the role's label are added by the view. */
    @Override
    public String toString() {
        return displayName;
    }
}
