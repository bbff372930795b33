package cn.zhaoshang.desk.exchange.rows;

import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.text.TextNormalizer;
import cn.zhaoshang.desk.reference.ReferenceDataService.Word;
import cn.zhaoshang.desk.reference.SeedFiles;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words spreadsheets use for stored values, one vocabulary per type of value: the constant itself
 * (FOLLOWING), its label in every language the screens show (跟进中, Following up), and the everyday
 * words of seeds/vocabulary.csv and of the office (在谈 → NEGOTIATING, 座谈会 → MEETING, 存续 → ACTIVE).
 * Width, case, spaces and underscores do not matter.
 */
public final class Vocabulary {
    private final Map<Class<?>, Map<String, String>> byType = new HashMap<>();

    /** The vocabulary of {@code types} from the stored words and the labels of {@code languages}. */
    public Vocabulary(Collection<Class<? extends Enum<?>>> types, List<Word> words, List<Messages> languages) {
        for (Class<? extends Enum<?>> type : types) {
            Map<String, String> map = new HashMap<>();
            for (Enum<?> constant : type.getEnumConstants()) {
                map.put(key(constant.name()), constant.name());
                for (Messages m : languages) {
                    map.putIfAbsent(key(m.label(constant)), constant.name());
                }
            }
            for (Word w : words) {
                if (w.kind().equals(type.getSimpleName()) && isConstant(type, w.meaning())) {
                    map.putIfAbsent(key(w.word()), w.meaning());
                }
            }
            byType.put(type, map);
        }
    }

    /**
     * The vocabulary as shipped: constants, labels in both languages and the words of
     * seeds/vocabulary.csv (for what reads words without a database at hand, such as a filter).
     */
    public static Vocabulary shipped(Collection<Class<? extends Enum<?>>> types) {
        List<Word> words = SeedFiles.read("vocabulary.csv").stream()
                .map(r -> new Word(r.get("kind"), r.get("word"), r.get("meaning"))).toList();
        return new Vocabulary(types, words, List.of(new Messages(Messages.CHINESE), new Messages(Messages.ENGLISH)));
    }

    /** The constant's name that {@code value} means, or {@link CellProblem} naming the type's reason. */
    public String lookup(Class<? extends Enum<?>> type, String value) {
        String found = byType.getOrDefault(type, Map.of()).get(key(value));
        if (found == null) {
            throw new CellProblem("exchange.reason.unknownWord." + type.getSimpleName(), value);
        }
        return found;
    }

    private static boolean isConstant(Class<? extends Enum<?>> type, String name) {
        for (Enum<?> constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    static String key(String word) {
        return TextNormalizer.foldWidth(word).strip().toLowerCase(Locale.ROOT).replace('_', ' ').replaceAll("\\s+", "");
    }
}
