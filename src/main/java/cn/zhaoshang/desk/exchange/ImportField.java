package cn.zhaoshang.desk.exchange;

import cn.zhaoshang.desk.company.InteractionKind;
import cn.zhaoshang.desk.company.PursuitStatus;
import cn.zhaoshang.desk.company.RegistrationStatus;
import cn.zhaoshang.desk.company.SourceChannel;
import cn.zhaoshang.desk.project.ProjectStage;
import java.util.List;

/**
 * A field a column can be mapped to, with how its cells are read ({@link Kind}), the longest text the
 * schema takes, and the header words (Chinese and English) that suggest it. Labels live in the
 * bundle as {@code enum.ImportField.<NAME>}. Fields read as words name the type of their values; the
 * words themselves are the vocabulary (seeds/vocabulary.csv) and the screens' labels.
 */
public enum ImportField {
    // The company a row belongs to (or, in a company list, the company itself)
    COMPANY_USCC(Kind.USCC, 18, "统一社会信用代码", "社会信用代码", "信用代码", "统一代码", "纳税人识别号", "uscc",
            "credit code", "social credit code", "unified social credit code"),
    COMPANY_NAME(Kind.TEXT, 200, "企业名称", "公司名称", "单位名称", "所属企业", "所属公司", "企业", "公司", "单位",
            "投资企业", "投资方", "投资主体", "签约企业", "走访企业", "被走访企业", "company", "company name", "enterprise"),
    SHORT_NAME(Kind.TEXT, 60, "企业简称", "简称", "short name"),
    LEGAL_REP(Kind.TEXT, 50, "法定代表人", "法人代表", "法人", "legal representative", "legal rep"),
    REGISTERED_CAPITAL(Kind.AMOUNT, 0, "注册资本", "注册资金", "registered capital", "capital"),
    PAID_IN_CAPITAL(Kind.AMOUNT, 0, "实缴资本", "实缴资金", "paid-in capital", "paid in capital"),
    FOUNDED_ON(Kind.DATE, 0, "成立日期", "成立时间", "注册时间", "founded", "founded on", "founding date", "established"),
    REGISTRATION_STATUS(RegistrationStatus.class, 20, "登记状态", "经营状态", "企业状态", "registration status"),
    COMPANY_TYPE(Kind.TEXT, 100, "企业类型", "公司类型", "企业性质", "company type"),
    INSURED_COUNT(Kind.COUNT, 0, "参保人数", "社保人数", "insured", "insured staff"),
    DIVISION(Kind.DIVISION, 6, "行政区划", "区划代码", "所在地区", "所在地", "所属地区", "地区", "division", "region"),
    PROVINCE(Kind.PLACE, 0, "所属省份", "省份", "所在省份", "省", "province"),
    CITY(Kind.PLACE, 0, "所属城市", "城市", "所在城市", "地市", "city"),
    COUNTY(Kind.PLACE, 0, "所属区县", "区县", "所在区县", "县区", "district", "county"),
    ADDRESS(Kind.TEXT, 300, "注册地址", "企业地址", "通讯地址", "地址", "address"),
    INDUSTRY(Kind.INDUSTRY, 5, "所属行业", "行业代码", "国民经济行业", "行业", "industry", "industry code"),
    BUSINESS_SCOPE(Kind.TEXT, 4000, "经营范围", "business scope"),
    COMPANY_PHONE(Kind.PHONES, 300, "企业电话", "公司电话", "单位电话", "company phone"),
    MORE_PHONES(Kind.PHONES, 300, "更多电话", "其他电话", "more phones"),
    COMPANY_EMAIL(Kind.EMAILS, 300, "企业邮箱", "公司邮箱", "company email"),
    MORE_EMAILS(Kind.EMAILS, 300, "更多邮箱", "其他邮箱", "more emails"),
    PURSUIT_STATUS(PursuitStatus.class, 20, "跟进状态", "招商状态", "pursuit status", "status"),
    SOURCE_CHANNEL(SourceChannel.class, 20, "招商方式", "来源渠道", "来源", "source", "channel", "source channel"),
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
    PLANNED_INVESTMENT(Kind.AMOUNT, 0, "计划投资", "计划投资额", "总投资", "总投资额", "投资额", "投资规模",
            "planned investment", "investment"),
    CONTRACT_AMOUNT(Kind.AMOUNT, 0, "合同金额", "签约金额", "合同额", "合同投资额", "contract amount"),
    STAGE(ProjectStage.class, 20, "项目阶段", "阶段", "进展阶段", "项目进展", "当前阶段", "项目状态", "stage"),
    STAGE_ENTERED_ON(Kind.DATE, 0, "进入阶段日期", "阶段日期", "stage date", "stage entered on"),
    SIGNED_ON(Kind.DATE, 0, "签约日期", "签约时间", "signed on", "signing date"),
    REGISTERED_ON(Kind.DATE, 0, "落地注册日期", "注册落地日期", "落地日期", "落地时间", "registered on", "registration date"),
    LOCAL_USCC(Kind.USCC, 18, "本地企业信用代码", "落地企业信用代码", "本地信用代码", "local uscc"),
    STARTED_ON(Kind.DATE, 0, "开工日期", "开工时间", "入驻日期", "入驻时间", "started on"),
    OPERATING_ON(Kind.DATE, 0, "投产日期", "投产时间", "运营日期", "operating on"),
    RESPONSIBLE_UNIT(Kind.UNIT, 0, "责任单位", "牵头单位", "责任部门", "responsible unit"),
    CARRIER(Kind.CARRIER, 0, "落地载体", "载体", "入驻载体", "carrier"),
    LEADER_IN_CHARGE(Kind.TEXT, 50, "包联领导", "分管领导", "leader in charge", "leader"),
    MAJOR(Kind.BOOLEAN, 0, "重大项目", "是否重大项目", "major", "major project"),
    DROP_REASON(Kind.TEXT, 500, "终止原因", "暂缓原因", "原因", "drop reason", "reason"),

    // Visits (走访/洽谈记录)
    OCCURRED_ON(Kind.DATE, 0, "走访日期", "走访时间", "拜访日期", "拜访时间", "洽谈日期", "visit date", "occurred on"),
    VISIT_KIND(InteractionKind.class, 20, "走访方式", "方式", "走访形式", "kind"),
    VISIT_FOR(Kind.TEAM_OR_UNIT, 0, "走访单位", "牵头走访单位", "visiting unit", "visit for"),
    OUR_PARTICIPANTS(Kind.TEXT, 500, "我方人员", "参加人员", "走访人", "走访人员", "our participants"),
    THEIR_PARTICIPANTS(Kind.TEXT, 500, "对方人员", "接待人", "企业参与人", "企业接待人", "their participants"),
    SUMMARY(Kind.TEXT, 4000, "走访内容", "洽谈内容", "纪要", "摘要", "走访情况", "summary"),
    COMPANY_REQUEST(Kind.TEXT, 1000, "企业诉求", "诉求", "需协调解决的问题", "company request", "request"),
    NEXT_STEP(Kind.TEXT, 1000, "下一步", "后续安排", "下一步工作", "next step"),
    NEXT_STEP_DUE_ON(Kind.DATE, 0, "下一步期限", "跟进日期", "next step due", "due");

    /** How a cell becomes a value; each kind has its own rules and reasons. */
    public enum Kind { TEXT, USCC, DATE, AMOUNT, COUNT, BOOLEAN, DIVISION, PLACE, INDUSTRY, WORD, TEAM, UNIT, CARRIER,
        TEAM_OR_UNIT, MOBILE, PHONE, PHONES, EMAIL, EMAILS, TAGS }

    private final Kind kind;
    private final Class<? extends Enum<?>> words;
    private final int maxLength;
    private final List<String> aliases;

    ImportField(Kind kind, int maxLength, String... aliases) {
        this.kind = kind;
        this.words = null;
        this.maxLength = maxLength;
        this.aliases = List.of(aliases);
    }

    ImportField(Class<? extends Enum<?>> words, int maxLength, String... aliases) {
        this.kind = Kind.WORD;
        this.words = words;
        this.maxLength = maxLength;
        this.aliases = List.of(aliases);
    }

    public Kind kind() {
        return kind;
    }

    /** For a field read as words: the type of its values (ProjectStage …); null otherwise. */
    public Class<? extends Enum<?>> words() {
        return words;
    }

    /** The longest text the column takes (0 when not text). */
    public int maxLength() {
        return maxLength;
    }

    public List<String> aliases() {
        return aliases;
    }
}
