package cn.zhaoshang.desk.exchange.file;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decides a text file's encoding the way Chinese offices produce them: a byte-order mark wins;
 * otherwise a sample that decodes as strict UTF-8 is UTF-8, and anything else is GB18030 (a superset
 * of GBK and GB2312, which Excel on Chinese Windows writes).
 */
public final class CharsetSniffer {
    public static final Charset GB18030 = Charset.forName("GB18030");

    /** The encoding and how many bytes of byte-order mark to skip. */
    public record Detected(Charset charset, int bomLength) { }

    private CharsetSniffer() {
    }

    public static Detected detect(byte[] sample, int length) {
        if (length >= 3 && (sample[0] & 0xFF) == 0xEF && (sample[1] & 0xFF) == 0xBB && (sample[2] & 0xFF) == 0xBF) {
            return new Detected(StandardCharsets.UTF_8, 3);
        }
        if (length >= 2 && (sample[0] & 0xFF) == 0xFF && (sample[1] & 0xFF) == 0xFE) {
            return new Detected(StandardCharsets.UTF_16LE, 2);
        }
        if (length >= 2 && (sample[0] & 0xFF) == 0xFE && (sample[1] & 0xFF) == 0xFF) {
            return new Detected(StandardCharsets.UTF_16BE, 2);
        }
        return new Detected(isStrictUtf8(sample, length) ? StandardCharsets.UTF_8 : GB18030, 0);
    }

    /** True when the bytes are valid UTF-8; a character cut off at the end of the sample is allowed. */
    static boolean isStrictUtf8(byte[] sample, int length) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(sample, 0, length);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, false);
            if (result.isError()) {
                return false;
            }
            if (result.isOverflow()) {
                out.clear();
                continue;
            }
            // Underflow: everything decoded, or only an incomplete sequence (at most 3 bytes) is left.
            return in.remaining() <= 3;
        }
    }

    /**
     * The line (1-based) at which a text changes encoding, or -1: a file whose lines are partly UTF-8
     * and partly GBK (two exports pasted together) would otherwise read as one encoding and turn the
     * other half into nonsense. A line counts as UTF-8 when it holds at least two multi-byte UTF-8
     * characters and nothing else that is not ASCII; as GBK when it is not valid UTF-8. The last line
     * of a sample that is not the whole file may be cut off, so it does not count.
     */
    public static int mixedFrom(byte[] sample, int from, int length, boolean wholeFile) {
        int line = 1;
        int start = from;
        Boolean firstIsUtf8 = null;
        for (int i = from; i <= length; i++) {
            if (i == length || sample[i] == '\n') {
                Boolean utf8 = i == length && !wholeFile ? null : lineIsUtf8(sample, start, i);
                if (utf8 != null && firstIsUtf8 == null) {
                    firstIsUtf8 = utf8;
                } else if (utf8 != null && !utf8.equals(firstIsUtf8)) {
                    return line;
                }
                line++;
                start = i + 1;
            }
        }
        return -1;
    }

    /** TRUE: UTF-8 with Chinese; FALSE: not UTF-8; null: plain ASCII or too little to tell. */
    private static Boolean lineIsUtf8(byte[] b, int from, int to) {
        int multiByte = 0;
        int i = from;
        while (i < to) {
            int lead = b[i] & 0xFF;
            int length = lead < 0x80 ? 1 : lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3
                    : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
            if (length == 0 || i + length > to) {
                return Boolean.FALSE;
            }
            for (int k = 1; k < length; k++) {
                if ((b[i + k] & 0xC0) != 0x80) {
                    return Boolean.FALSE;
                }
            }
            if (length > 1) {
                multiByte++;
            }
            i += length;
        }
        return multiByte >= 2 ? Boolean.TRUE : null;
    }

    /** A decoder that fails on bad bytes (UTF-8: a file that changes encoding half-way is refused, not garbled). */
    public static CharsetDecoder strictDecoder(Charset charset) throws CharacterCodingException {
        CodingErrorAction onError = charset.equals(GB18030) ? CodingErrorAction.REPLACE : CodingErrorAction.REPORT;
        return charset.newDecoder().onMalformedInput(onError).onUnmappableCharacter(onError);
    }
}
