package cn.zhaoshang.desk.search;

import java.util.Arrays;

/** A small set of non-negative ints (the documents one search has found), without boxing. */
final class IntSet {
    private int[] slots;
    private int size;

    IntSet(int expected) {
        slots = new int[Integer.highestOneBit(Math.max(8, Math.min(expected, 1 << 20)) * 2) * 2];
        Arrays.fill(slots, -1);
    }

    boolean contains(int value) {
        int mask = slots.length - 1;
        for (int i = mix(value) & mask; ; i = (i + 1) & mask) {
            if (slots[i] == value) {
                return true;
            }
            if (slots[i] < 0) {
                return false;
            }
        }
    }

    void add(int value) {
        if ((size + 1) * 2 > slots.length) {
            int[] old = slots;
            slots = new int[old.length * 2];
            Arrays.fill(slots, -1);
            size = 0;
            for (int v : old) {
                if (v >= 0) {
                    add(v);
                }
            }
        }
        int mask = slots.length - 1;
        for (int i = mix(value) & mask; ; i = (i + 1) & mask) {
            if (slots[i] == value) {
                return;
            }
            if (slots[i] < 0) {
                slots[i] = value;
                size++;
                return;
            }
        }
    }

    private static int mix(int value) {
        int h = value * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
