package cn.zhaoshang.desk.project;

/** Orders of the project list, each a keyset on an indexed or cheap key. */
public enum ListSort {
    LONGEST_IN_STAGE,   // 在本阶段最久的在前
    NAME,               // 名称
    RECENTLY_CHANGED    // 最近修改
}
