package cn.zhaoshang.desk.common.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every key exists in both languages, and every key is used by the code. A string literal ending
 * in "." declares a family of keys built at run time (e.g. "settings.language." + code); keys of
 * the form enum.Type.CONSTANT belong to enum constants that exist.
 */
class BundleConsistencyTest {
    private static final Path BUNDLES = BundleFiles.BUNDLES;
    private static final Path SOURCES = BundleFiles.SOURCES;
    private static final Pattern LITERAL = Pattern.compile("\"([a-zA-Z][\\w.]*)\"");

    @Test
    void everyBundleHasBothLanguagesWithTheSameKeys() throws IOException {
        for (String base : Messages.BUNDLES) {
            String name = base.substring(base.indexOf('/') + 1);
            Path zh = BUNDLES.resolve(name + "_zh_CN.properties");
            Path en = BUNDLES.resolve(name + "_en.properties");
            if (!Files.exists(zh) && !Files.exists(en)) {
                continue;
            }
            assertThat(zh).as("Chinese bundle of " + name).exists();
            assertThat(en).as("English bundle of " + name).exists();
            Set<String> zhKeys = BundleFiles.keys(zh);
            Set<String> enKeys = BundleFiles.keys(en);
            assertThat(difference(zhKeys, enKeys)).as("keys in " + zh + " missing from English").isEmpty();
            assertThat(difference(enKeys, zhKeys)).as("keys in " + en + " missing from Chinese").isEmpty();
        }
    }

    @Test
    void noBundleFileIsOutsideTheRegisteredList() throws IOException {
        Set<String> registered = new HashSet<>();
        Messages.BUNDLES.forEach(b -> registered.add(b.substring(b.indexOf('/') + 1)));
        try (Stream<Path> files = Files.list(BUNDLES)) {
            files.map(p -> p.getFileName().toString().replaceAll("_(zh_CN|en)\\.properties$", ""))
                    .forEach(name -> assertThat(registered).as("bundle file " + name + " registered in Messages.BUNDLES")
                            .contains(name));
        }
    }

    @Test
    void everyKeyIsUsedInTheCode() throws IOException {
        Set<String> literals = BundleFiles.literals(LITERAL);
        Set<String> families = new HashSet<>();
        literals.stream().filter(l -> l.endsWith(".")).forEach(families::add);
        Set<String> unused = new TreeSet<>();
        for (Path bundle : BundleFiles.ofLanguage(BundleFiles.CHINESE)) {
            for (String key : BundleFiles.keys(bundle)) {
                boolean used = literals.contains(key) || families.stream().anyMatch(key::startsWith)
                        || (key.startsWith("enum.") && enumConstantExists(key));
                if (!used) {
                    unused.add(key);
                }
            }
        }
        assertThat(unused).as("bundle keys not used in src/main/java").isEmpty();
    }

    private static boolean enumConstantExists(String key) {
        String[] parts = key.split("\\.");
        if (parts.length != 3) {
            return false;
        }
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.getFileName().toString().equals(parts[1] + ".java")).anyMatch(f -> {
                try {
                    return Pattern.compile("\\b" + parts[2] + "\\b").matcher(Files.readString(f)).find();
                } catch (IOException e) {
                    return false;
                }
            });
        } catch (IOException e) {
            return false;
        }
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }
}
