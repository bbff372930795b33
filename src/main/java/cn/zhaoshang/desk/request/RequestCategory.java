package cn.zhaoshang.desk.request;

/** What a company asks for: 用地, 厂房/载体, 融资, 人才, 审批手续, 政策兑现, 用工, 水电气, 其他. */
public enum RequestCategory {
    LAND("用地", "土地", "地块"), PREMISES("厂房", "办公", "用房", "载体", "场地", "楼宇"), FINANCING("融资", "贷款", "担保"),
    TALENT("人才", "招聘", "落户"), APPROVAL("审批", "手续", "证照", "许可", "环评", "备案"),
    POLICY("政策", "奖补", "补贴", "兑现"), LABOUR("用工", "招工", "工人"), UTILITIES("水电", "用电", "用水", "用气", "燃气"),
    OTHER;

    private final String[] words;

    RequestCategory(String... words) {
        this.words = words;
    }

    /** The category a request written in words speaks of (希望协调办公用房 → PREMISES), else OTHER. */
    public static RequestCategory of(String text) {
        for (RequestCategory category : values()) {
            for (String word : category.words) {
                if (text != null && text.contains(word)) {
                    return category;
                }
            }
        }
        return OTHER;
    }
}
