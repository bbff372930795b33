package cn.zhaoshang.desk.policy;

import cn.zhaoshang.desk.common.i18n.DeskException;

/** Input the policy service refuses, with the form field it belongs to (shown beside that field). */
public class PolicyInputException extends DeskException {
    private final String field;

    public PolicyInputException(String field, String key, Object... args) {
        super(key, args);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
