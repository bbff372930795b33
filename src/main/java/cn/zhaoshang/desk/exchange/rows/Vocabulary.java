package cn.zhaoshang.desk.exchange.rows;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The words spreadsheets use for the stored enum values: Chinese labels, English words and the
 * constants themselves. "跟进中", "following" and "FOLLOWING" all mean FOLLOWING.
 */
public final class Vocabulary {
    private static final Map<String, String> PURSUIT = words(
            "NEW", "新建|新增|新线索|待跟进|new",
            "FOLLOWING", "跟进中|跟进|正在跟进|following",
            "NEGOTIATING", "洽谈中|洽谈|negotiating",
            "LANDED", "已落地|落地|landed",
            "PAUSED", "暂缓|暂停|paused|on hold",
            "ABANDONED", "放弃|已放弃|abandoned");
    private static final Map<String, String> CHANNEL = words(
            "RESIDENT_TEAM", "驻地招商|小分队|resident team",
            "REFERRAL", "以商招商|推荐|referral",
            "CHAIN_LEADER", "龙头招商|链主招商|链主|chain leader",
            "FUND", "基金招商|基金|fund",
            "EXPO", "展会|展会招商|expo",
            "AGENT", "中介|中介招商|agent",
            "WALK_IN", "上门|自行上门|walk-in|walk in",
            "OTHER", "其他|other");
    private static final Map<String, String> STAGE = words(
            "LEAD", "线索|lead",
            "CONTACTED", "接洽|已接洽|contacted",
            "NEGOTIATING", "洽谈|洽谈中|negotiating",
            "SIGNED", "签约|已签约|signed",
            "REGISTERED", "注册|已注册|registered",
            "STARTED", "开工|入驻|开工/入驻|已开工|started",
            "OPERATING", "投产|运营|投产/运营|已投产|operating",
            "ON_HOLD", "暂缓|on hold|on_hold",
            "DROPPED", "终止|已终止|dropped");
    private static final Map<String, String> VISIT_KIND = words(
            "VISIT_OUT", "外出拜访|拜访|走访|上门拜访|visit|visit out",
            "VISIT_IN", "来访接待|来访|接待|visit in",
            "CALL", "电话|通话|call|phone",
            "MEETING", "会议|座谈|meeting",
            "INSPECTION", "考察|实地考察|inspection",
            "EXPO", "展会|expo");

    /** Stages in pipeline order, for rules that depend on how far a project came. */
    public static final java.util.List<String> STAGE_ORDER = java.util.List.of(
            "LEAD", "CONTACTED", "NEGOTIATING", "SIGNED", "REGISTERED", "STARTED", "OPERATING");

    private Vocabulary() {
    }

    public static String pursuitStatus(String value) {
        return lookup(PURSUIT, value, "exchange.reason.badStatus");
    }

    public static String sourceChannel(String value) {
        return lookup(CHANNEL, value, "exchange.reason.badChannel");
    }

    public static String stage(String value) {
        return lookup(STAGE, value, "exchange.reason.badStage");
    }

    public static String visitKind(String value) {
        return lookup(VISIT_KIND, value, "exchange.reason.badVisitKind");
    }

    private static String lookup(Map<String, String> words, String value, String reason) {
        String found = words.get(key(value));
        if (found == null) {
            throw new CellProblem(reason, value);
        }
        return found;
    }

    private static String key(String word) {
        return word.strip().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static Map<String, String> words(String... pairs) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(key(pairs[i]), pairs[i]);
            for (String w : pairs[i + 1].split("\\|")) {
                map.put(key(w), pairs[i]);
            }
        }
        return map;
    }
}
