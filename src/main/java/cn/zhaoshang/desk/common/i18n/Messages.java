package cn.zhaoshang.desk.common.i18n;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The localisation facade: every visible string comes from here. Bundles are split per feature
 * ({@code i18n/<feature>_zh_CN.properties}, {@code i18n/<feature>_en.properties}) so that features
 * own their texts; a key is looked up in each bundle in turn.
 */
public final class Messages {
    private static final Logger LOG = LoggerFactory.getLogger(Messages.class);

    /** Bundle base names, one per feature; a new feature adds its own here. */
    public static final List<String> BUNDLES = List.of(
            "i18n/common", "i18n/shell", "i18n/company", "i18n/project", "i18n/task", "i18n/team",
            "i18n/chain", "i18n/carrier", "i18n/policy", "i18n/talent", "i18n/dashboard", "i18n/exchange",
            "i18n/security", "i18n/settings", "i18n/cli", "i18n/search", "i18n/history", "i18n/server",
            "i18n/report", "i18n/backup", "i18n/sync", "i18n/request", "i18n/attachment", "i18n/escalation",
            "i18n/reception", "i18n/map");

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private final Locale locale;
    private final List<ResourceBundle> bundles = new ArrayList<>();
    private final Set<String> reportedMissing = ConcurrentHashMap.newKeySet();

    public Messages(Locale locale) {
        this.locale = locale;
        ResourceBundle.Control noFallback = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        Locale bundleLocale = locale.getLanguage().equals("zh") ? CHINESE : ENGLISH;
        for (String base : BUNDLES) {
            try {
                bundles.add(ResourceBundle.getBundle(base, bundleLocale, Messages.class.getClassLoader(), noFallback));
            } catch (MissingResourceException absent) {
                // A feature without texts yet has no bundle; the key test keeps the rest honest.
            }
        }
    }

    public Locale locale() {
        return locale;
    }

    public boolean isChinese() {
        return locale.getLanguage().equals("zh");
    }

    /**
     * The text for a key, formatted with {@link MessageFormat} when arguments are given. A key no bundle has
     * (the tests keep them out) is logged once and shows its last part, such as a stored code, never a marker.
     */
    public String get(String key, Object... args) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
            }
        }
        if (reportedMissing.add(key)) {
            LOG.warn("No text for the key {} ({})", key, locale);
        }
        return key.substring(key.lastIndexOf('.') + 1);
    }

    public boolean has(String key) {
        return bundles.stream().anyMatch(b -> b.containsKey(key));
    }

    /** Label of an enum constant: key {@code enum.<SimpleName>.<CONSTANT>}. */
    public String label(Enum<?> value) {
        return value == null ? "" : get(enumKey(value));
    }

    public static String enumKey(Enum<?> value) {
        return "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
    }

    /** The message of a localised exception, or a generic text for anything else. */
    public String describe(Throwable error) {
        if (error instanceof DeskException desk) {
            return get(desk.key(), desk.args());
        }
        return get("common.error.unexpected", String.valueOf(error.getMessage()));
    }
}
