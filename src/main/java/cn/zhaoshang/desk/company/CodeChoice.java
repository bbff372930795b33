package cn.zhaoshang.desk.company;

/** A coded reference entry offered by pickers: a region (GB/T 2260) or an industry (GB/T 4754). */
public record CodeChoice(String code, String name, String parentCode, int depth) {
    @Override
    public String toString() {
        return name;
    }
}
