package cn.zhaoshang.desk.search;

/**
 * Contacts of the segment whose names equal, or start with, a folded query: a range of the sorted
 * keys (names of up to four characters) and the few longer names that match.
 */
final class ContactLookup {
    final int from;
    final int to;
    final IntList longer = new IntList();

    private ContactLookup(int from, int to) {
        this.from = from;
        this.to = to;
    }

    static ContactLookup find(Segment seg, String q, boolean exact) {
        ContactLookup found;
        if (Codes.fitsContactKey(q)) {
            long low = Codes.contactKey(q, '\0');
            int[] range = seg.contactRange(low, exact ? low : Codes.contactKey(q, '\uFFFF'));
            found = new ContactLookup(range[0], range[1]);
        } else {
            found = new ContactLookup(0, 0);
        }
        if (!exact || q.length() > Codes.CONTACT_CHARS) {
            for (int i = seg.longContactStart(q); i < seg.longContacts.length && seg.longContacts[i].startsWith(q); i++) {
                if (!exact || seg.longContacts[i].equals(q)) {
                    found.longer.add(seg.longContactDocs[i]);
                }
            }
        }
        return found;
    }

    int size() {
        return to - from + longer.size();
    }

    /** The companies, unsorted and possibly repeated (a company with two matching contacts). */
    int[] docs(Segment seg) {
        int[] out = new int[size()];
        System.arraycopy(seg.contactDocs, from, out, 0, to - from);
        System.arraycopy(longer.toArray(), 0, out, to - from, longer.size());
        return out;
    }

    void addTo(Segment seg, long[] bits) {
        for (int i = from; i < to; i++) {
            int d = seg.contactDocs[i];
            bits[d >>> 6] |= 1L << d;
        }
        for (int d : longer.toArray()) {
            bits[d >>> 6] |= 1L << d;
        }
    }
}
