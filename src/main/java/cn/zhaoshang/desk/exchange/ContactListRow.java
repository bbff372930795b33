package cn.zhaoshang.desk.exchange;

/** One line of a contact list (通讯录): a contact with its company. */
public record ContactListRow(String company, String uscc, String name, String title, String mobile, String phone,
                             String email, String wechat, boolean primary) {
    /** The same contact with phone numbers, e-mail and WeChat masked (PIPL: 138****5678, z***@x.cn). */
    public ContactListRow masked() {
        return new ContactListRow(company, uscc, name, title, Masking.phone(mobile, 3), Masking.phone(phone, 4),
                Masking.email(email), Masking.wechat(wechat), primary);
    }

    public String value(ExportColumn column, String yes, String no) {
        return switch (column) {
            case COMPANY -> company;
            case USCC -> uscc;
            case NAME -> name;
            case TITLE -> title;
            case MOBILE -> mobile;
            case PHONE -> phone;
            case EMAIL -> email;
            case WECHAT -> wechat;
            case PRIMARY -> primary ? yes : no;
        };
    }
}
