package cn.zhaoshang.desk.attachment;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.CipherOutputStream;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The bytes of a stored attachment: AES-256-GCM (the JDK's) under the attachment key, a fresh 12-byte
 * nonce per file. A stored file is {@code ZSATT1\n}, the nonce, then the ciphertext with its tag; a
 * file without the header is a plain one stored before attachments were encrypted and is read as it is.
 * GCM decryption holds the whole file in memory until the tag is checked: {@link AttachmentStore#MAX_BYTES}
 * keeps that small.
 */
final class AttachmentCipher {
    private static final byte[] HEADER = "ZSATT1\n".getBytes(StandardCharsets.US_ASCII);
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    private final SecretKeySpec key;

    AttachmentCipher(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    /** Copies {@code in} to {@code out} encrypted (header, nonce, ciphertext). */
    void encrypt(InputStream in, OutputStream out) throws IOException {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        out.write(HEADER);
        out.write(nonce);
        try (OutputStream sealed = new CipherOutputStream(new NonClosing(out), cipher(Cipher.ENCRYPT_MODE, nonce))) {
            in.transferTo(sealed);
        }
    }

    /** The plain bytes of a stored file (a legacy plain file as it is); refuses a file that was tampered with. */
    byte[] decrypt(byte[] stored) throws IOException {
        if (!isEncrypted(stored)) {
            return stored;
        }
        byte[] nonce = Arrays.copyOfRange(stored, HEADER.length, HEADER.length + NONCE_BYTES);
        try {
            return cipher(Cipher.DECRYPT_MODE, nonce).doFinal(stored, HEADER.length + NONCE_BYTES,
                    stored.length - HEADER.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IOException("Attachment does not decrypt with this database's key", e);
        }
    }

    static boolean isEncrypted(byte[] stored) {
        return stored.length >= HEADER.length + NONCE_BYTES
                && Arrays.equals(stored, 0, HEADER.length, HEADER, 0, HEADER.length);
    }

    private Cipher cipher(int mode, byte[] nonce) throws IOException {
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            return c;
        } catch (GeneralSecurityException e) {
            throw new IOException("AES-GCM unavailable", e);
        }
    }

    /** The cipher stream must finish (write the tag) without closing the file the caller owns. */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
