package cn.zhaoshang.desk.talent;

import cn.zhaoshang.desk.common.i18n.DeskException;

/** Input the talent service refuses, with the form field it belongs to (shown beside that field). */
public class TalentInputException extends DeskException {
    private final String field;

    public TalentInputException(String field, String key, Object... args) {
        super(key, args);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
