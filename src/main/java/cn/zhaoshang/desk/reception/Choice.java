package cn.zhaoshang.desk.reception;

import java.util.UUID;

/** A company or carrier to pick in the reception and event forms. */
public record Choice(UUID id, String name) {
    @Override
    public String toString() {
        return name;
    }
}
