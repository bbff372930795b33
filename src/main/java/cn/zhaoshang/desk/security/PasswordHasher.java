package cn.zhaoshang.desk.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Slow salted password hashes: Argon2id (Bouncy Castle) in the PHC string form
 * {@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}. Hashes of earlier versions
 * ({@code pbkdf2-sha256$210000$salt$hash}) still verify, and {@link #needsRehash} tells the sign-in to
 * replace them (and any weaker Argon2id) with one at today's cost. Never reversible; comparison in
 * constant time. The cost is a parameter so that tests hash in a millisecond (decision 0146).
 */
public final class PasswordHasher {
    public static final int MIN_LENGTH = 8;
    /** OWASP's recommended minimum for Argon2id: 19 MiB, 2 passes, 1 lane (about 0.1 s here). */
    public static final PasswordHasher STANDARD = new PasswordHasher(19_456, 2, 1);
    /** For tests only: the same code path at a negligible cost. */
    public static final PasswordHasher CHEAP = new PasswordHasher(64, 1, 1);

    private static final String ARGON2ID = "argon2id";
    private static final String PBKDF2 = "pbkdf2-sha256";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64_IN = Base64.getDecoder();

    private final int memoryKib;
    private final int passes;
    private final int lanes;

    public PasswordHasher(int memoryKib, int passes, int lanes) {
        this.memoryKib = memoryKib;
        this.passes = passes;
        this.lanes = lanes;
    }

    public String hash(char[] password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        byte[] hash = argon2(password, salt, memoryKib, passes, lanes);
        return "$" + ARGON2ID + "$v=19$" + params(memoryKib, passes, lanes) + "$" + B64.encodeToString(salt) + "$"
                + B64.encodeToString(hash);
    }

    /**
     * A hash no password gives, at this hasher's cost: an unknown name is checked against it so that
     * its answer takes as long as a known name's (nothing is computed to make it).
     */
    public String decoy() {
        return "$" + ARGON2ID + "$v=19$" + params(memoryKib, passes, lanes) + "$" + B64.encodeToString(new byte[16]) + "$"
                + B64.encodeToString(new byte[32]);
    }

    /** Does the password give the stored hash (of any version this class ever wrote)? */
    public static boolean matches(char[] password, String stored) {
        if (stored == null || password == null) {
            return false;
        }
        try {
            if (stored.startsWith("$" + ARGON2ID + "$")) {
                String[] parts = stored.split("\\$");
                int[] p = parseParams(parts[3]);
                byte[] expected = B64_IN.decode(parts[5]);
                return MessageDigest.isEqual(expected, argon2(password, B64_IN.decode(parts[4]), p[0], p[1], p[2]));
            }
            String[] parts = stored.split("\\$");
            if (parts.length == 4 && parts[0].equals(PBKDF2)) {
                byte[] expected = B64_IN.decode(parts[3]);
                return MessageDigest.isEqual(expected, derive(password, B64_IN.decode(parts[2]), Integer.parseInt(parts[1])));
            }
        } catch (RuntimeException malformed) {
            return false;
        }
        return false;
    }

    /** Was the stored hash made by an older scheme or at a lower cost than this hasher's? */
    public boolean needsRehash(String stored) {
        if (stored == null || !stored.startsWith("$" + ARGON2ID + "$")) {
            return true;
        }
        int[] p = parseParams(stored.split("\\$")[3]);
        return p[0] < memoryKib || p[1] < passes;
    }

    private static String params(int m, int t, int p) {
        return "m=" + m + ",t=" + t + ",p=" + p;
    }

    private static int[] parseParams(String text) {
        int[] result = new int[3];
        for (String pair : text.split(",")) {
            String[] kv = pair.split("=");
            int value = Integer.parseInt(kv[1]);
            switch (kv[0]) {
                case "m" -> result[0] = value;
                case "t" -> result[1] = value;
                case "p" -> result[2] = value;
                default -> throw new IllegalArgumentException("Unknown Argon2 parameter " + kv[0]);
            }
        }
        return result;
    }

    private static byte[] argon2(char[] password, byte[] salt, int memoryKib, int passes, int lanes) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13).withSalt(salt)
                .withMemoryAsKB(memoryKib).withIterations(passes).withParallelism(lanes).build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] hash = new byte[32];
        generator.generateBytes(password, hash);
        return hash;
    }

    /**
     * PBKDF2-HMAC-SHA256: the scheme of earlier versions, kept to verify (and then replace) their
     * hashes; the keyring still derives its key-wrapping keys with it.
     */
    static byte[] derive(char[] password, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 not available", e);
        }
    }
}
