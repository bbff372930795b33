package cn.zhaoshang.desk.chain;

/** A chain's segment (环节), drawn left to right on the map: 上游 → 中游 → 下游. */
public enum Segment {
    UPSTREAM, MIDSTREAM, DOWNSTREAM
}
