package cn.zhaoshang.desk.request;

import java.util.UUID;

/** A unit, company or project to pick in a form or filter. */
public record Choice(UUID id, String name) {
    @Override
    public String toString() {
        return name;
    }
}
