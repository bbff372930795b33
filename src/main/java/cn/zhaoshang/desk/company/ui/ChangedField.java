package cn.zhaoshang.desk.company.ui;

import java.util.Objects;

/**
 * One field of a refused (stale) save: what the user started from, what the other person stored,
 * and what the user typed. Shown so the user can decide with the facts in front of them.
 */
public record ChangedField(String field, String label, String before, String theirs, String mine) {
    /** Both sides changed the field, differently. */
    public boolean conflicting() {
        return !Objects.equals(before, mine) && !Objects.equals(theirs, mine);
    }
}
