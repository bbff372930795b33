package cn.zhaoshang.desk.common.i18n;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The bundle files and the Java sources as the localisation tests read them. */
final class BundleFiles {
    static final Path BUNDLES = Path.of("src/main/resources/i18n");
    static final Path SOURCES = Path.of("src/main/java");
    static final String CHINESE = "_zh_CN.properties";
    static final String ENGLISH = "_en.properties";

    private static final Pattern BLOCK_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern LINE_COMMENT = Pattern.compile("(?m)^\\s*//.*$");

    private BundleFiles() {
    }

    /** The bundle files of one language ({@link #CHINESE} or {@link #ENGLISH}), in name order. */
    static List<Path> ofLanguage(String suffix) {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The keys of one file as {@link Properties} reads them (a key defined twice counts once). */
    static Set<String> keys(Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.stringPropertyNames();
    }

    /** Every key of one language, across all its files. */
    static Set<String> keysOfLanguage(String suffix) {
        Set<String> all = new TreeSet<>();
        ofLanguage(suffix).forEach(f -> all.addAll(keys(f)));
        return all;
    }

    /**
     * Every key definition of one file in order, duplicates kept: the key of each logical line (continuation
     * lines joined) that is not blank or a comment, up to the first unescaped '=', ':' or white space.
     */
    static List<String> definitions(Path file) {
        List<String> keys = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean continued = false;
        for (String line : lines) {
            String s = line.strip();
            boolean wasContinued = continued;
            continued = endsWithOddBackslashes(s);
            if (wasContinued || s.isEmpty() || s.charAt(0) == '#' || s.charAt(0) == '!') {
                continue;
            }
            StringBuilder key = new StringBuilder();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\\' && i + 1 < s.length()) {
                    key.append(s.charAt(++i));
                } else if (c == '=' || c == ':' || Character.isWhitespace(c)) {
                    break;
                } else {
                    key.append(c);
                }
            }
            keys.add(key.toString());
        }
        return keys;
    }

    /** The string literals of the main sources that match {@code pattern} (group 1), comments left out. */
    static Set<String> literals(Pattern pattern) {
        Set<String> found = new HashSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = pattern.matcher(withoutComments(Files.readString(file)));
                while (m.find()) {
                    found.add(m.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private static String withoutComments(String source) {
        return LINE_COMMENT.matcher(BLOCK_COMMENT.matcher(source).replaceAll(" ")).replaceAll("");
    }

    private static boolean endsWithOddBackslashes(String s) {
        int n = 0;
        for (int i = s.length() - 1; i >= 0 && s.charAt(i) == '\\'; i--) {
            n++;
        }
        return n % 2 == 1;
    }
}
