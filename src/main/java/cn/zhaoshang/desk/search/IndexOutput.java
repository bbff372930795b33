package cn.zhaoshang.desk.search;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.zip.CRC32;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Writes the saved search index: a short plain header, then the content in frames of up to
 * {@value IndexFrames#FRAME} bytes, each sealed with AES-GCM when the database is encrypted (its
 * number is in the nonce and the authenticated data, so frames cannot be swapped), then an empty
 * frame and the CRC32 of the whole content. Arrays go in with bulk copies: a million companies'
 * index (~150 MB) is written in well under a second.
 */
final class IndexOutput implements AutoCloseable {
    private final FileChannel channel;
    private final ByteBuffer plain = ByteBuffer.allocate(IndexFrames.FRAME);
    private final SecretKey key;
    private final byte[] noncePrefix;
    private final Cipher cipher;
    private final CRC32 crc = new CRC32();
    private long frame;

    IndexOutput(Path file, SecretKey key) throws IOException {
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
        this.key = key;
        this.noncePrefix = new byte[IndexFrames.NONCE_PREFIX];
        try {
            this.cipher = key == null ? null : Cipher.getInstance(IndexFrames.CIPHER);
        } catch (GeneralSecurityException e) {
            channel.close();
            throw new IOException(e);
        }
        if (key != null) {
            new SecureRandom().nextBytes(noncePrefix);
        }
        ByteBuffer header = ByteBuffer.allocate(IndexFrames.HEADER_SIZE);
        header.put(IndexFrames.MAGIC).put((byte) (key == null ? 0 : 1)).put(noncePrefix).flip();
        writeFully(header);
    }

    void writeInt(int v) throws IOException {
        room(4);
        plain.putInt(v);
    }

    void writeLong(long v) throws IOException {
        room(8);
        plain.putLong(v);
    }

    void writeString(String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        writeBytes(bytes, bytes.length);
    }

    void writeStrings(String[] strings) throws IOException {
        writeInt(strings.length);
        for (String s : strings) {
            writeString(s);
        }
    }

    void writeBytes(byte[] a, int n) throws IOException {
        writeInt(n);
        for (int done = 0; done < n; ) {
            int k = Math.min(n - done, room());
            plain.put(a, done, k);
            done += k;
        }
    }

    void writeChars(char[] a, int n) throws IOException {
        writeInt(n);
        for (int done = 0; done < n; ) {
            int k = Math.min(n - done, room() / 2);
            plain.asCharBuffer().put(a, done, k);
            plain.position(plain.position() + 2 * k);
            done += k;
        }
    }

    void writeInts(int[] a, int n) throws IOException {
        writeInt(n);
        for (int done = 0; done < n; ) {
            int k = Math.min(n - done, room() / 4);
            plain.asIntBuffer().put(a, done, k);
            plain.position(plain.position() + 4 * k);
            done += k;
        }
    }

    void writeLongs(long[] a, int n) throws IOException {
        writeInt(n);
        for (int done = 0; done < n; ) {
            int k = Math.min(n - done, room() / 8);
            plain.asLongBuffer().put(a, done, k);
            plain.position(plain.position() + 8 * k);
            done += k;
        }
    }

    /** Free bytes in the frame, at least 8 (a full frame is sealed first). */
    private int room() throws IOException {
        room(8);
        return plain.remaining();
    }

    private void room(int bytes) throws IOException {
        if (plain.remaining() < bytes) {
            seal();
        }
    }

    private void seal() throws IOException {
        plain.flip();
        crc.update(plain.duplicate());
        ByteBuffer out;
        if (cipher == null) {
            out = plain;
        } else {
            try {
                cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(IndexFrames.TAG_BITS,
                        IndexFrames.nonce(noncePrefix, frame)));
                cipher.updateAAD(IndexFrames.frameLabel(frame));
                out = ByteBuffer.allocate(cipher.getOutputSize(plain.remaining()));
                cipher.doFinal(plain, out);
                out.flip();
            } catch (GeneralSecurityException e) {
                throw new IOException(e);
            }
        }
        frame++;
        ByteBuffer length = ByteBuffer.allocate(4).putInt(out.remaining()).flip();
        writeFully(length);
        writeFully(out);
        plain.clear();
    }

    private void writeFully(ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            channel.write(b);
        }
    }

    /** Seals the last frame, writes the end and the checksum, and forces the file to disk. */
    void finish() throws IOException {
        if (plain.position() > 0) {
            seal();
        }
        ByteBuffer end = ByteBuffer.allocate(12).putInt(0).putLong(crc.getValue()).flip();
        writeFully(end);
        channel.force(true);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
