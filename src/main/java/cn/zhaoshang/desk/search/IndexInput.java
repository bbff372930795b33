package cn.zhaoshang.desk.search;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Reads what {@link IndexOutput} wrote. Anything unexpected — another magic, a sealed file without
 * the key or a plain one where the database is encrypted, a frame that fails its authentication, a
 * short file, a checksum that does not match — is an {@link UnusableIndexException}: the caller
 * rebuilds the index from the tables.
 */
final class IndexInput implements AutoCloseable {
    /** A length above this is damage, not a frame (sealing adds 16 bytes). */
    private static final int MAX_FRAME = IndexFrames.FRAME + 64;

    private final FileChannel channel;
    private final SecretKey key;
    private final byte[] noncePrefix = new byte[IndexFrames.NONCE_PREFIX];
    private final Cipher cipher;
    private final ByteBuffer sealed = ByteBuffer.allocate(MAX_FRAME);
    private ByteBuffer plain = ByteBuffer.allocate(IndexFrames.FRAME).limit(0);
    private final CRC32 crc = new CRC32();
    private long frame;

    IndexInput(Path file, SecretKey key) throws IOException {
        this.channel = FileChannel.open(file, StandardOpenOption.READ);
        this.key = key;
        try {
            ByteBuffer header = ByteBuffer.allocate(IndexFrames.HEADER_SIZE);
            readFully(header);
            byte[] magic = new byte[IndexFrames.MAGIC.length];
            header.get(magic);
            if (!Arrays.equals(magic, IndexFrames.MAGIC)) {
                throw new UnusableIndexException("not a search index file");
            }
            boolean isSealed = header.get() == 1;
            header.get(noncePrefix);
            if (isSealed != (key != null)) {
                throw new UnusableIndexException(isSealed ? "sealed index without the database's key"
                        : "plain index beside an encrypted database");
            }
            this.cipher = key == null ? null : Cipher.getInstance(IndexFrames.CIPHER);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            channel.close();
            throw e instanceof UnusableIndexException u ? u : new UnusableIndexException(e.toString());
        }
    }

    int readInt() throws IOException {
        need(4);
        return plain.getInt();
    }

    long readLong() throws IOException {
        need(8);
        return plain.getLong();
    }

    String readString() throws IOException {
        return new String(readBytes(), StandardCharsets.UTF_8);
    }

    String[] readStrings() throws IOException {
        String[] out = new String[length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = readString();
        }
        return out;
    }

    byte[] readBytes() throws IOException {
        byte[] a = new byte[length()];
        for (int done = 0; done < a.length; ) {
            int k = Math.min(a.length - done, available(1));
            plain.get(a, done, k);
            done += k;
        }
        return a;
    }

    char[] readChars() throws IOException {
        char[] a = new char[length()];
        for (int done = 0; done < a.length; ) {
            int k = Math.min(a.length - done, available(2) / 2);
            plain.asCharBuffer().get(a, done, k);
            plain.position(plain.position() + 2 * k);
            done += k;
        }
        return a;
    }

    int[] readInts() throws IOException {
        int[] a = new int[length()];
        for (int done = 0; done < a.length; ) {
            int k = Math.min(a.length - done, available(4) / 4);
            plain.asIntBuffer().get(a, done, k);
            plain.position(plain.position() + 4 * k);
            done += k;
        }
        return a;
    }

    long[] readLongs() throws IOException {
        long[] a = new long[length()];
        for (int done = 0; done < a.length; ) {
            int k = Math.min(a.length - done, available(8) / 8);
            plain.asLongBuffer().get(a, done, k);
            plain.position(plain.position() + 8 * k);
            done += k;
        }
        return a;
    }

    private int length() throws IOException {
        int n = readInt();
        if (n < 0 || n > Integer.MAX_VALUE - 16) {
            throw new UnusableIndexException("bad length " + n);
        }
        return n;
    }

    /** Bytes left in the frame (the next frame once this one is used up), at least {@code element}. */
    private int available(int element) throws IOException {
        need(element);
        return plain.remaining();
    }

    private void need(int bytes) throws IOException {
        if (!plain.hasRemaining()) {
            if (!nextFrame()) {
                throw new UnusableIndexException("index file ends early");
            }
        }
        if (plain.remaining() < bytes) {
            throw new UnusableIndexException("value split across frames");
        }
    }

    private boolean nextFrame() throws IOException {
        ByteBuffer length = ByteBuffer.allocate(4);
        readFully(length);
        int n = length.getInt();
        if (n == 0) {
            return false;
        }
        if (n < 0 || n > MAX_FRAME) {
            throw new UnusableIndexException("bad frame length " + n);
        }
        sealed.clear().limit(n);
        readFully(sealed);
        if (cipher == null) {
            plain.clear();
            plain.put(sealed).flip();
        } else {
            try {
                cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(IndexFrames.TAG_BITS,
                        IndexFrames.nonce(noncePrefix, frame)));
                cipher.updateAAD(IndexFrames.frameLabel(frame));
                plain.clear();
                cipher.doFinal(sealed, plain);
                plain.flip();
            } catch (GeneralSecurityException e) {
                throw new UnusableIndexException("frame " + frame + " fails its authentication");
            }
        }
        crc.update(plain.duplicate());
        frame++;
        return true;
    }

    /** Checks that everything was read and the checksum matches. */
    void finish() throws IOException {
        if (plain.hasRemaining() || nextFrame()) {
            throw new UnusableIndexException("index file holds more than expected");
        }
        ByteBuffer sum = ByteBuffer.allocate(8);
        readFully(sum);
        if (sum.getLong() != crc.getValue()) {
            throw new UnusableIndexException("index file checksum does not match");
        }
    }

    private void readFully(ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            if (channel.read(b) < 0) {
                throw new UnusableIndexException("index file ends early");
            }
        }
        b.flip();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
