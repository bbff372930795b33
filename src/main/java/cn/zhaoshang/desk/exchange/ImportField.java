package cn.zhaoshang.desk.exchange;

import java.util.List;

/**
 * A field a column can be mapped to, with how its cells are read ({@link Kind}), the longest text the
 * schema takes, and the header words (Chinese and English) that suggest it. Labels live in the
 * bundle as {@code enum.ImportField.<NAME>}.
 */
public enum ImportField {
    // The company a row belongs to (or, in a company list, the company itself)
    COMPANY_USCC(Kind.USCC, 18, "统一社会信用代码", "社会信用代码", "信用代码", "统一代码", "纳税人识别号", "uscc",
            "credit code", "social credit code", "unified social credit code"),
    COMPANY_NAME(Kind.TEXT, 200, "企业名称", "公司名称", "单位名称", "所属企业", "所属公司", "企业", "公司", "单位",
            "company", "company name", "enterprise"),
    SHORT_NAME(Kind.TEXT, 60, "企业简称", "简称", "short name"),
    LEGAL_REP(Kind.TEXT, 50, "法定代表人", "法人代表", "法人", "legal representative", "legal rep"),
    REGISTERED_CAPITAL(Kind.AMOUNT, 0, "注册资本", "注册资金", "registered capital", "capital"),
    FOUNDED_ON(Kind.DATE, 0, "成立日期", "成立时间", "founded", "founded on", "founding date", "established"),
    DIVISION(Kind.DIVISION, 6, "行政区划", "区划代码", "所在地区", "所在地", "所属地区", "地区", "division", "region"),
    ADDRESS(Kind.TEXT, 300, "注册地址", "企业地址", "通讯地址", "地址", "address"),
    INDUSTRY(Kind.INDUSTRY, 5, "所属行业", "行业代码", "国民经济行业", "行业", "industry", "industry code"),
    PURSUIT_STATUS(Kind.PURSUIT_STATUS, 20, "跟进状态", "招商状态", "pursuit status", "status"),
    SOURCE_CHANNEL(Kind.SOURCE_CHANNEL, 20, "招商方式", "来源渠道", "来源", "source", "channel", "source channel"),
    OWNER_TEAM(Kind.TEAM, 0, "负责小分队", "小分队", "负责团队", "团队", "team", "owner team"),
    IN_DISTRICT(Kind.BOOLEAN, 0, "是否落地", "已落地", "区内企业", "located in district"),
    SPECIALIZED(Kind.BOOLEAN, 0, "专精特新", "specialized"),
    LISTED(Kind.BOOLEAN, 0, "是否上市", "上市", "listed"),
    FORTUNE500(Kind.BOOLEAN, 0, "500强", "世界500强", "fortune 500", "fortune500"),
    WEBSITE(Kind.TEXT, 200, "网站", "官网", "网址", "website"),
    TAGS(Kind.TAGS, 50, "标签", "tags", "tag"),
    NOTES(Kind.TEXT, 4000, "备注", "说明", "notes", "remarks"),

    // Contacts (联系人)
    CONTACT_NAME(Kind.TEXT, 50, "联系人", "联系人姓名", "contact", "contact name"),
    CONTACT_TITLE(Kind.TEXT, 100, "联系人职务", "职务", "职位", "title", "position"),
    CONTACT_MOBILE(Kind.MOBILE, 30, "手机", "手机号", "手机号码", "移动电话", "mobile", "cell", "mobile phone"),
    CONTACT_PHONE(Kind.PHONE, 30, "联系电话", "办公电话", "座机", "电话", "phone", "telephone", "tel"),
    CONTACT_EMAIL(Kind.EMAIL, 120, "电子邮箱", "邮箱", "电子邮件", "email", "e-mail", "mail"),
    CONTACT_WECHAT(Kind.TEXT, 60, "微信", "微信号", "wechat"),
    CONTACT_PRIMARY(Kind.BOOLEAN, 0, "主要联系人", "首要联系人", "primary", "primary contact"),
    CONTACT_CONSENT(Kind.TEXT, 500, "授权说明", "信息来源", "consent", "consent note"),

    // Projects (招商项目)
    PROJECT_NAME(Kind.TEXT, 200, "项目名称", "项目", "project", "project name"),
    PLANNED_INVESTMENT(Kind.AMOUNT, 0, "计划投资", "计划投资额", "总投资", "投资额", "planned investment", "investment"),
    CONTRACT_AMOUNT(Kind.AMOUNT, 0, "合同金额", "签约金额", "合同额", "contract amount"),
    STAGE(Kind.STAGE, 20, "项目阶段", "阶段", "进展阶段", "stage"),
    STAGE_ENTERED_ON(Kind.DATE, 0, "进入阶段日期", "阶段日期", "stage date", "stage entered on"),
    SIGNED_ON(Kind.DATE, 0, "签约日期", "签约时间", "signed on", "signing date"),
    REGISTERED_ON(Kind.DATE, 0, "落地注册日期", "registered on", "registration date"),
    LOCAL_USCC(Kind.USCC, 18, "本地企业信用代码", "落地企业信用代码", "本地信用代码", "local uscc"),
    STARTED_ON(Kind.DATE, 0, "开工日期", "入驻日期", "started on"),
    OPERATING_ON(Kind.DATE, 0, "投产日期", "运营日期", "operating on"),
    LEADER_IN_CHARGE(Kind.TEXT, 50, "包联领导", "分管领导", "leader in charge", "leader"),
    MAJOR(Kind.BOOLEAN, 0, "重大项目", "是否重大项目", "major", "major project"),
    DROP_REASON(Kind.TEXT, 500, "终止原因", "drop reason"),

    // Visits (走访/洽谈记录)
    OCCURRED_ON(Kind.DATE, 0, "走访日期", "拜访日期", "洽谈日期", "visit date", "occurred on"),
    VISIT_KIND(Kind.VISIT_KIND, 20, "走访方式", "方式", "kind"),
    OUR_PARTICIPANTS(Kind.TEXT, 500, "我方人员", "参加人员", "走访人", "our participants"),
    THEIR_PARTICIPANTS(Kind.TEXT, 500, "对方人员", "接待人", "企业参与人", "their participants"),
    SUMMARY(Kind.TEXT, 4000, "走访内容", "洽谈内容", "纪要", "摘要", "summary"),
    NEXT_STEP(Kind.TEXT, 1000, "下一步", "后续安排", "next step"),
    NEXT_STEP_DUE_ON(Kind.DATE, 0, "下一步期限", "跟进日期", "next step due", "due");

    /** How a cell becomes a value; each kind has its own rules and rejection reasons. */
    public enum Kind { TEXT, USCC, DATE, AMOUNT, BOOLEAN, DIVISION, INDUSTRY, PURSUIT_STATUS, SOURCE_CHANNEL, TEAM,
        STAGE, VISIT_KIND, MOBILE, PHONE, EMAIL, TAGS }

    private final Kind kind;
    private final int maxLength;
    private final List<String> aliases;

    ImportField(Kind kind, int maxLength, String... aliases) {
        this.kind = kind;
        this.maxLength = maxLength;
        this.aliases = List.of(aliases);
    }

    public Kind kind() {
        return kind;
    }

    /** The longest text the column takes (0 when not text). */
    public int maxLength() {
        return maxLength;
    }

    public List<String> aliases() {
        return aliases;
    }
}
