package cn.zhaoshang.desk.common.session;

import cn.zhaoshang.desk.common.i18n.DeskException;

/**
 * The person working now may not do this: nobody is signed in, the role does not allow it, or the
 * record belongs to another team. Shown like any {@link DeskException}; tests and the audit log tell
 * it apart from other failures by its type.
 */
public final class AccessRefusedException extends DeskException {
    public AccessRefusedException(String key, Object... args) {
        super(key, args);
    }
}
