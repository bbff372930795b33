package cn.zhaoshang.desk.exchange;

/** The columns a contact list can have, in their default order; labels are enum.ExportColumn.*. */
public enum ExportColumn {
    COMPANY, USCC, NAME, TITLE, MOBILE, PHONE, EMAIL, WECHAT, PRIMARY
}
