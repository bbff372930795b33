package cn.zhaoshang.desk.exchange;

import cn.zhaoshang.desk.common.text.TextNormalizer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Guesses the mapping from a header row: a header equal to a known word wins, else the longest known
 * word it contains ("企业统一社会信用代码" → credit code). Notes in brackets and required-marks
 * ("注册资本（万元）", "*企业名称") are ignored. Each field goes to the first column that claims it. A
 * company list without a contact column is a registry export: its phones and e-mail are the company's.
 */
public final class ColumnGuesser {
    private static final Pattern BRACKETED = Pattern.compile("[(\\[【][^)\\]】]*[)\\]】]");
    private static final Pattern NOISE = Pattern.compile("[\\s*:：_\\-./]+");

    private ColumnGuesser() {
    }

    public static ColumnMapping guess(ImportEntity entity, List<String> headers) {
        Map<String, ImportField> words = new HashMap<>();
        for (ImportField field : entity.fields()) {
            field.aliases().forEach(a -> words.putIfAbsent(key(a), field));
        }
        entity.ownAliases().forEach((a, field) -> words.put(key(a), field));
        Map<Integer, ImportField> fields = new LinkedHashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            ImportField field = match(key(headers.get(i)), words);
            if (field != null && !fields.containsValue(field)) {
                fields.put(i, field);
            }
        }
        if (entity == ImportEntity.COMPANIES && !fields.containsValue(ImportField.CONTACT_NAME)) {
            companyContactDetails(fields);
        }
        return new ColumnMapping(entity, headers, fields);
    }

    /**
     * A company list without a contact column (a registry export: 电话, 更多电话, 邮箱) gives the
     * company's own numbers and addresses, not a person's.
     */
    private static void companyContactDetails(Map<Integer, ImportField> fields) {
        for (Map.Entry<Integer, ImportField> e : fields.entrySet()) {
            ImportField company = switch (e.getValue()) {
                case CONTACT_PHONE, CONTACT_MOBILE -> fields.containsValue(ImportField.COMPANY_PHONE)
                        ? ImportField.MORE_PHONES : ImportField.COMPANY_PHONE;
                case CONTACT_EMAIL -> fields.containsValue(ImportField.COMPANY_EMAIL)
                        ? ImportField.MORE_EMAILS : ImportField.COMPANY_EMAIL;
                default -> null;
            };
            if (company != null && !fields.containsValue(company)) {
                e.setValue(company);
            }
        }
    }

    private static ImportField match(String header, Map<String, ImportField> words) {
        if (header.isEmpty()) {
            return null;
        }
        ImportField exact = words.get(header);
        if (exact != null) {
            return exact;
        }
        // A word at the end weighs more: in Chinese the head noun comes last (联系人手机 is a mobile).
        ImportField best = null;
        int bestScore = 1;
        int bestLength = 0;
        for (Map.Entry<String, ImportField> w : words.entrySet()) {
            String word = w.getKey();
            if (word.length() < 2 || !header.contains(word)) {
                continue;
            }
            int score = word.length() + (header.endsWith(word) ? 2 : 0);
            if (score > bestScore || (score == bestScore && word.length() > bestLength)) {
                best = w.getValue();
                bestScore = score;
                bestLength = word.length();
            }
        }
        return best;
    }

    /** A header reduced to what identifies it: width folded, lower case, without notes and marks. */
    public static String key(String header) {
        if (header == null) {
            return "";
        }
        String s = TextNormalizer.foldWidth(header).toLowerCase(Locale.ROOT);
        s = BRACKETED.matcher(s).replaceAll("");
        return NOISE.matcher(s).replaceAll("");
    }
}
