package cn.zhaoshang.desk.company;

import java.util.UUID;

/**
 * An existing company that a new or edited one may duplicate: the same credit code, or the same
 * normalised name (without 有限公司, (北京) and the like). {@code deleted} ones sit in the trash.
 */
public record DuplicateMatch(UUID id, String name, String uscc, Reason reason, boolean deleted) {
    /** What matched. */
    public enum Reason { USCC, NAME }
}
