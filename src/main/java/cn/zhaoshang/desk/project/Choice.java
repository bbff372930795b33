package cn.zhaoshang.desk.project;

import java.util.UUID;

/** An item to pick in a form or filter: a team, unit, carrier, chain node or policy. */
public record Choice(UUID id, String name) {
    @Override
    public String toString() {
        return name;
    }
}
