package cn.zhaoshang.desk.talent;

import java.util.Optional;

/** Talent levels of the district's ledger: 顶尖人才, 领军人才, 高层次人才, 青年人才. Stored by name. */
public enum TalentLevel {
    TOP, LEADING, HIGH, YOUTH;

    public static Optional<TalentLevel> of(String name) {
        for (TalentLevel l : values()) {
            if (l.name().equals(name)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
