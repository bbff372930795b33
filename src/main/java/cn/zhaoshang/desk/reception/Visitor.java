package cn.zhaoshang.desk.reception;

/** One member of a visiting delegation: name and title (董事长, 副总裁 …). */
public record Visitor(String name, String title) {
}
