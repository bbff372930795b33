package cn.zhaoshang.desk.company;

import java.util.UUID;

/** Something a user picks by name (a team, a person, a chain node); {@code group} is e.g. the chain. */
public record Choice(UUID id, String name, String group) {
    @Override
    public String toString() {
        return group == null ? name : group + " · " + name;
    }
}
