package cn.zhaoshang.desk.sync;

import cn.zhaoshang.desk.common.i18n.DeskException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A sync bundle on disk (for laptops that can never reach the server): the content as JSON,
 * compressed, encrypted with AES-256-GCM under a key derived from the bundle password
 * (PBKDF2-HMAC-SHA256). GCM's tag refuses a wrong password and any damaged or altered byte alike.
 * Written to a temporary file and moved into place, so a kill never leaves half a bundle.
 */
final class BundleFile {
    private static final byte[] MAGIC = "ZSBUNDLE1".getBytes(StandardCharsets.US_ASCII);
    private static final int SALT = 16;
    private static final int NONCE = 12;
    private static final int ITERATIONS = 600_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private BundleFile() {
    }

    static void write(Path file, Bundle bundle, char[] password) {
        try {
            ByteArrayOutputStream plain = new ByteArrayOutputStream();
            try (GZIPOutputStream zip = new GZIPOutputStream(plain)) {
                JSON.writeValue(zip, bundle);
            }
            SecureRandom random = new SecureRandom();
            byte[] salt = new byte[SALT];
            byte[] nonce = new byte[NONCE];
            random.nextBytes(salt);
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(password, salt), new GCMParameterSpec(128, nonce));
            cipher.updateAAD(MAGIC);
            byte[] sealed = cipher.doFinal(plain.toByteArray());
            Path folder = file.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            Path partial = Files.createTempFile(folder, file.getFileName().toString(), ".partial");
            try {
                Files.write(partial, ByteBuffer.allocate(MAGIC.length + SALT + NONCE + sealed.length)
                        .put(MAGIC).put(salt).put(nonce).put(sealed).array());
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new DeskException(e, "sync.error.bundleWrite", file, String.valueOf(e.getMessage()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static Bundle read(Path file, char[] password) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DeskException(e, "sync.error.bundleRead", file);
        }
        if (bytes.length < MAGIC.length + SALT + NONCE + 16
                || !Arrays.equals(Arrays.copyOf(bytes, MAGIC.length), MAGIC)) {
            throw new DeskException("sync.error.notABundle", file);
        }
        byte[] salt = Arrays.copyOfRange(bytes, MAGIC.length, MAGIC.length + SALT);
        byte[] nonce = Arrays.copyOfRange(bytes, MAGIC.length + SALT, MAGIC.length + SALT + NONCE);
        byte[] plain;
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(password, salt), new GCMParameterSpec(128, nonce));
            cipher.updateAAD(MAGIC);
            plain = cipher.doFinal(bytes, MAGIC.length + SALT + NONCE, bytes.length - MAGIC.length - SALT - NONCE);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new DeskException(e, "sync.error.bundlePassword", file);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(plain))) {
            return JSON.readValue(in, Bundle.class);
        } catch (IOException e) {
            throw new DeskException(e, "sync.error.notABundle", file);
        }
    }

    private static SecretKeySpec key(char[] password, byte[] salt) throws GeneralSecurityException {
        byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(password, salt, ITERATIONS, 256)).getEncoded();
        return new SecretKeySpec(key, "AES");
    }
}
