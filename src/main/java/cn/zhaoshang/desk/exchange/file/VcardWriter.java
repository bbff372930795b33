package cn.zhaoshang.desk.exchange.file;

import cn.zhaoshang.desk.exchange.ContactListRow;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Contacts as vCard 3.0 (RFC 2426) for phones and mail programs: one card per contact, UTF-8,
 * CRLF line ends, text values escaped, lines folded at 75 bytes without splitting a character.
 * A Chinese name is split into family name (one or two characters) and given name.
 */
final class VcardWriter implements ContactListWriter {
    private static final Set<String> DOUBLE_SURNAMES = Set.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟",
            "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐", "端木", "西门", "南宫", "独孤", "轩辕", "申屠");
    private final BufferedWriter out;

    VcardWriter(OutputStream stream) {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
    }

    @Override
    public void write(ContactListRow c) throws IOException {
        line("BEGIN:VCARD");
        line("VERSION:3.0");
        String[] parts = split(c.name());
        line("N:" + escape(parts[0]) + ";" + escape(parts[1]) + ";;;");
        line("FN:" + escape(c.name()));
        if (c.company() != null) {
            line("ORG:" + escape(c.company()));
        }
        if (c.title() != null) {
            line("TITLE:" + escape(c.title()));
        }
        if (c.mobile() != null) {
            line("TEL;TYPE=CELL,VOICE:" + escape(c.mobile()));
        }
        if (c.phone() != null) {
            line("TEL;TYPE=WORK,VOICE:" + escape(c.phone()));
        }
        if (c.email() != null) {
            line("EMAIL;TYPE=INTERNET:" + escape(c.email()));
        }
        if (c.wechat() != null) {
            line("X-WECHAT:" + escape(c.wechat()));
        }
        line("END:VCARD");
    }

    static String[] split(String name) {
        if (name == null || name.isEmpty()) {
            return new String[] {"", ""};
        }
        boolean chinese = Character.UnicodeScript.of(name.codePointAt(0)) == Character.UnicodeScript.HAN;
        if (!chinese) {
            int space = name.lastIndexOf(' ');
            return space < 0 ? new String[] {name, ""} : new String[] {name.substring(space + 1), name.substring(0, space)};
        }
        int surname = name.length() > 2 && DOUBLE_SURNAMES.contains(name.substring(0, 2)) ? 2 : 1;
        return new String[] {name.substring(0, surname), name.substring(surname)};
    }

    static String escape(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Writes a content line, folded so that no physical line exceeds 75 bytes of UTF-8. */
    private void line(String text) throws IOException {
        int bytes = 0;
        int limit = 75;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes + size > limit) {
                out.write("\r\n ");
                bytes = 1;
                limit = 75;
            }
            out.write(Character.toChars(cp));
            bytes += size;
            i += Character.charCount(cp);
        }
        out.write("\r\n");
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
