package cn.zhaoshang.desk.company;

import java.util.UUID;

/** A named view of the company list that a user saved; one of a user's views may be the default. */
public record SavedView(UUID id, int version, String name, ViewDefinition definition, boolean isDefault) {
}
