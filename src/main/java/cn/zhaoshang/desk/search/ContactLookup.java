package cn.zhaoshang.desk.search;

/** Documents whose contact names equal, or start with, a folded query (segment only). */
final class ContactLookup {
    private ContactLookup() {
    }

    static int[] docs(Segment seg, String q, boolean exact) {
        IntList found = new IntList();
        if (q.length() <= Codes.CONTACT_CHARS && Codes.fitsContactKey(q)) {
            long low = Codes.contactKey(q, '\0');
            long high = exact ? low : Codes.contactKey(q, '\uFFFF');
            int[] range = seg.contactRange(low, high);
            for (int i = range[0]; i < range[1]; i++) {
                found.add(seg.contactDocs[i]);
            }
        }
        if (!exact || q.length() > Codes.CONTACT_CHARS) {
            for (int i = seg.longContactStart(q); i < seg.longContacts.length && seg.longContacts[i].startsWith(q); i++) {
                if (!exact || seg.longContacts[i].equals(q)) {
                    found.add(seg.longContactDocs[i]);
                }
            }
        }
        return found.toArray();
    }
}
