package cn.zhaoshang.desk.common.pick;

import java.util.UUID;

/**
 * Something to pick in a form or filter by its name: a person, team, unit, company, carrier, chain node or
 * policy. One type for every feature's pickers (four features had a record of this shape each).
 */
public record Choice(UUID id, String name) {
    @Override
    public String toString() {
        return name;
    }
}
