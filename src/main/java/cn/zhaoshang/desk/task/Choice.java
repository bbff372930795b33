package cn.zhaoshang.desk.task;

import java.util.UUID;

/** A person or team to pick in a filter or editor. */
public record Choice(UUID id, String name) {
    @Override
    public String toString() {
        return name;
    }
}
