package cn.zhaoshang.desk.project;

/** An industry to filter or tag by: a GB/T 4754 section (depth 1, a letter) or a division (depth 2). */
public record IndustryChoice(String code, String name, int depth) {
    @Override
    public String toString() {
        return depth <= 1 ? code + " " + name : "    " + code + " " + name;
    }
}
