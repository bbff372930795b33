package cn.zhaoshang.desk.carrier;

import cn.zhaoshang.desk.common.i18n.DeskException;

/** Input the carrier service refuses, with the form field it belongs to (shown beside that field). */
public class CarrierInputException extends DeskException {
    private final String field;

    public CarrierInputException(String field, String key, Object... args) {
        super(key, args);
        this.field = field;
    }

    /** The field name: name, kind, parent, totalArea, vacantArea, contactPhone, recordedOn, occupiedArea. */
    public String field() {
        return field;
    }
}
