package cn.zhaoshang.desk.common.text;

import java.util.Locale;
import java.util.Optional;

/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a
 * 31-character alphabet (no I, O, S, V, Z), of which the last is a check character computed with
 * weights 3^i mod 31.
 */
public final class Uscc {
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** Why a code is not valid, as a bundle key suffix. */
    public enum Problem { LENGTH, CHARACTER, CHECKSUM }

    private Uscc() {
    }

    /** Upper case, half-width, without spaces: how a typed or imported code is compared. */
    public static String normalize(String raw) {
        if (raw == null) {
            return null;
        }
        String folded = TextNormalizer.foldWidth(raw).replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        return folded.isEmpty() ? null : folded;
    }

    /** Empty when the (normalised) code is valid, else the first problem found. */
    public static Optional<Problem> check(String code) {
        if (code == null || code.length() != 18) {
            return Optional.of(Problem.LENGTH);
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return Optional.of(Problem.CHARACTER);
            }
        }
        return checkChar(code.substring(0, 17)) == code.charAt(17) ? Optional.empty() : Optional.of(Problem.CHECKSUM);
    }

    public static boolean isValid(String code) {
        return check(code).isEmpty();
    }

    /** The check character for the first 17 characters. */
    public static char checkChar(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }
}
