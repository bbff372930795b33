package cn.zhaoshang.desk.company;

/** The list's order: one sortable column and a direction; ties are broken by the key. */
public record CompanySort(CompanyColumn column, boolean ascending) {
    public static final CompanySort DEFAULT = new CompanySort(CompanyColumn.NAME, true);

    public CompanySort {
        if (!column.sortable()) {
            throw new IllegalArgumentException("Not sortable: " + column);
        }
    }
}
