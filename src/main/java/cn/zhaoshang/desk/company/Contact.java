package cn.zhaoshang.desk.company;

import java.util.UUID;

/**
 * 联系人: a person at a target company. Personal information under PIPL, so where it came from and
 * what the person agreed to is kept beside it ({@code consentNote}). A new contact has no id yet.
 */
public record Contact(UUID id, int version, UUID companyId, String name, String title, String mobile, String phone,
                      String email, String wechat, boolean primary, String consentNote) {
    public static Contact draft(UUID companyId, String name) {
        return new Contact(null, 0, companyId, name, null, null, null, null, null, false, null);
    }

    public Contact withId(UUID newId, int newVersion) {
        return new Contact(newId, newVersion, companyId, name, title, mobile, phone, email, wechat, primary, consentNote);
    }
}
