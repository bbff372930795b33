package cn.zhaoshang.desk.search;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/** The layout shared by {@link IndexOutput} and {@link IndexInput}. */
final class IndexFrames {
    static final byte[] MAGIC = "ZSSEARCH".getBytes(StandardCharsets.US_ASCII);
    static final int NONCE_PREFIX = 4;
    /** Magic, the sealed flag, the nonce prefix. */
    static final int HEADER_SIZE = MAGIC.length + 1 + NONCE_PREFIX;
    static final int FRAME = 1 << 20;
    static final String CIPHER = "AES/GCM/NoPadding";
    static final int TAG_BITS = 128;

    private IndexFrames() {
    }

    /**
     * The key that seals the index of an encrypted database: derived from the database's data key
     * (decision 0008) with a label of its own, so the file key is never the database's key itself.
     */
    static SecretKey keyFor(String dataKey) {
        if (dataKey == null) {
            return null;
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("zhaoshang search index v1\u0000".getBytes(StandardCharsets.UTF_8));
            return new SecretKeySpec(sha.digest(dataKey.getBytes(StandardCharsets.UTF_8)), "AES");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] nonce(byte[] prefix, long frame) {
        return ByteBuffer.allocate(12).put(prefix).putLong(frame).array();
    }

    static byte[] frameLabel(long frame) {
        return ByteBuffer.allocate(8).putLong(frame).array();
    }
}
