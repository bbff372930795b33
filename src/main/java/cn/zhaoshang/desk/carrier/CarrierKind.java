package cn.zhaoshang.desk.carrier;

/** What a carrier (载体) is: 园区, 楼宇, 孵化器, 加速器. Stored by constant name. */
public enum CarrierKind {
    PARK, BUILDING, INCUBATOR, ACCELERATOR
}
