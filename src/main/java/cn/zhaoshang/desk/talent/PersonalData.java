package cn.zhaoshang.desk.talent;

/**
 * Masking of personal information for exports (PIPL): enough left to recognise a number or address
 * one already knows, not enough to use it. 13812345678 → 138****5678, zhangwei@example.com → z***@example.com.
 */
public final class PersonalData {
    private PersonalData() {
    }

    public static String maskPhone(String phone) {
        if (phone == null || phone.isBlank()) {
            return phone;
        }
        String digits = phone.strip();
        if (digits.length() < 8) {
            return digits.charAt(0) + "*".repeat(digits.length() - 1);
        }
        return digits.substring(0, 3) + "****" + digits.substring(digits.length() - 4);
    }

    public static String maskEmail(String email) {
        if (email == null || email.isBlank()) {
            return email;
        }
        int at = email.indexOf('@');
        if (at <= 0) {
            return "***";
        }
        return email.charAt(0) + "***" + email.substring(at);
    }
}
