package cn.zhaoshang.desk.search;

/**
 * Which inner posting lists can hold a pinyin match: pairs where full pinyin can start, pairs that
 * carry the rarest two consecutive initials of the query, and pairs holding a character whose
 * reading alone covers the query ("hua" → 华). A superset: every document found is verified.
 */
final class PinyinCandidates {
    private PinyinCandidates() {
    }

    static int[] innerLists(Segment seg, PinyinQuery pinyin) {
        IntList lists = new IntList();
        int s0 = Readings.symbol(pinyin.letter(0));
        for (int s2 = 0; s2 < Readings.SYMBOLS; s2++) {
            int bucket = Segment.bucket(s0, s2);
            for (int i = seg.innerBucketStart[bucket]; i < seg.innerBucketStart[bucket + 1]; i++) {
                int list = seg.innerBuckets[i];
                int key = seg.inner.keyAt(list);
                if (pinyin.fullCanStartWith(Postings.first(key), Postings.second(key))) {
                    lists.add(list);
                }
            }
        }
        if (pinyin.length() >= 2) {
            int bestBucket = -1;
            long bestPostings = Long.MAX_VALUE;
            for (int i = 0; i + 1 < pinyin.length(); i++) {
                int bucket = Segment.bucket(Readings.symbol(pinyin.letter(i)), Readings.symbol(pinyin.letter(i + 1)));
                long postings = 0;
                for (int j = seg.innerBucketStart[bucket]; j < seg.innerBucketStart[bucket + 1]; j++) {
                    postings += seg.inner.count(seg.innerBuckets[j]);
                }
                if (postings < bestPostings) {
                    bestPostings = postings;
                    bestBucket = bucket;
                }
            }
            for (int j = seg.innerBucketStart[bestBucket]; j < seg.innerBucketStart[bestBucket + 1]; j++) {
                lists.add(seg.innerBuckets[j]);
            }
        }
        for (char c : seg.chars) {
            if (pinyin.withinOneCharacter(c)) {
                for (int j = seg.charListStart[c]; j < seg.charListStart[c + 1]; j++) {
                    lists.add(seg.charLists[j]);
                }
            }
        }
        return lists.distinct();
    }
}
