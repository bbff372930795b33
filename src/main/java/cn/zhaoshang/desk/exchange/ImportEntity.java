package cn.zhaoshang.desk.exchange;

import static cn.zhaoshang.desk.exchange.ImportField.*;

import cn.zhaoshang.desk.common.i18n.DeskException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a file holds: companies (目标企业), contacts (联系人), projects (招商项目) or visits (走访记录).
 * Each lists the fields it can map, the ones it needs, header words that mean something only for it
 * (a column "名称" is the company's name in a company list but the project's in a project list), and
 * the fields whose unreadable values reject a row rather than only being left out.
 */
public enum ImportEntity {
    COMPANIES("companies", List.of(COMPANY_USCC, COMPANY_NAME, SHORT_NAME, LEGAL_REP, REGISTERED_CAPITAL,
            PAID_IN_CAPITAL, FOUNDED_ON, REGISTRATION_STATUS, COMPANY_TYPE, INSURED_COUNT, DIVISION, PROVINCE, CITY, COUNTY,
            ADDRESS, INDUSTRY, BUSINESS_SCOPE, COMPANY_PHONE, MORE_PHONES, COMPANY_EMAIL, MORE_EMAILS, PURSUIT_STATUS,
            SOURCE_CHANNEL, OWNER_TEAM, IN_DISTRICT, SPECIALIZED, LISTED, FORTUNE500, WEBSITE, TAGS, NOTES, CONTACT_NAME,
            CONTACT_TITLE, CONTACT_MOBILE, CONTACT_PHONE, CONTACT_EMAIL),
            Map.of("名称", COMPANY_NAME, "name", COMPANY_NAME, "注册日期", FOUNDED_ON, "职务", CONTACT_TITLE,
                    "电话", CONTACT_PHONE, "状态", PURSUIT_STATUS),
            List.of(COMPANY_USCC, COMPANY_NAME)),
    CONTACTS("contacts", List.of(COMPANY_USCC, COMPANY_NAME, CONTACT_NAME, CONTACT_TITLE, CONTACT_MOBILE, CONTACT_PHONE,
            CONTACT_EMAIL, CONTACT_WECHAT, CONTACT_PRIMARY, CONTACT_CONSENT),
            Map.of("姓名", CONTACT_NAME, "name", CONTACT_NAME, "职务", CONTACT_TITLE, "职位", CONTACT_TITLE,
                    "电话", CONTACT_PHONE, "备注", CONTACT_CONSENT),
            List.of(COMPANY_USCC, COMPANY_NAME, CONTACT_NAME)),
    PROJECTS("projects", List.of(COMPANY_USCC, COMPANY_NAME, PROJECT_NAME, INDUSTRY, PLANNED_INVESTMENT,
            CONTRACT_AMOUNT, STAGE, STAGE_ENTERED_ON, SIGNED_ON, REGISTERED_ON, LOCAL_USCC, STARTED_ON, OPERATING_ON,
            RESPONSIBLE_UNIT, CARRIER, LEADER_IN_CHARGE, OWNER_TEAM, MAJOR, DROP_REASON, NOTES),
            Map.of("名称", PROJECT_NAME, "name", PROJECT_NAME, "注册日期", REGISTERED_ON, "状态", STAGE),
            // The stage and its milestones are the project's pipeline: a project is never imported at a
            // stage whose data cannot be read (the board and the form would not accept it either).
            List.of(COMPANY_USCC, COMPANY_NAME, PROJECT_NAME, STAGE, STAGE_ENTERED_ON, SIGNED_ON, CONTRACT_AMOUNT,
                    REGISTERED_ON, LOCAL_USCC, STARTED_ON, OPERATING_ON, DROP_REASON)),
    VISITS("visits", List.of(COMPANY_USCC, COMPANY_NAME, OCCURRED_ON, VISIT_KIND, VISIT_FOR, OUR_PARTICIPANTS,
            THEIR_PARTICIPANTS, SUMMARY, COMPANY_REQUEST, NEXT_STEP, NEXT_STEP_DUE_ON),
            Map.of("日期", OCCURRED_ON, "date", OCCURRED_ON, "时间", OCCURRED_ON, "内容", SUMMARY, "类型", VISIT_KIND,
                    "type", VISIT_KIND),
            List.of(COMPANY_USCC, COMPANY_NAME, OCCURRED_ON, SUMMARY));

    private final String cliName;
    private final List<ImportField> fields;
    private final Map<String, ImportField> ownAliases;
    private final List<ImportField> keys;

    ImportEntity(String cliName, List<ImportField> fields, Map<String, ImportField> ownAliases, List<ImportField> keys) {
        this.cliName = cliName;
        this.fields = fields;
        this.ownAliases = ownAliases;
        this.keys = keys;
    }

    /** The word on the command line: companies, contacts, projects, visits. */
    public String cliName() {
        return cliName;
    }

    public List<ImportField> fields() {
        return fields;
    }

    Map<String, ImportField> ownAliases() {
        return ownAliases;
    }

    /** True when the row is linked to a company by its code or name (contacts, projects, visits). */
    public boolean linksToCompany() {
        return this != COMPANIES;
    }

    /** Fields without which no row can be imported; a company link counts as one (code or name). */
    public List<ImportField> requiredFields() {
        return switch (this) {
            case COMPANIES -> List.of(COMPANY_NAME);
            case CONTACTS -> List.of(CONTACT_NAME);
            case PROJECTS -> List.of(PROJECT_NAME);
            case VISITS -> List.of(OCCURRED_ON, SUMMARY);
        };
    }

    /**
     * Whether a value of this field that cannot be read costs the row. Only what identifies a record
     * (its code and name, the company it belongs to) and what the entity's rules depend on does; any
     * other unreadable value is left out with a warning and the row is still imported.
     */
    public boolean rejectsOn(ImportField field) {
        return keys.contains(field);
    }

    /** Whether a file must name the company of each row (contacts and visits cannot stand alone). */
    public boolean needsCompany() {
        return this == CONTACTS || this == VISITS;
    }

    public static ImportEntity ofCliName(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (ImportEntity e : values()) {
            if (e.cliName.equals(n) || e.name().toLowerCase(Locale.ROOT).equals(n)) {
                return e;
            }
        }
        throw new DeskException("exchange.error.unknownEntity", name);
    }
}
